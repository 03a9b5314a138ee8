/**
 * Two questions in one message ("How long does the council have to decide? And can I ask for a
 * personal budget?", "what is the local offer and what is an SEN information report"): each one,
 * with the sentences of background before them, so each can be answered on its own. A parent on a
 * phone asks everything at once; answering only the first loses the second without a word.
 */
import { asksAtTheStart } from './questionSentence';

/** Words that join a second question on ("also", "and", "plus") and do not change it. */
const JOINER = /^(?:and also|and|also|plus|oh and|another thing|and another thing|second(?:ly)?|2nd|then)[,:]?\s+/i;
/** "..., and what happens if we move?": a second question joined inside one sentence. */
const JOINED = /,?\s+(?:and|also|plus)\s+(?=(?:what|how|when|who|why|where|which|can|could|do|does|did|is|are|will|would|should|must|has|have)\b)/i;
/** "1) ... 2) ...", "1. ... 2. ...": questions numbered. */
const NUMBERED = /(?:^|\s)(?:1[.)]|\(1\))\s+(.+?)\s+(?:2[.)]|\(2\))\s+(.+)$/;
/** A part this short is no question of its own ("and why?"). */
const MIN_WORDS = 3;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const asks = (s: string) => s.trim().endsWith('?') || asksAtTheStart(s.trim().replace(JOINER, ''));
const clean = (s: string) => s.trim().replace(JOINER, '').trim();

/** The two questions, each with the background said before the first; undefined for one question (or none). */
export function twoQuestionsIn(text: string): readonly [string, string] | undefined {
  const parts = splitInTwo(text);
  // ("What is a part-time timetable and can school force one?": the second leans on the first, so it is one question.)
  return parts && !LEANS_ON_THE_FIRST.test(parts[1].toLowerCase()) ? parts : undefined;
}

/** A second question that points back to the first's topic ("can school force one", "do they have to do it"). */
const LEANS_ON_THE_FIRST = /\b(?:one|ones|it|them|that|this|those|these)(?: (?:too|as well|then|either))?[\s?.!]*$/;

function splitInTwo(text: string): readonly [string, string] | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const numbered = NUMBERED.exec(t);
  if (numbered) {
    const background = t.slice(0, numbered.index).replace(/(?:two|2) questions?[:.]?\s*$/i, '').trim();
    return withBackground(background, clean(numbered[1]!), clean(numbered[2]!));
  }
  const sentences = t.split(/(?<=[?!.])\s+/).filter(Boolean);
  const questionAt = sentences.map(asks);
  const first = questionAt.indexOf(true);
  if (first < 0) return undefined;
  const background = sentences.slice(0, first).join(' ');
  const second = questionAt.indexOf(true, first + 1);
  if (second >= 0) return withBackground(background, clean(sentences[first]!), clean(sentences[second]!));
  // One question sentence: two questions joined by "and" inside it.
  const sentence = sentences[first]!;
  const m = JOINED.exec(sentence);
  if (!m || m.index === 0) return undefined;
  const a = sentence.slice(0, m.index);
  const b = sentence.slice(m.index + m[0].length);
  if (!asksAtTheStart(clean(a)) || words(b) < MIN_WORDS) return undefined;
  return withBackground(background, clean(a), clean(b));
}

function withBackground(background: string, a: string, b: string): readonly [string, string] | undefined {
  if (words(a) < MIN_WORDS || words(b) < MIN_WORDS) return undefined;
  const add = (q: string) => (background ? `${background} ${q}` : q);
  return [add(a), add(b)];
}
