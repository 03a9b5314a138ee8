import { normaliseReply } from './normalise';

/**
 * A yes or no typed in answer to a question about what has happened ("Have you contacted a
 * mediation adviser?"). The answer moves a legal deadline, so only a clear one counts: "I have
 * not" is a no (not a yes that starts "I have"), and "ok", "maybe" or "no idea" are neither.
 */
export type YesNoReading = 'yes' | 'no' | 'unsure';

const UNSURE_START = /^(?:no idea|no clue|not sure|not certain)\b/;
const YES_START = /^(?:y|yes|yeah|yea|yep|yup|aye|yes please|correct|definitely|absolutely)\b/;
const NO_START = /^(?:n|no|nope|nah|not yet|never|not at all|negative)\b/;
const UNSURE = /\b(?:not sure|unsure|no idea|don'?t know|do not know|dunno|idk|can'?t remember|cannot remember|can'?t recall|maybe|perhaps|possibly|not certain|might have|may have|could have)\b/;
// "I have not", "I've not", "haven't", "we didn't", "I don't have one".
const NEGATED = /\b(?:i|we|he|she|they)(?:'ve| have| has| had| am| are|'m)? (?:not|never|have not|haven'?t|havent|has not|hasn'?t|did not|didn'?t|didnt|do not|don'?t|dont|am not|are not|aren'?t)\b|^(?:haven'?t|havent|hasn'?t|didn'?t|didnt|don'?t|dont|not|never)\b/;
// ("Got it on the 5th" is when a letter came, not a yes to "have you contacted the adviser?".)
const YES = /^(?:i|we)(?:'ve| have| did| do| had|'ve got| have got| got)\b|^(?:done|already|got (?:it|one)|have (?:it|one)|i think so|think so)\b(?! (?:on|in|at|the|yesterday|today|last|this|back|from|through)\b)/;

export function readYesNo(text: string): YesNoReading | undefined {
  const t = normaliseReply(text);
  if (!t) return undefined;
  if (UNSURE_START.test(t)) return 'unsure';
  if (YES_START.test(t)) return 'yes';
  if (NO_START.test(t)) return 'no';
  if (UNSURE.test(t)) return 'unsure';
  if (NEGATED.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  return undefined;
}
