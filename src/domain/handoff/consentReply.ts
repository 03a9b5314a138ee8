/**
 * What the parent's reply to "Is that OK?" (may I pass this conversation to an adviser?) is.
 * Only a clear yes passes anything on. A question or a new topic is not a reply at all: the
 * offer is set aside and the bot answers it, rather than asking for "Yes" or "No" again and
 * losing what they wrote.
 */
import { normaliseSendText, sendTopicStrength } from '../recognizer/sendTerms';
import { opensAsQuestion } from '../text/questionSentence';
import { asksWhatHappensNext, isLeaveCommand, readConsent, simplify } from './handoffCommands';

export type ConsentReply =
  | 'yes'
  | 'no'
  | 'no-and-question' // "no, I just want to know if he can get help at school": declined, and the question answered
  | 'not-now'        // "maybe later", "not yet", "I'll think about it": a polite no, with the way back
  | 'who-sees'       // "who will see this?", "will the school find out?", "is it confidential?"
  | 'how-long'       // "how long will I wait?", "what happens next?"
  | 'options'        // "what can I do?", "what are my options?": what a yes and a no each lead to
  | 'unclear'        // "hmm", "what?", "yes but...": asked again, with what a yes does
  | 'question'       // a question of their own: set aside, and answered
  | 'something-else'; // a new topic that is not a question (the bot carries on with it)

// Words that may come before or after the polite no without changing it ("no thanks, maybe later").
const SOFT_LEAD = "(?:(?:no|nope|nah|ok|okay|oh|um+|hm+|erm|er|well|thanks|thank you|sorry|actually|i think|right)\\s)*";
const SOFT_TAIL = "(?:\\s(?:maybe|perhaps|thanks|thank you|please|then|for now|though|i think|if that's ok))*";
const NOT_NOW_PART = [
  '(?:maybe |perhaps |probably )?not (?:now|yet|just yet|right now|at the moment|today|for now|this time|straight away|right away)',
  '(?:maybe |perhaps |probably )?(?:later|later on|another time|some other time|another day|in a bit|in a while)',
  "(?:i(?:'ll| will) |let me |i need to |i want to |i(?:'d| would) like to |i have to |i need (?:some )?time to )?(?:have a )?think(?: about it| it over)?",
  "i(?:'ll| will) (?:let you know|come back(?: to (?:it|you|this))?(?: later)?|ask (?:again )?later|do it later|decide later|get back to you|see)",
  "(?:i'm |i am )?not ready(?: yet| for that)?",
  "(?:i(?:'ll| will) )?leave it(?: for now| for the moment| there)?",
  'i need (?:some )?time',
].join('|');
const NOT_NOW = new RegExp(`^${SOFT_LEAD}(?:${NOT_NOW_PART})(?:\\s(?:and |but )?(?:${NOT_NOW_PART}))*${SOFT_TAIL}$`);

// "and", "but", "yes but", "before I say yes": the question about the handoff comes after them.
const LEAD = '^(?:(?:and|but|so|ok|okay|yes|sorry|first|before i say yes|um|hmm)\\s)*';
const WHAT_THEY_SEE = '(?:this|it|that|them|my messages|what i (?:wrote|said|typed|put)|the messages|the conversation|this conversation|the chat|this chat|the summary|my answers|everything|all of it|about me|about this)';
const WHO_SEES = [
  // (Anchored at the end only: "I want to talk to a person about what they will see".)
  `\\b(?:who|what) (?:else )?(?:will|would|can|could|does|do|gets to|is going to|are going to)? ?(?:they |the adviser |an adviser |the advisor |an advisor |advisers |advisors |sendiass |you |anyone |the person )?(?:see|read|look at|get|know|be told|have access to|find out)(?: ${WHAT_THEY_SEE})?$`,
  '\\b(?:who|what) (?:they|the adviser|an adviser|advisers|sendiass|you) (?:will|would|can|could|get to|are going to|is going to) (?:see|read|get|know)$',
  '\\bwhat (?:will|would|do|does) (?:you|it) (?:pass on|send|share|give them|tell them)$',
  '\\bwhat (?:gets|is|will be) (?:passed on|sent|shared)$',
  `${LEAD}(?:will|would|can|could|does|do) (?:the |my |his |her |our )?(?:school|council|la|local authority|senco|teachers?|social services|social workers?|anyone else|anybody else|my ex) (?:see|read|find out|know|be told|hear|get)(?: about)?(?: ${WHAT_THEY_SEE})?$`,
  `${LEAD}(?:is|are) (?:it|this|that|sendiass|the adviser|the advisor|they|advisers) (?:really )?(?:confidential|private|anonymous|independent|separate from the council|free|free of charge)$`,
].map((p) => new RegExp(p));

const HOW_LONG = new RegExp(`${LEAD}(?:how long (?:would|will|do|does|is) (?:i|it|the wait|they|an adviser)(?: have to)?(?: wait| be| take)?(?: for (?:an adviser|them|someone))?`
  + '|what happens (?:if|when|after) i say yes|what happens then|what would happen'
  + '|when (?:will|would|can|could) (?:i|we) (?:talk|speak|chat) (?:to|with) (?:them|someone|an adviser|the adviser|a person)'
  + '|(?:is|are) (?:someone|anyone|an adviser|they|advisers|any advisers) (?:free|available|there|in|open)(?: now| today)?)$');

// Pressing "Talk to a person" while asked, or "can I talk to someone about my case", is asking for
// one: a yes, like "I want to talk to someone" (readConsent).
const TALK_TO_A_PERSON = new RegExp("^(?:yes |ok |okay |please )?(?:i (?:just )?(?:want|would like|need|'d like) to |(?:can|could|may) i (?:please )?|(?:please )?let me )?"
  + '(?:talk|speak|chat) (?:to|with) (?:a |an |the |some )?(?:real |actual )?(?:person|human|adviser|advisor|someone|somebody|sendiass)(?: about .+)?(?: please| now)*$');

// "Is there anyone who can actually help me?", "I just need someone to help": asking for a person,
// in other words, while one is offered. Taken as a yes, not as a new question that sets the offer aside.
const ASKS_FOR_HELP_FROM_SOMEONE = /^(?:(?:so|ok|okay|please|honestly|look)\s)*(?:is there (?:any ?one|any ?body|someone|somebody|a person|anyone at all) (?:who|that) (?:can|could|will) (?:actually |really |just |please )?help(?: me| us)?|(?:can|could|will) (?:any ?one|any ?body|someone|somebody|a person|a human) (?:actually |really |please )?help(?: me| us)?|i (?:just |really )?(?:need|want) (?:some ?one|some ?body|a person|a human|a real person|real help|proper help)(?: to help(?: me| us)?| to talk to)?|(?:please )?(?:someone|somebody|anyone) help(?: me| us)?)(?: please| now| properly)*\??$/;

// "What can I do?", "what are my options?" while a person is offered: the choice itself, explained,
// not a new question that sets the offer aside (nor the bot's list of what it can do).
const ASKS_WHAT_TO_DO = /^(?:(?:so|ok|okay|and|but|well|then|hmm|right|sorry)\s)*(?:what (?:can|should|could|do|shall) (?:i|we) do(?: now| then| next| about (?:it|this|that))?|what (?:are|r) (?:my|our|the) (?:options|choices)|what (?:do|would) you (?:suggest|recommend|advise)|what (?:now|next))(?: now| then| please)*\??$/;

// Nothing to act on: noises, "what?", "I don't understand".
const SAYS_NOTHING = /^(?:(?:um+|hm+|er+m?|uh+|ah+|oh+|eh+|huh|what|pardon|sorry|why|help|i don't know|i dont know|dunno|idk|not sure|i'm not sure|i am not sure|i don't understand|i dont understand|i don't get it|what do you mean|what does that mean|what's that|what is that|explain|come again|say that again|again|wait|hold on|maybe|possibly|i guess|i suppose|ok so|so)\s?)+$/;

// "yes but...", "ok and...", "no, but can they ring me?": half an answer, so the question again.
const STARTS_AS_AN_ANSWER = /^(?:y|yes|yeah|yep|yup|ok|okay|sure|fine|no|nope|nah)\b/;

// A no, then what the parent came for: "No. I don't need Samaritans I need to know what to do about
// the refusal", "no its ok, i just want to know if he can get help at school before the diagnosis".
const STARTS_WITH_NO = /^(?:no|nope|nah|not really)\b/;
// Where the asking starts: words that ask to know ("I need to know", "tell me"), wherever they are...
const WANTS_TO_KNOW = /\b(?:(?:i|we)(?: (?:just |only |really |actually |still |simply )?(?:want|need|would like|wanted|needed)|'d (?:just |only |really )?like)(?: to)? (?:know|find out|understand|ask(?: about| you)?|advice (?:on|about)|information (?:on|about))|(?:can|could) you (?:just )?(?:tell|explain|show)|(?:just |please )?(?:tell|show) (?:me|us)|explain)\b/i;
// ...or the next clause, when it opens as a question ("no thanks, can I appeal the refusal?").
const NEXT_CLAUSE = /(?:[.!?,;:]+\s*|\s+but\s+)/g;

/**
 * The question after a no, or undefined when there is none: a plain no, a no with its reason ("no
 * i don't want them seeing everything"), and a no with a question about the offer itself ("no,
 * but can they ring me?") have none. The question must be about SEND, so that "no, why would I?"
 * stays a no.
 */
export function questionAfterNo(message: string): string | undefined {
  const text = message.trim().replace(/[\u2018\u2019]/g, "'");
  if (!STARTS_WITH_NO.test(simplify(text))) return undefined;
  const starts: number[] = [];
  const wants = WANTS_TO_KNOW.exec(text);
  if (wants) starts.push(wants.index);
  for (const m of text.matchAll(NEXT_CLAUSE)) {
    const at = (m.index ?? 0) + m[0].length;
    if (opensAsQuestion(text.slice(at).toLowerCase())) starts.push(at);
  }
  if (!starts.length) return undefined;
  const question = text.slice(Math.min(...starts)).trim().replace(/^(?:but|and|so)\s+/i, '');
  // ("no, will the school see it?" is about the offer: answered as such, and asked again.)
  const aboutTheOffer = !['question', 'something-else'].includes(readConsentReply(question));
  if (aboutTheOffer || sendTopicStrength(normaliseSendText(question)) < 0.5) return undefined;
  return question;
}

export function readConsentReply(message: string): ConsentReply {
  const t = simplify(message);
  if (NOT_NOW.test(t)) return 'not-now';
  if (questionAfterNo(message)) return 'no-and-question';
  const consent = readConsent(message) ?? (isLeaveCommand(message) ? false : undefined);
  if (consent !== undefined) return consent ? 'yes' : 'no';
  if (WHO_SEES.some((p) => p.test(t))) return 'who-sees';
  if (TALK_TO_A_PERSON.test(t) || ASKS_FOR_HELP_FROM_SOMEONE.test(t)) return 'yes';
  if (HOW_LONG.test(t) || asksWhatHappensNext(message)) return 'how-long';
  if (ASKS_WHAT_TO_DO.test(t)) return 'options';
  if (!/[a-z]/.test(t) || SAYS_NOTHING.test(t) || STARTS_AS_AN_ANSWER.test(t)) return 'unclear';
  return message.includes('?') || opensAsQuestion(t) || /^(?:what's|whats|tell me|explain)\b/.test(t) ? 'question' : 'something-else';
}
