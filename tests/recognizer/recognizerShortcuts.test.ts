import assert from 'node:assert/strict';
import { BagOfWordsScorer } from '../../src/domain/recognizer/bagOfWordsScorer';
import { anyOf, inGroups, inOrder } from '../../src/domain/recognizer/combinedPatterns';
import { detectSafeguardingRisk } from '../../src/domain/recognizer/safeguardingDetector';
import { normaliseSendText } from '../../src/domain/recognizer/sendTerms';
import { TRAINING_PHRASES } from '../../src/domain/recognizer/trainingPhrases';
import type { Intent } from '../../src/domain/recognizer/recognizer';
import { NEAR_MISSES, RISK_PHRASES } from './safeguardingPhrases';

// The recognizer takes shortcuts for speed (combined patterns, an index, remembered results).
// These tests hold each shortcut to the plain way of doing the same thing.

const MESSAGES = [
  'what is an ehcp?', 'I want to apply for an EHCP for my son', 'can I talk to someone', 'thanks, that helps',
  'he hits his head when overwhelmed. school want a sensory plan', 'the council refused to assess, what now?',
  'go back', 'help help help', 'my daughter is 7 and autistic, she is not coping at school; what can I do?',
  'Σ İ ’ ´ emoji 🙂 and a tab\tand\nlines', '', '   ', 'ta', 'lets start again', 'constructor',
  ...RISK_PHRASES.map((p) => p.text), ...NEAR_MISSES,
  ...Object.values(TRAINING_PHRASES).flat(),
];

describe('combined patterns', () => {
  const patterns = [/\bcat\b/, /(?<victim>him|her) (?:again|now)$/, /(?<victim>me|us)\b/, /(?<!no )dogs?/, /^start/];
  const any = anyOf(patterns);
  for (const text of ['cat', 'the cat sat', 'catalogue', 'hit him again', 'hit him', 'leave us', 'no dogs', 'no dog but dogs', 'start here', 'a start', '']) {
    it(`matches "${text}" exactly when one of the patterns does`, () => {
      assert.equal(any.test(text), patterns.some((p) => p.test(text)));
    });
  }

  it('refuses patterns it can not combine safely', () => {
    assert.throws(() => anyOf([/a/i]));
    assert.throws(() => anyOf([/(a)\1/]));
  });

  it('applies replacements in order, as a plain loop does', () => {
    const replacements: Array<[RegExp, string]> = [[/\bsome one\b/g, 'someone'], [/\bsomeone\b/g, 'a person'], [/\b(my|him) self\b/g, '$1self']];
    const plain = (text: string) => replacements.reduce((t, [re, r]) => t.replace(re, r), text);
    const fast = inOrder(replacements);
    for (const text of ['some one came', 'someone', 'by my self', 'nothing here', 'him self and some one']) assert.equal(fast(text), plain(text));
  });

  it('keeps every item, in order, in its groups', () => {
    const items = Array.from({ length: 23 }, (_, i) => new RegExp(`x${i}y`));
    const groups = inGroups(items, 8, (re) => re);
    assert.deepEqual(groups.map((g) => g.items.length), [8, 8, 7]);
    assert.deepEqual(groups.flatMap((g) => g.items), items);
  });
});

/** The scorer as first written: every example, both lengths worked out on every comparison. */
function plainScorer(phrases: Readonly<Partial<Record<Intent, readonly string[]>>>): (message: string) => Map<Intent, number> {
  const stem = (w: string) => (w.length > 5 && w.endsWith('ing') ? w.slice(0, -3) : w.length > 4 && w.endsWith('ed') ? w.slice(0, -2)
    : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  const features = (n: string) => {
    const words = n.split(' ').filter(Boolean).map(stem);
    return [...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)];
  };
  const docs = (Object.entries(phrases) as Array<[Intent, readonly string[]]>).flatMap(([intent, list]) => list.map((p) => ({ intent, feats: features(normaliseSendText(p)) })));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.feats)) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log((docs.length + 1) / (n + 1)) + 1] as const));
  const unseen = Math.log(docs.length + 1) + 1;
  const vectorOf = (feats: string[]) => {
    const v = new Map<string, number>();
    for (const f of feats) v.set(f, (v.get(f) ?? 0) + (idf.get(f) ?? unseen));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [k, x] of small) dot += x * (large.get(k) ?? 0);
    const n = norm(a) * norm(b);
    return n === 0 ? 0 : dot / n;
  };
  const examples = docs.map((d) => ({ intent: d.intent, vector: vectorOf(d.feats) }));
  return (message) => {
    const query = vectorOf(features(normaliseSendText(message)));
    const best = new Map<Intent, [number, number]>();
    for (const { intent, vector } of examples) {
      const s = cosine(query, vector);
      const [first, second] = best.get(intent) ?? [0, 0];
      if (s > first) best.set(intent, [s, first]);
      else if (s > second) best.set(intent, [first, s]);
    }
    return new Map([...best].map(([intent, [first, second]]) => [intent, 0.75 * first + 0.25 * Math.max(second, first * 0.8)] as const));
  };
}

describe('example-phrase scorer', () => {
  const scorer = new BagOfWordsScorer(TRAINING_PHRASES, normaliseSendText);
  it('gives exactly the scores of comparing the message with every example, to the last bit', () => {
    const plain = plainScorer(TRAINING_PHRASES);
    for (const text of MESSAGES) assert.deepEqual([...scorer.score(normaliseSendText(text))], [...plain(text)], text);
  });

  it('works with phrases of its own, repeated words and empty messages', () => {
    const phrases = { greeting: ['hi hi there', 'hello'], thanks: ['thanks thanks', 'thank you so much'], help: [] };
    const own = new BagOfWordsScorer(phrases, normaliseSendText);
    const plain = plainScorer(phrases);
    for (const text of ['hi hi hi', 'thanks there', 'hello thank you', '', 'nothing alike']) {
      assert.deepEqual([...own.score(normaliseSendText(text))], [...plain(text)], text);
    }
  });
});

describe('remembered results', () => {
  it('a caller changing the safeguarding answer it was given does not change the next answer', () => {
    const text = 'he said he wants to kill himself';
    const first = detectSafeguardingRisk(text);
    const kept = structuredClone(first);
    first.kinds.push('neglect');
    first.atRisk = false;
    assert.deepEqual(detectSafeguardingRisk(text), kept);
  });

  it('normalising a text again, remembered or not, gives the same text', () => {
    const first = MESSAGES.map((text) => normaliseSendText(text));
    assert.deepEqual(MESSAGES.map((text) => normaliseSendText(text)), first);
    assert.deepEqual([...MESSAGES].reverse().map((text) => normaliseSendText(text)), [...first].reverse());
  });

  it('a sentence followed only by stops and spaces normalises as the sentence alone (the detector relies on it)', () => {
    for (const text of MESSAGES) {
      for (const tail of ['?', '.', '!!', '? ', ';\n', ' . ', '\t']) assert.equal(normaliseSendText(text + tail), normaliseSendText(text), JSON.stringify(text + tail));
    }
  });
});
