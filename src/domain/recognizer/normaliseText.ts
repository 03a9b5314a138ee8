import { inOrder } from './combinedPatterns';
import { correctTypedWords } from '../text/typedWords';

/**
 * Parents type on phones, in a hurry, often upset. Before any rule or scorer looks at a message
 * it is put into one plain form: lower case, one kind of apostrophe, contractions and text-speak
 * spelled out, common typos fixed, punctuation turned into spaces. Rules can then be written
 * once ("do not want to") instead of for every way of typing it ("dont wanna", "don't want to").
 */


/** Multi-word spellings folded into one form (checked after WORD_FIXES). */
const PHRASE_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bself harm/g, 'self harm'],
  [/\bsome one\b/g, 'someone'],
  [/\bid (like|love|rather|prefer|want)\b/g, 'i would $1'],
  [/\bgoodnight\b/g, 'good night'],
  [/\bsome body\b/g, 'somebody'],
  [/\bany one\b/g, 'anyone'],
  [/\bthank u\b/g, 'thank you'],
  [/\bgood bye\b/g, 'goodbye'],
  [/\bnever mind\b/g, 'nevermind'],
  [/\bkill my self\b/g, 'kill myself'],
  [/\b(my|him|her|them|your) self\b/g, '$1self'],
  [/\bhim self\b/g, 'himself'],
];

const phraseFixes = inOrder(PHRASE_FIXES);

/** Crying faces, then other sad faces (not the laughing-crying one). */
const CRYING_FACES_ALL = /[\u{1F62D}\u{1F622}\u{1F625}\u{1F63F}]/gu;
const SAD_FACES_ALL = /[\u{1F61E}\u{1F614}\u{1F641}\u{2639}\u{1F629}\u{1F62B}\u{1F97A}\u{1F494}\u{1F623}\u{1F616}]/gu;
const SAD_FACES = /[\u{1F62D}\u{1F622}\u{1F625}\u{1F63F}\u{1F61E}\u{1F614}\u{1F641}\u{2639}\u{1F629}\u{1F62B}\u{1F97A}\u{1F494}\u{1F623}\u{1F616}]/u;

/** The apostrophe forms parents' keyboards produce, all turned into a plain one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

function expandContractions(text: string): string {
  return text
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/\blet's\b/g, 'let us')
    .replace(/\b(he|she|it|that|what|who|there|here|where|how)'s\b/g, '$1 is')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/\b(i|you|we|they|he|she)'d\b/g, '$1 would')
    // Possessives: "son's plan" -> "son plan"; the owner word is what matters.
    .replace(/(\w)'s\b/g, '$1')
    .replace(/(\w)s'(?=\s|$)/g, '$1s');
}

/**
 * The plain form of a message: lower case, words separated by single spaces, no punctuation.
 * "lets" becomes "let us" where it starts a suggestion ("lets start again"), not in "he lets me".
 */
export function normaliseText(text: string): string {
  let t = text.toLowerCase().replace(APOSTROPHES, "'");
  // Some parents say it with a face: crying and sad faces become words, so they are heard as upset.
  if (SAD_FACES.test(t)) t = t.replace(CRYING_FACES_ALL, ' crying ').replace(SAD_FACES_ALL, ' sad ');
  // Every contraction has an apostrophe; most messages have none.
  if (t.includes("'")) t = expandContractions(t);
  // Keep letters, digits, apostrophe-free words; hyphens and slashes separate words.
  t = t.replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim();
  t = correctTypedWords(t).replace(/\s+/g, ' ').trim();
  t = phraseFixes(t);
  if (t.includes('lets')) t = t.replace(/^lets\b/, 'let us').replace(/\blets (start|go|begin|try|do|talk|stop|get|see|have|move|change|restart|look|just|carry|leave|forget|cancel|quit)\b/g, 'let us $1');
  return t.replace(/\s+/g, ' ').trim();
}

/** Number of words in a normalised text. */
export function wordCount(normalised: string): number {
  return normalised ? normalised.split(' ').length : 0;
}
