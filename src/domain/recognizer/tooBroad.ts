import { asksAtTheStart } from '../text/questionSentence';
import { normaliseSendText } from './sendTerms';

/**
 * A message of one or two everyday words that names no question ("school", "the letter", "my
 * son"): the knowledge base would pick some article about it, often the wrong one, so the bot
 * asks what they want to know. Topic words that are questions in themselves ("mediation", "ehcp",
 * "tribunal", "annual review") are not here: they get their article.
 */
const BROAD_WORDS = new Set([
  'school', 'schools', 'letter', 'letters', 'email', 'emails', 'council', 'la', 'local authority', 'son', 'daughter', 'child',
  'kid', 'kids', 'children', 'boy', 'girl', 'problem', 'problems', 'question', 'questions', 'issue', 'issues', 'meeting',
  'meetings', 'form', 'forms', 'report', 'reports', 'teacher', 'teachers', 'nursery', 'college', 'paperwork', 'document',
  'documents', 'phone call', 'call', 'message', 'it', 'this', 'that', 'stuff', 'things', 'something', 'everything',
]);
const FILLER = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'about', 're', 'regarding', 'from', 'ok', 'so', 'um', 'erm', 'hi', 'hello', 'please']);

/** "What happens next?" with nothing before it to be next to: any article's "what you can do next" would be a guess. */
const NEXT_ALONE = /^(?:(?:so|ok|okay|and|right|then|well|but)\s+)*(?:what happens (?:next|now)|what s next|whats next|what is next|what next|what now|what comes next|then what|what do (?:i|we) do (?:next|now))\s*\??$/;

export function isTooBroadToAnswer(text: string): boolean {
  if (NEXT_ALONE.test(normaliseSendText(text))) return true;
  const words = normaliseSendText(text).split(' ').filter((w) => w && !FILLER.has(w));
  if (words.length === 0 || words.length > 2) return false;
  return BROAD_WORDS.has(words.join(' ')) || words.every((w) => BROAD_WORDS.has(w));
}

/**
 * "School said no, what now?": no to what? An assessment refused by the council, a plan refused
 * after one, and a school that will not back a request all have different next steps.
 */
export function saidNoToWhat(text: string): boolean {
  return /^(?:so |and |well )?(?:the )?(?:school|council|they|senco|head|head teacher|nursery|college) (?:have |has |just |now )?(?:said|say|says|told (?:me|us)) no(?: again| to us| to me)?(?: (?:what|now|what now|now what|what next|what do i do|what do we do|what can i do|what can we do|help|please))*$/.test(normaliseSendText(text));
}

/** Words that ask for something, wherever they are in a message. */
const ASKS_FOR_SOMETHING = /\b(?:help|helps|want|wants|wanted|would like|need (?:to|some|help|advice|information|info)|advice|advise|looking for|tell me|explain|information|info|please|wondering|not sure (?:what|how|where|if|whether)|do not know (?:what|how|where|if|whether)|what (?:can|should|do|shall) (?:i|we)|any (?:ideas|tips|suggestions))\b/;
/**
 * Words that name a part of the SEND system: a message with one is about that, and the knowledge base can answer it.
 * (Not where the child is, "year 1 at a mainstream primary": that is background.)
 */
const NAMES_A_SEND_TOPIC = /\b(?:section [a-k]|named|name the school|ehcp|ehcp assessment|assessment|assessed|assess|senco|council|plan|annual review|review|tribunal|mediation|appeal|exclu\w+|suspen\w+|sen support|support|sendiass|diagnos\w+|referral|camhs|paediatrician|educational psychologist|provision|complain\w*|complaint|part time|timetable|transport|local offer|budget|letter|reports?|refus\w*|deadline|teaching assistant|send|sen)\b/;
/** "my son has dyslexia can he get a reader": a question turned round mid-message, with no question mark. */
const TURNED_ROUND_QUESTION = /\b(?:can|could|will|would|should|shall|do|does|did|is|are|has|have|must|may) (?:i|we|he|she|they|you)\b/;
const CHILD = /\b(?:he|she|they|him|her|them|my (?:son|daughter|child|boy|girl|kid|little one|toddler|teenager))\b/;

/**
 * "He struggles to read and write and gets very anxious. He won't sleep.": a parent telling us
 * about their child, with nothing asked yet and no part of the SEND system named. Any article would
 * be a guess (it once picked the tribunal's evidence); a kind question back helps more.
 */
export function describesChildWithoutAsking(text: string): boolean {
  const raw = text.trim();
  if (/\?/.test(raw)) return false;
  // (Clauses too: "we live in cardiff, how do i get an idp" asks, after its comma.)
  const sentences = raw.split(/(?<=[.!;,])\s+|\n+|\s+(?=(?:and|but|so) (?:how|what|can|could|should|where|when|why|do|does|is|are)\b)/i).map((s) => s.trim().replace(/^(?:and|but|so) /i, '')).filter(Boolean);
  if (sentences.some((s) => asksAtTheStart(s))) return false;
  const t = normaliseSendText(raw);
  if (t.split(' ').length < 8) return false;
  return CHILD.test(t) && !ASKS_FOR_SOMETHING.test(t) && !NAMES_A_SEND_TOPIC.test(t) && !TURNED_ROUND_QUESTION.test(t);
}

/** Words that make a parent's account sound hard going (not "school haven't sent anything yet"). */
const SOUNDS_HARD = /\b(?:struggl\w*|anxious|anxiety|upset\w*|hard|difficult\w*|crying|cries|tears|meltdowns?|not coping|cannot cope|can not cope|scared|frightened|worried|distress\w*|bullied|hurt\w*|hates?|self harm\w*|angry|aggressive|exhausted|desperate|breaking down|won t|will not (?:sleep|eat|go)|cannot (?:sleep|eat)|not sleeping|not eating)\b/;

/** True when a parent's account sounds hard going, so a kind word fits before the question back. */
export function soundsHard(text: string): boolean {
  return SOUNDS_HARD.test(normaliseSendText(text));
}
