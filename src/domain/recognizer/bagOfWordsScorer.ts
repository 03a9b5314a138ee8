import type { Intent } from './recognizer';

/**
 * A small TF-IDF nearest-neighbour scorer: how close a message is to each intent's example
 * phrases, in words and word pairs. It generalises the hand-written rules to wording they do not
 * list; it is never the only evidence for an interruption (see localRecognizer.ts).
 */

type Vector = Map<string, number>;

/** Rough stem, so "appealing", "appealed" and "appeals" meet "appeal". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function features(normalised: string): string[] {
  const words = normalised.split(' ').filter(Boolean).map(stem);
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...pairs];
}

function norm(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) dot += x * (large.get(k) ?? 0);
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}

export class BagOfWordsScorer {
  private readonly idf = new Map<string, number>();
  private readonly examples: Array<{ intent: Intent; vector: Vector }> = [];

  constructor(phrases: Readonly<Partial<Record<Intent, readonly string[]>>>, normalise: (text: string) => string) {
    const docs: Array<{ intent: Intent; feats: string[] }> = [];
    for (const [intent, list] of Object.entries(phrases) as Array<[Intent, readonly string[]]>) {
      for (const phrase of list) docs.push({ intent, feats: features(normalise(phrase)) });
    }
    const df = new Map<string, number>();
    for (const d of docs) for (const f of new Set(d.feats)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log((docs.length + 1) / (n + 1)) + 1);
    this.unseenIdf = Math.log(docs.length + 1) + 1;
    for (const d of docs) this.examples.push({ intent: d.intent, vector: this.vectorOf(d.feats) });
  }

  private unseenIdf = 1;

  private vectorOf(feats: readonly string[]): Vector {
    const v: Vector = new Map();
    // Words never seen in training match nothing but still count in the length, so "help with
    // his handwriting" is not as close to "help" as "help" itself.
    for (const f of feats) v.set(f, (v.get(f) ?? 0) + (this.idf.get(f) ?? this.unseenIdf));
    return v;
  }

  /** 0..1 per intent: mostly the closest example, partly the second closest. */
  score(normalised: string): Map<Intent, number> {
    const query = this.vectorOf(features(normalised));
    const best = new Map<Intent, [number, number]>();
    for (const { intent, vector } of this.examples) {
      const s = cosine(query, vector);
      const [first, second] = best.get(intent) ?? [0, 0];
      if (s > first) best.set(intent, [s, first]);
      else if (s > second) best.set(intent, [first, s]);
    }
    const scores = new Map<Intent, number>();
    for (const [intent, [first, second]] of best) scores.set(intent, 0.75 * first + 0.25 * Math.max(second, first * 0.8));
    return scores;
  }
}
