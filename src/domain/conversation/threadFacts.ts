import { normaliseSendText } from '../recognizer/sendTerms';

/**
 * Facts a parent gives in passing ("she has an EHCP", "we're moving", "he gets a taxi to school"),
 * remembered for the rest of the conversation so that a short next message ("what happens to it",
 * "can I get one") is read with them. Only these few labels are kept, never the parent's words.
 */
export type ThreadFact = 'has-plan' | 'moving' | 'transport' | 'personal-budget' | 'sent-home';

const FACT_SIGNS: ReadonlyArray<readonly [ThreadFact, RegExp]> = [
  // ("Moving to college in September", "moving up to secondary": a change of school, not of home.)
  ['moving', /\b(?:we are moving|we re moving|moving (?:house|area|away|to(?! (?:college|sixth form|secondary|primary|reception|nursery|junior|infant|year \d+|high school|upper school|middle school|a new school|another school|a different school|school|uni|university|post 16|post-16|the next year|the next school|the next phase)\b)|from(?! (?:(?:the |his |her |their |a )?(?:nursery|pre ?school|preschool|reception|infants?|juniors?|primary|secondary|year \d+|school|college|sixth form|special school|mainstream)\b))|council|county|in)|(?:move|moved) (?:house|area|to a new|to another|councils?|counties)|relocat\w*|new (?:council|county|local authority) area)\b/],
  ['transport', /\b(?:transport|taxi|school bus|minibus|travel (?:to school|assistance|pass)|bus pass)\b/],
  ['personal-budget', /\b(?:personal budgets?|direct payments?)\b/],
  ['sent-home', /\b(?:sen[dt]s? (?:him|her|them|my (?:son|daughter|child|boy|girl|kid)) home|sending (?:him|her|them|my (?:son|daughter|child|boy|girl|kid)) home|sent home|pick (?:him|her|them) up (?:at|early|before|from school)|collect (?:him|her|them) (?:at|early)|informal(?:ly)? exclu\w*)\b/],
  // ("he has autism and an ehcp", "she's got an EHC plan", "her ehcp")
  ['has-plan', /\b(?:(?:has|have|got|with|gets)(?: \w+){0,4}? (?:an? |the |her |his |their )?(?:ehcp|ehc plan|education health and care plan)|(?:her|his|their|daughter|son|child) (?:ehcp|ehc plan)|(?:in|from) (?:the|her|his|their) (?:ehcp|ehc plan)|ehcp says)\b/],
];

/** The facts a message gives, in the order above. */
export function factsIn(text: string): ThreadFact[] {
  const t = normaliseSendText(text);
  return FACT_SIGNS.filter(([, sign]) => sign.test(t)).map(([fact]) => fact);
}

/**
 * The article a fact is about, when the parent tells it with no question of their own. (School
 * transport has none: the knowledge base does not cover its rules; "has a plan" is background.)
 */
export const FACT_ARTICLES: Readonly<Partial<Record<ThreadFact, string>>> = {
  'moving': 'moving-to-another-council',
  'personal-budget': 'personal-budgets',
  'sent-home': 'exclusions-and-part-time-timetables',
};

/**
 * Articles for a child who has no EHC plan yet: once the parent has said there is a plan, a short
 * message that finds one of these ("she's meant to get 1:1 and it isn't happening" finding SEN
 * support) has lost the thread, and would name the wrong duty-holder.
 */
const BEFORE_A_PLAN: ReadonlySet<string> = new Set([
  'sen-support-graduated-approach', 'sen-support-vs-ehc-plan', 'what-is-an-ehc-plan', 'how-to-request-ehc-assessment',
  'ehc-needs-assessment-request', 'sen-support-nurseries-and-colleges', 'diagnosis-not-needed',
]);

/** False when the article contradicts what the parent has told us (SEN support for a child with a plan). */
export function fitsTheFacts(articleId: string | undefined, facts: readonly ThreadFact[]): boolean {
  return !(articleId && facts.includes('has-plan') && BEFORE_A_PLAN.has(articleId));
}

/** What a conversation keeps about its thread, in conversation state. */
export interface ThreadState {
  /** Every fact given so far, each once (a handful of labels at most). */
  facts: ThreadFact[];
  /** The fact the conversation is on now: the last one told that has a topic of its own. */
  current?: ThreadFact;
}

/** `state` with the facts of a new message added; the newest topic fact becomes the current one. */
export function withFacts(state: ThreadState | undefined, told: readonly ThreadFact[]): ThreadState {
  const facts = [...new Set([...(state?.facts ?? []), ...told])];
  const topical = told.filter((f) => f !== 'has-plan');
  const current = topical.length ? topical[0] : state?.current;
  return { facts, ...(current ? { current } : {}) };
}

/**
 * "What are my options?", "so what do I do?", "what am I supposed to do now": after an answer, the
 * parent's own next steps on that topic, not what the bot can do.
 */
const ASKS_FOR_OPTIONS = /^(?:ok |okay |so |and |but |right |well |then )*(?:what (?:are|r) (?:my|our|the) (?:options|choices|next steps)|what (?:can|could|should|do|shall) (?:i|we) do(?: now| next| about (?:it|this|that))?|what am i (?:supposed|meant) to do(?: now| next| about (?:it|this|that))?|what (?:now|next)|what do (?:i|we) do (?:now|next)|where do (?:i|we) go from here|what are (?:my|our) next steps|what is the next step|next steps)(?: then| now then| though)?$/;

export function asksForOptions(text: string): boolean {
  return ASKS_FOR_OPTIONS.test(normaliseSendText(text).replace(/\s*\?+$/, ''));
}

/** "Is that allowed?", "is that legal?": about the rule the last answer stated. */
const ASKS_IF_ALLOWED = /^(?:and |so |but |ok |wait )*(?:is (?:that|this|it|that even|this even) (?:allowed|legal|lawful|ok|okay|right)|are they (?:allowed|even allowed) to(?: do (?:that|this))?|is that (?:against the law|illegal|unlawful)|can they (?:even |legally |really )?do (?:that|this)(?: legally)?)(?: then| though| really| to (?:her|him|us|them))?$/;

export function asksIfAllowed(text: string): boolean {
  return ASKS_IF_ALLOWED.test(normaliseSendText(text).replace(/\s*\?+$/, ''));
}

/** "What can I do now it's too late?", "I missed the deadline": the parent's own time limit gone, not the council's. */
const OWN_TIME_GONE = /\b(?:too late|missed (?:the |my |our )?(?:deadline|date|time limit|appeal date)|(?:deadline|time limit|appeal date|last day) (?:has |have |is )?(?:passed|gone|been and gone)|out of time|(?:can|could) (?:i|we) still appeal|is it too late)\b/;

export function asksWhatNowItIsLate(text: string): boolean {
  return OWN_TIME_GONE.test(normaliseSendText(text));
}

/** "So is that late?", "are they late?", "theyre late then?": whether a time limit just stated has been missed. */
const ASKS_IF_LATE = /^(?:(?:and|so|but|ok|okay|wait|right|hang on)\s+)*(?:is (?:that|this|it|that not|this not) (?:late|too late|overdue|past the deadline|out of time|over the time limit)|(?:are|r) (?:they|the council|the school|the la|them) (?:late|too late|out of time|past the deadline|overdue)|(?:they|theyre|they re|they are|the council s|the council is|council is|the la is|its|it s|it is) (?:late|too late|overdue|out of time)(?: then)?|(?:has|have) (?:it|that|they|the council) (?:gone past|missed|broken) (?:the )?(?:deadline|time limit))(?: then| now| already)?$/;

export function asksIfLate(text: string): boolean {
  return ASKS_IF_LATE.test(normaliseSendText(text).replace(/\s*\?+$/, ''));
}

/**
 * "and?", "why", "go on", "who pays in the meantime": with an answer just given, a message this
 * short that names nothing else carries on from it.
 */
const CARRIES_ON = /^(?:(?:ok|okay|right|so) )*(?:and|and then|and so|so|then|why|why not|how come|how|go on|carry on|and what|what else|what then|then what|and then what|meaning|like what|such as|for example|and after that|what happens then|what happens next|what happens after that|who pays|who pays for (?:it|that)|who pays in the meantime|in the meantime|meanwhile)$/;

export function carriesOn(text: string): boolean {
  return CARRIES_ON.test(normaliseSendText(text).replace(/\s*\?+$/, ''));
}

/** Words that say an answer's sentence states a rule ("is not allowed", "must"). */
const STATES_A_RULE = /\b(?:not allowed|is allowed|must not|must|cannot|can not|unlawful|legal duty|has the duty|have to|the law says|by law)\b/i;

/** The first sentence of a summary that states a rule, or undefined when none does. */
export function ruleSentenceOf(summary: string): string | undefined {
  const sentences = summary.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z"])/);
  return sentences.find((s) => STATES_A_RULE.test(s))?.trim();
}

/** Headings of the sections that hold the parent's next steps, best first. */
const NEXT_STEP_HEADINGS = [/your options/i, /steps to take/i, /what you can do/i, /what to do/i, /next/i];

/** A heading that lists the parent's choices on a dispute, not just where to read next. */
export function listsOptions(heading: string): boolean {
  return /your options|steps to take/i.test(heading);
}

/** The index of the article's section with the parent's next steps, or -1. */
export function nextStepsSection(headings: readonly string[]): number {
  for (const h of NEXT_STEP_HEADINGS) {
    const i = headings.findIndex((heading) => h.test(heading));
    if (i >= 0) return i;
  }
  return -1;
}

/** Whether an answer from `articleId` keeps the conversation on the fact it was on (transport stays through the Local Offer). */
export function keepsThread(current: ThreadFact, articleId: string | undefined): boolean {
  return FACT_ARTICLES[current] === articleId || (current === 'transport' && articleId === 'local-offer');
}

/** A school transport decision questioned: "said no", "not the nearest school", "6 miles". */
export const DISPUTES_TRANSPORT = /\b(?:said no|say no|says no|refus\w*|turned (?:us |me |him |her )?down|nearest|nearer|closest|distance|miles?|eligib\w*|entitled|not (?:allowed|fair))\b/;
