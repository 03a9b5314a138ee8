/**
 * A sentence where a name was asked for ("shes not been in school since easter", "the school is
 * useless"): words a name does not have (a verb, a pronoun) or too many of them. Such a reply is
 * never stored as a school's, a council's or a child's name without asking.
 */

/** Words found in sentences about a child and never in a school's or council's name. */
const SENTENCE_WORDS = new Set([
  'i', 'im', "i'm", 'we', "we're", 'were', 'he', 'hes', "he's", 'she', 'shes', "she's", 'they', 'theyre', "they're", 'them', 'him', 'me', 'us',
  'it', "it's", 'its', 'my', 'is', 'are', 'was', 'been', 'be', 'being', 'has', 'have', 'had', 'hasnt', "hasn't", 'havent', "haven't", 'does', 'do', 'did',
  'doesnt', "doesn't", 'dont', "don't", 'didnt', "didn't", 'cant', "can't", 'cannot', 'wont', "won't", 'not', 'isnt', "isn't", 'wasnt', "wasn't",
  'goes', 'go', 'going', 'went', 'gone', 'took', 'take', 'takes', 'taken', 'left', 'moved', 'lives', 'live', 'attends', 'attended', 'said', 'says',
  'got', 'gets', 'get', 'since', 'because', 'cos', 'coz', 'anymore', 'any', 'nothing', 'never', 'useless', 'rubbish', 'awful', 'terrible', 'off',
  'refuses', 'refused', 'excluded', 'stopped', 'think', 'know', 'sure', 'would', 'should', 'could', 'will', 'if',
]);

/** More words than any name: "St Mary's Church of England Primary School" is 7. */
const MAX_NAME_WORDS = 9;

/** True when `text` reads as a sentence, not a name. */
export function looksLikeSentence(text: string): boolean {
  const words = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > MAX_NAME_WORDS || words.some((w) => SENTENCE_WORDS.has(w));
}
