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

export function isTooBroadToAnswer(text: string): boolean {
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
