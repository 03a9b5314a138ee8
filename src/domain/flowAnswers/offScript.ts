/**
 * Replies in a guided flow that are not an answer to the question on the screen: a question about
 * it ("why do you need that?", "what does that mean?"), another question ("what is a SENCo?"), a
 * wish to skip it, a wish to do the other flow instead, or a reply that says nothing ("ok", "?").
 * Told apart here so the flow answers or asks again, and never puts them in a letter.
 *
 * The recognizer has already taken out what breaks into any flow (a person, cancel, back,
 * safeguarding); this reads what is left with the question in mind.
 */
import { normaliseReply, wordCount } from './normalise';

export type GuidedFlowName = 'ehc-request' | 'mediation';

/** What a question wants, so a reply that cannot be such an answer is known. */
export type AnswerKind = 'choice' | 'choices' | 'yes-no' | 'date' | 'age' | 'name' | 'words';

export type OffScript =
  /** "Why do you need that?": the reason for the question. */
  | { readonly kind: 'why' }
  /** "What does that mean?", "?", "I don't understand": the question and its buttons explained. */
  | { readonly kind: 'meaning' }
  /** Another question, for the knowledge base ("what is a SENCo?"); `asked`: the question itself, when the reply says more around it. */
  | { readonly kind: 'question'; readonly asked?: string }
  /** "skip" (or "no", "none" where a name, words or a date is wanted: `none` is then true). */
  | { readonly kind: 'skip'; readonly none: boolean }
  /** "Actually I want help with mediation instead". */
  | { readonly kind: 'switch'; readonly to: GuidedFlowName }
  /** "ok", "hmm", "5" where words are wanted: nothing to store. */
  | { readonly kind: 'unclear' }
  /** "Wait, I got her age wrong": an earlier answer to put right, not this one. */
  | { readonly kind: 'correction' }
  /** "Can I finish this later?", "pause": stopping for now, meaning to come back (the answers are kept). */
  | { readonly kind: 'pause' }
  /** "Where were we?", "I'm back, can we carry on with my letter?": back after a pause. */
  | { readonly kind: 'resume' }
  /** "What happens next?", "what's next": what the questions lead to. */
  | { readonly kind: 'next' };

const LEAD = "(?:(?:but|and|ok|okay|sorry|um|umm|hmm|erm|wait|hang on|hold on|just wondering|can i ask)[, ]+)*";

/** "Is that calendar days", "are they working days", "do weekends count": a question about counting, never a date or a yes. */
const HOW_DAYS_COUNT = /^(?:(?:so|and|but|ok|okay|wait)\s+)*(?:(?:is|are) (?:that|it|this|they|those|these) (?:in )?(?:calendar|working|school) (?:days?|months?|weeks?)|(?:do|does|will) (?:the )?(?:weekends?|holidays?|school holidays?|bank holidays?) count|(?:calendar|working) days\s*\?)$/;

/** "What happens next?", "whats next", "then what": where the questions lead (not a question for the knowledge base). */
const WHATS_NEXT = new RegExp(`^${LEAD}(?:so |and |then |ok |okay )*(?:what happens (?:next|now|after this|after that|at the end)|what(?:'s| s|s| is) next|what next|what comes next|then what|what do (?:i|we|you) do (?:next|after this)|what will (?:happen|you do) (?:next|after this|with (?:this|my answers)))\\??$`);

const WHY = new RegExp(`^${LEAD}(?:`
  + 'why|how come|what for|why that|why this|why do you ask|why ask|why ask that'
  + "|why (?:do|would|did|are|does|must|should) (?:you|u|it|i) (?:need|want|ask|asking|have to|need to|matter|want to)(?: (?:that|this|it|to know|for that|for this|me|that one|this one|my \\w+|their \\w+|his \\w+|her \\w+|the \\w+)){0,3}"
  + '|why (?:is|does) (?:that|this|it) (?:matter|important|needed|necessary|relevant|asked|count)'
  + "|what(?: is|'s|s) (?:that|this|it) for|what do you (?:need|want) (?:that|this|it|to know) for"
  + '|(?:do|must) i (?:have|need) to (?:answer|tell you|say|give)(?: (?:that|this|it|you))?'
  + '|is (?:that|this|it) (?:needed|necessary|important|required)'
  + ')$');

const MEANING = new RegExp(`^${LEAD}(?:`
  + 'huh|eh|what|pardon|sorry what|come again'
  + '|what do you mean(?: by (?:that|this|it))?|what does (?:that|this|it|that word|this word|that question|this question|that one|this one) mean'
  + '|what do (?:those|these|they|the buttons|the options) mean'
  + "|i (?:don'?t|do not|dont) (?:understand|get it|get that|get what you mean|know what (?:you mean|that means|it means|this means|to (?:choose|pick|say|put|write|answer)))"
  + "|(?:i'?m |i am )?(?:confused|lost|not sure what (?:you mean|that means|this means|it means|to (?:choose|pick|say|put|write|answer)))"
  + '|(?:can|could) you (?:explain|say that again|put that another way)(?: (?:that|this|it|the question|please))*|explain(?: (?:that|this|it|please))*'
  + "|what are (?:these|those|the options|the choices|the buttons)|what(?: is|'s|s) (?:this|that|that one|this one)"
  + '|which (?:one|do i (?:choose|pick))|which (?:one )?should i (?:choose|pick)'
  + ')$');

const QUESTION_START = /^(?:what|whats|what's|who|whos|who's|how|why|when|where|which|whose|is|are|am|does|do|did|can|could|should|would|will|must|has|have|may|shall)\b/;
/** A question even without "?": not "what" or "who", which also start answers ("What the plan says about his needs"). */
const PLAIN_QUESTION_START = /^(?:how|why|when|where|is|are|am|does|do|did|can|could|should|would|will|must|has|have|may|shall)\b|^(?:what (?:happens|if|do (?:i|we)|does|will|would)|who (?:will|is|comes|goes|does|can|should)|whos|who s)\b/;
/** How a question starts that no name does: "do i", "can we", "is it", "will they". */
const NAME_NEVER_STARTS = /^(?:how|why|when|where|(?:is|are|am|does|do|did|can|could|should|would|will|must|has|have|may|shall) (?:i|we|you|he|she|they|it|that|this|there|my|our))\b/;
/** Where an answer is in the parent's own words, only a question that asks what something is, or what it means, is read as a question. */
const DEFINITION_QUESTION = /^(?:what|who)(?: is|'s|s| are) (?:a|an|the) \w|^what(?: is|'s|s| are) [a-z][\w-]*(?: [\w-]+){0,2}$|^what (?:does|do) .+ (?:mean|stand for)$|^what(?: is|'s|s) .+ short for$|^what do you mean by\b|^(?:can|could) you (?:tell me|explain)\b|\bmeaning of\b/;
const MAX_QUESTION_WORDS = 20;
const FIXED_ANSWERS: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['choice', 'choices', 'yes-no']);
const MAX_WORDS_QUESTION_WORDS = 12;

// "Wait, I got her age wrong", "sorry I made a mistake", "I put the wrong date before": an earlier answer.
const CORRECTION = new RegExp('^(?:(?:wait|sorry|oops|oh|actually|hang on|hold on|no|ah)[, ]+)*(?:'
  + '(?:i|we) (?:got|put|typed|wrote|gave|entered|said|did|have got|have put) (?:\\w+ ){0,4}?(?:wrong|incorrect|a typo|the wrong \\w+)'
  + '|(?:i|we) (?:need|want|would like) to (?:change|fix|correct|go back to) (?:my|an?) (?:earlier |last |previous |other )?answer'
  + '|(?:i|we) (?:need|want|would like) to (?:change|fix|correct) (?:his|her|their|the|my) (?:name|age|date|birthday|date of birth|school|council|answer)(?:$| to | from |,| because| as| i gave| i put)'
  + '|(?:that|this|it|the \\w+|(?:that|this|the|my) \\w+) (?:was|is) (?:wrong|not right|incorrect)(?: earlier| before)?$'
  + '|(?:i|we) made a (?:mistake|typo|error)(?: (?:earlier|before|there|back there|with (?:the|my|her|his) \\w+|in (?:the|my) (?:\\w+ )?(?:answer|date|name|age)))?$)');
const MAX_CORRECTION_WORDS = 25;

const SKIP = new RegExp("^(?:skip|skip (?:it|this|that|this one|that one|this question|that question)|pass|next|next question|move on|rather not(?: say)?|prefer not(?: to say)?|i'?d rather not(?: say)?|i would rather not(?: say)?|leave (?:it|it blank|that|this)(?: out| blank)?|n/a"
  // "I'd rather not give her name", "prefer not to share that".
  + "|(?:i'?d|i would|id) (?:rather|prefer) not(?: to)? (?:say|give|share|put|tell you)(?: (?:it|that|this|her name|his name|their name|the name|my child'?s name|her age|his age|that one))?"
  + "|(?:i )?(?:prefer|would prefer) not to (?:say|give|share|put|tell you)(?: (?:it|that|this|her name|his name|their name|the name))?)$");
const NONE = /^(?:no|nope|nah|none|nothing|no one|nobody|n\/a|na)$/;
/** Kinds of answer where a bare "no" or "none" is not itself an answer, but a wish to leave it out. */
const NONE_IS_SKIP: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['name', 'words', 'date', 'age']);

const SAYS_NOTHING = /^(?:ok|okay|okey|oki|okie|k|kk|fine|alright|all right|right|cool|great|good|nice|sure|hmm+|hm+|um+|erm+|er+|uh+|ah+|oh+|ooh|eh|lol|haha|thanks|thank you|thanks?(?: you)? very much|ta|cheers|yes ok|ok thanks|okay thanks|got it|understood|i see|noted|x+|yes|yeah|yep|yup)(?: (?:mate|love|hun|pal|x+))?$/;
const YES_WORDS = /^(?:yes|yeah|yep|yup)$/;
/** Kinds of answer where digits alone are not one ("5" for a name or a council). */
const WORDS_WANTED: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['name', 'words']);

// The other flow, named as a wish ("I want help with mediation instead"), not as part of an answer.
const TO_MEDIATION = /\b(?:mediation|appeal|appealing|the tribunal|tribunal|challenge (?:the|a|their|this) decision)\b/;
const TO_EHC_REQUEST = /\b(?:(?:ask|asking|request|requesting|apply|applying)(?: the council)? for an? (?:ehc |ehcp |education,? health and care |needs )*(?:needs )?assessment|request(?:ing)? an? (?:ehc |ehcp |needs )*assessment|(?:ehc|ehcp)(?: needs)? assessment request|assessment request|apply(?:ing)? for an? (?:ehcp|ehc plan))\b/;
const SWITCH_WORDS = /\b(?:instead|actually|rather|switch|swap|change to|wrong (?:one|button|option|thing|flow)|i meant|not this|different (?:one|thing)|the other one|go to)\b/;
const WISH = /^(?:(?:actually|sorry|oh|oops|no|wait)[, ]+)*(?:(?:i|we)(?:'d| would)? (?:want|need|like|meant|mean|wanted|was after)|(?:can|could) (?:we|i|you)|help me|let'?s|please help)\b/;
/** "I wanted to ask for an assessment but they refused": a decision described, not a change of mind. */
const DESCRIBES_DECISION = /\b(?:refus\w*|said no|say no|says no|declin\w*|turned? down|reject\w*|won'?t|wouldn'?t|but)\b/;
const MAX_SWITCH_WORDS = 20;

function switchIn(t: string, expects: AnswerKind): GuidedFlowName | undefined {
  if (wordCount(t) > MAX_SWITCH_WORDS) return undefined;
  // In the parent's own words, "I want mediation" may be what they want: only a clear change of mind counts.
  const wish = SWITCH_WORDS.test(t) || (expects !== 'words' && WISH.test(t) && !DESCRIBES_DECISION.test(t));
  if (!wish) return undefined;
  const toEhc = TO_EHC_REQUEST.test(t);
  const toMediation = TO_MEDIATION.test(t);
  if (toEhc === toMediation) return undefined;
  return toEhc ? 'ehc-request' : 'mediation';
}

/** "Hmm actually what does cognition mean": words before a question that say nothing. */
const LEAD_FILLER = /^(?:(?:hmm+|um+|erm+|er|ok|okay|so|actually|sorry|wait|oh|oops|right|and|but|also|quick question|just wondering)[, ]+)+/;
/** A question asked inside a longer reply: "..., is that true?", "...before I ask? the SENCo said...". */
const ASKS_IF_TRUE = /\b(?:is|was) (?:that|it|this) (?:true|right|correct|allowed|legal|normal|ok|okay)\b/;
const ASKS_IN_CLAUSE = /(?:^|[,.;] ?)(?:is|are|does|do|can|could|should|must|will|would|has|have|am) (?:i|we|you|they|he|she|it|that|this|there|the (?:school|council|senco|la|law))\b[^.?!]*\?/;
const MAX_FIRST_QUESTION_WORDS = 15;
const PROCESS_QUESTION = /^(?:is|are|does|do|can|could|should|must|will|would|has|have|am|how|why|when|where) (?:i|we|you|they|it|that|this|there|the (?:school|council|senco|la|law|tribunal|mediator|nursery|college))\b/;

/** A question about the child ("what's wrong with him?"), in their own words: part of the answer, not one for us. */
const ABOUT_THE_CHILD = /\b(?:he|she|him|her|his|hers|they|them|their|my (?:son|daughter|child|boy|girl))\b/;

const sentencesOf = (raw: string): string[] => raw.split(/(?<=[?!.])\s+/).map((x) => x.trim()).filter(Boolean);

/**
 * A question for us that opens a reply in the parent's own words, with more said after it
 * ("what's an EP? the school said she needs one but theres a long wait"): a first sentence ending
 * in "?" that asks about the process ("does the school have to agree?") or what a word means
 * ("what's an EP?"). ("Is he autistic? We don't know, he...", about the child, opens an answer.)
 */
function questionSentenceIn(raw: string): string | undefined {
  const first = sentencesOf(raw)[0] ?? '';
  if (!/\?\s*$/.test(first)) return undefined;
  const q = normaliseReply(first).replace(LEAD_FILLER, '');
  if (wordCount(q) > MAX_FIRST_QUESTION_WORDS) return undefined;
  return PROCESS_QUESTION.test(q) || (DEFINITION_QUESTION.test(q) && !ABOUT_THE_CHILD.test(q)) ? first : undefined;
}

/** Where a question may start inside a sentence: after a dash, a comma, a semicolon or a colon. */
const CLAUSE_BREAK = /\s+[-\u2013\u2014]+\s+|[,;:]\s*/;
/** Words that join a question on to what came before ("and is that normal?"). */
const JOINING = /^(?:and|but|so|or|also|plus)\s+/;

/** A question for us, said in a sentence or a clause of its own: "is that enough?", "can they actually say that?". */
function isQuestionPart(part: string): boolean {
  if (!/\?\s*$/.test(part)) return false;
  const q = normaliseReply(part).replace(LEAD_FILLER, '').replace(JOINING, '');
  return QUESTION_START.test(q) && wordCount(q) <= MAX_FIRST_QUESTION_WORDS;
}

/** "...without a plan - can they actually say that?": the sentence before the question, and the question. */
function trailingQuestion(sentence: string): { readonly before: string; readonly question: string } | undefined {
  const parts = sentence.split(CLAUSE_BREAK);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  if (!isQuestionPart(last)) return undefined;
  const at = sentence.lastIndexOf(last);
  const before = sentence.slice(0, at).replace(/[\s,;:\u2013\u2014-]+$/, '');
  return before ? { before: /[.!?]$/.test(before) ? before : `${before}.`, question: last.trim() } : undefined;
}

/**
 * An answer in the parent's own words with questions in it ("I want section F to say 1:1 support
 * every morning. can they do that?", "...without a plan - can they actually say that?"): the
 * answer, to keep, and the questions, to reply to, so no question is put in a letter or a
 * summary. A question anywhere counts, as its own sentence or as the last part of one.
 * Undefined when the reply asks nothing, or is nothing but questions.
 */
export function answerThenQuestion(text: string): { readonly answer: string; readonly question: string; readonly questions: readonly string[] } | undefined {
  const kept: string[] = [];
  const questions: string[] = [];
  let afterMeaningQuestion = false;
  for (const sentence of sentencesOf(text.trim())) {
    if (isQuestionPart(sentence)) {
      questions.push(sentence);
      afterMeaningQuestion = asksWhatAWordMeans(sentence);
      continue;
    }
    // "what's a SENCO btw? the school keeps mentioning them": why they ask, part of the question, not the answer.
    if (afterMeaningQuestion && isContextOfQuestion(sentence)) {
      questions[questions.length - 1] = `${questions[questions.length - 1]} ${sentence}`;
      afterMeaningQuestion = false;
      continue;
    }
    afterMeaningQuestion = false;
    const split = /\?\s*$/.test(sentence) ? trailingQuestion(sentence) : undefined;
    if (split) {
      kept.push(split.before);
      questions.push(split.question);
    } else {
      kept.push(sentence);
    }
  }
  if (questions.length === 0) return undefined;
  const answer = kept.join(' ');
  // What is left is a question too ("why? what for?"), or says too little: not split.
  if (/\?\s*$/.test(answer) || wordCount(answer) < 3) return undefined;
  return { answer, question: questions.join(' '), questions };
}

/** "What's a SENCO btw?", "what is an EP?": a question about what a word means (answered from the glossary or the knowledge base). */
export function asksWhatAWordMeans(question: string): boolean {
  // (Only the question itself: "what's a SENCO btw? the school keeps mentioning them" asks about the SENCO.)
  const q = normaliseReply(question.split('?')[0]).replace(LEAD_FILLER, '').replace(JOINING, '').replace(/\s+(?:btw|by the way|then|though|please|anyway|lol|again)$/, '');
  return DEFINITION_QUESTION.test(q) && !ABOUT_THE_CHILD.test(q);
}

/**
 * A short sentence just after "what's a SENCO?" that says why they ask ("the school keeps
 * mentioning them", "the nursery said she needs one"): it points back at the word ("them", "one"),
 * so it goes with the question, not into the letter.
 */
function isContextOfQuestion(sentence: string): boolean {
  const t = normaliseReply(sentence);
  return wordCount(t) <= 10 && /\b(?:them|they|it|one|ones|that|this|those|these)\b/.test(t)
    && /\b(?:mention\w*|said|says|say|told|tell\w*|talk\w*|keep\w*|suggest\w*|want\w*|need\w*|call\w*|refer\w*|ask\w*)\b/.test(t);
}

/** True, or the question itself when the reply says more around it, for a reply that is a question; undefined otherwise. */
function questionIn(t: string, raw: string, expects: AnswerKind): { asked?: string } | undefined {
  t = t.replace(LEAD_FILLER, '');
  const words = wordCount(t);
  if (expects === 'words') {
    if (/^what happens (?:if|when)\b/.test(t)) return {};
    if (words <= MAX_WORDS_QUESTION_WORDS && (DEFINITION_QUESTION.test(t) || (QUESTION_START.test(t) && /\?\s*$/.test(raw)))) return {};
    // Once the parent has asked something, the rest of the message is not an answer to put in a letter.
    const asked = questionSentenceIn(raw);
    return asked === undefined ? undefined : { asked };
  }
  return questionInShortAnswer(t, raw, expects, words) ? {} : undefined;
}

function questionInShortAnswer(t: string, raw: string, expects: AnswerKind, words: number): boolean {
  // A name, date or choice with a question inside ("my mum says I'm too old now, is that true?"): never an answer to store.
  if (words <= 40 && /\?/.test(raw) && (ASKS_IF_TRUE.test(t) || ASKS_IN_CLAUSE.test(raw.toLowerCase()))) return true;
  if (words > MAX_QUESTION_WORDS) return false;
  const asked = /\?\s*$/.test(raw);
  // "15 December?" or "Leeds?" is an answer given with a doubt, not a question.
  // Without "?", only where no answer starts like a question: a name may be "Will", a date "May 3".
  // (A name may be "Will", but "do i need their permission" is no one's name: a verb and its subject first.)
  const plain = (FIXED_ANSWERS.has(expects) || expects === 'name' && words >= 3 && NAME_NEVER_STARTS.test(t)) && PLAIN_QUESTION_START.test(t);
  return DEFINITION_QUESTION.test(t) || plain || (asked && QUESTION_START.test(t)) || (asked && words >= 3 && !/\d/.test(t));
}

/**
 * What the reply is, when it is not an answer to a question wanting `expects` in the flow
 * `current`; undefined for an answer (or a try at one). Naming the flow under way ("I would like
 * mediation instead of tribunal", in the mediation flow) is an answer, not a switch.
 */
export function offScriptIn(text: string, expects: AnswerKind, current?: GuidedFlowName): OffScript | undefined {
  const raw = text.trim();
  if (/^[?\s]+$/.test(raw) && raw.length > 0) return { kind: 'meaning' };
  const t = normaliseReply(raw);
  if (!t) return raw ? { kind: 'unclear' } : undefined;
  if (pauseWish(raw)) return { kind: 'pause' };
  if (returnsToFlow(raw)) return { kind: 'resume' };
  const to = switchIn(t, expects);
  if (to && to !== current) return { kind: 'switch', to };
  if (wordCount(t) <= MAX_CORRECTION_WORDS && CORRECTION.test(t)) return { kind: 'correction' };
  if (WHY.test(t)) return { kind: 'why' };
  if (WHATS_NEXT.test(t)) return { kind: 'next' };
  // "is that calendar days", "do weekends count": how the dates are counted, asked with or without a "?".
  if (HOW_DAYS_COUNT.test(t)) return { kind: 'question' };
  if (MEANING.test(t)) return { kind: 'meaning' };
  if (SKIP.test(t)) return { kind: 'skip', none: false };
  if (NONE_IS_SKIP.has(expects) && NONE.test(t)) return { kind: 'skip', none: true };
  const question = questionIn(t, raw, expects);
  if (question) return question.asked === undefined ? { kind: 'question' } : { kind: 'question', asked: question.asked };
  if (!/\p{L}/u.test(t) && (!/\d/.test(t) || WORDS_WANTED.has(expects))) return { kind: 'unclear' };
  if (SAYS_NOTHING.test(t) && !(expects === 'yes-no' && YES_WORDS.test(t))) return { kind: 'unclear' };
  return undefined;
}

// ---- Stopping for now, and coming back ----

const LATER = "(?:later|another time|tomorrow|another day|in a bit|tonight|at the weekend|when i (?:have|get) (?:more )?time|when i'?m back|when i get back)";
/** "Can I finish this later?", "could we stop and come back to this later?", "pause", "save my answers". */
const PAUSE = new RegExp('\\b(?:'
  + `(?:can|could|may|shall) (?:i|we) (?:finish|complete|do|continue|carry on with|carry on|come back to|come back and finish|pick (?:this|it) up|save|stop|pause|leave)(?: [a-z']+){0,5}? ${LATER}`
  + '|(?:can|could|may|shall) (?:i|we) (?:stop|pause|take a break)(?: (?:here|now|for now|for a bit|it|this))?(?: and come back(?: to (?:this|it))?)?$'
  + `|(?:i|we) ?(?:will|'ll|ll|shall) (?:finish|come back to|do|continue|carry on with|carry on) (?:this|it|the rest)(?: of it)? ${LATER}(?=$|,)`
  + `|(?:finish|come back to|do) (?:this|it|the rest) ${LATER}$`
  + '|save (?:this|it|my answers|my progress|where i am)(?: for later)?'
  + ')\\b');
/** The whole reply: "pause", "pause please", "need a break", "i need to stop now", "i have to go". */
const PAUSE_ALONE = /^(?:(?:ok|sorry|right|um|erm|oh)[, ]+)*(?:pause|pause (?:this|it|here|for now|please)|(?:i )?need a break|take a break|brb|be right back|back in a (?:bit|minute|min|sec|mo)|(?:i|we) (?:need|have|got|gotta|must) to (?:stop|go|dash)(?: now| for now| for a bit| in a (?:bit|minute|sec))?)$/;

/** What they carry on with: "with my letter", "where we left off", "with the letter for Noah". */
const WITH_THE_FLOW = "(?: with (?:the |my |this |our |her |his )?(?:letter|form|questions?|it|this|request|summary|application|flow|one)(?: for [a-z]+)?| from where we (?:were|left off|stopped)| where we left off| now| please)*";

/** One part of a reply saying they are back: "ok im back", "where were we", "can we carry on with my letter for Noah". */
const RESUME_PART = new RegExp('^(?:(?:hi|hello|hiya|hey|ok|okay|right|sorry|so|and|thanks|thank you)[, ]+)*(?:'
  + "(?:i'?m|im|i am|we'?re|we are) back(?: again| now)?|back again"
  + '|where (?:were|was) we|where did we (?:get to|leave (?:it|off)|stop)'
  + `|(?:can|could|shall) (?:we|i) (?:carry on|continue|keep going|pick up|finish|go on|get back to|resume)${WITH_THE_FLOW}`
  + `|(?:i'?m|im|i am|we'?re|we are) ready to (?:carry on|continue|go on|finish)${WITH_THE_FLOW}`
  + `|let'?s (?:carry on|continue|keep going|finish)${WITH_THE_FLOW}`
  + ')$');
const GREETING_PART = /^(?:hi|hello|hiya|hey|ok|okay|right|sorry|thanks|thank you|good (?:morning|afternoon|evening))(?: there| again)?$/;

/** "Can I finish this later?", "pause": the parent means to stop for now and come back. */
export function pauseWish(text: string): boolean {
  const t = normaliseReply(text);
  return wordCount(t) <= 25 && (PAUSE_ALONE.test(t) || PAUSE.test(t));
}

/** "Ok im back", "hi im back, can we carry on with my letter for Noah", "right, where were we": back after a pause. */
export function returnsToFlow(text: string): boolean {
  const parts = normaliseReply(text).split(/\s*[,.;!?]+\s*|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.length <= 4 && parts.some((p) => RESUME_PART.test(p)) && parts.every((p) => RESUME_PART.test(p) || GREETING_PART.test(p));
}

/** True when the parent says they live in England ("we live in England", "yes, England"). */
export function saysInEngland(text: string): boolean {
  const t = normaliseReply(text);
  return /\b(?:england|english)\b/.test(t) && !/\b(?:not|n't|outside|near|border)\b[^.]*\bengland\b/.test(t);
}

/** True when a message also places the family in England ("we live in England, near Wrexham"). */
export function livesInEngland(text: string): boolean {
  return /\b(?:live|living|lives|based|we are|we're|i am|i'm|are|is) in england\b/.test(normaliseReply(text));
}
