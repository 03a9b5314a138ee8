import { normaliseSendText } from './sendTerms';

/**
 * A short message that leans on the answer before it: "and what if they say no?", "does it cost
 * anything", "do I have to do it?", "how long does it take". On its own it names no SEND topic, so
 * it would be "out of scope"; read with the last answer's topic, it is a question about that topic.
 */
const LEANS_BACK = /^(?:and|but|so|also|ok so|okay so|what about|how about|what if|and if|then)\b|\b(?:it|they|them|that|this|those|these|one|there|he|she)\b/;
const MAX_WORDS = 12;

export function looksLikeFollowUp(text: string): boolean {
  const t = normaliseSendText(text);
  if (!t) return false;
  const words = t.split(' ').length;
  return words >= 2 && words <= MAX_WORDS && LEANS_BACK.test(t);
}

/** The question to search for: the parent's words with the topic of the answer they follow. */
export function withTopic(text: string, lastTopic: string): string {
  return `${text.trim().replace(/[?.!]+$/, '')} ${lastTopic}`;
}

/**
 * An article title as a topic: "How to ask for an EHC needs assessment" is "EHC needs assessment";
 * "Mediation: what it is and how it can help" is "Mediation". (The whole title would outweigh the
 * parent's own words in the search.)
 */
export function topicOfTitle(title: string): string {
  return title.split(/[:?]/)[0]
    .replace(/^(?:how to ask for|how to|what to do when|what happens at|what|when|who|why|do you need|if|moving to|asking for|the|a|an)\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:is|are|takes)$/i, '')
    .replace(/[()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "What does that word mean?" with no word named. */
export function asksAboutAnUnnamedWord(text: string): boolean {
  return /^(?:and |so |sorry |ok )?(?:what does|what do|what is|whats|what s) (?:that|this|the|those|these) (?:word|words|term|terms|bit|one|jargon|abbreviation|acronym)s? (?:mean|means|stand for)?\??$/.test(normaliseSendText(text));
}

/** "What does that mean?", "I don't understand": the last answer, said more plainly, is wanted. */
export function asksWhatThatMeans(text: string): boolean {
  return /^(?:and |so |sorry |ok |um |erm )*(?:what does (?:that|this|it|all that) (?:mean|actually mean)|what do you mean|what s that mean|i (?:do not|still do not) (?:understand|get it|get that)(?: (?:that|this|it|what that means))?|(?:can you |could you |please )?explain (?:that|this|it)(?: again| more simply| in plain english| please)*|in (?:plain|simple) (?:english|words)(?: please)?|(?:you )?lost me|too complicated|that is too complicated|huh|eh)\??$/.test(normaliseSendText(text));
}

/**
 * "How long have I got?", "it came on Friday, when's my last day?", "what's the deadline?": a
 * question about time that names nothing else. Straight after an answer whose article has a time
 * limit of its own (the draft plan's, a review's), it is that time limit that is asked about.
 */
const ASKS_ABOUT_TIME = /\b(?:how long|how much time|how many (?:days|weeks|months|working days)|(?:my|the|our) last (?:day|date)|last day|deadline|time limit|cut ?off|by when|when (?:do|must|should|have) (?:i|we) (?:got to |have to |need to )?(?:reply|respond|answer|send|comment|get back|do it|have it|return it)|when is it due|due (?:by|date))\b/;

export function asksAboutTime(text: string): boolean {
  const t = normaliseSendText(text);
  return t.split(' ').length <= 20 && ASKS_ABOUT_TIME.test(t);
}

/**
 * "What are my dates?", "when's my deadline": the parent's own dates with nothing that says they
 * are mediation or appeal dates. Which dates depends on what the parent is doing: a request for an
 * assessment has the council's dates, a decision has the appeal's.
 */
const OWN_DATES = /\b(?:my|our) (?:\w+ ){0,2}?(?:deadlines?|dates|key dates|time limits?|due date|cut ?off)\b|\bwhen is (?:my|our|the) deadline\b/;
const NAMES_A_DISPUTE = /\b(?:mediat\w*|appeal\w*|tribunal|certificate|decision|refus\w*|said no|turned (?:us |me )?down)\b/;

export function asksForOwnDates(text: string): boolean {
  const t = normaliseSendText(text);
  return OWN_DATES.test(t) && !NAMES_A_DISPUTE.test(t);
}
