import type { Intent } from './recognizer';

/**
 * A small TF-IDF nearest-neighbour scorer: how close a message is to each intent's example
 * phrases, in words and word pairs. It generalises the hand-written rules to wording they do not
 * list; it is never the only evidence for an interruption (see localRecognizer.ts).
 */

/**
 * Feature weights in the order the features first appear. Features seen in training are numbered
 * (ids); a feature never seen in training has id -1: it only adds to the vector's length.
 */
interface Vector {
  readonly ids: readonly number[];
  readonly values: readonly number[];
  readonly norm: number;
}

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

function norm(values: readonly number[]): number {
  let sum = 0;
  for (const x of values) sum += x * x;
  return Math.sqrt(sum);
}

export class BagOfWordsScorer {
  /** Every feature seen in training, numbered. */
  private readonly ids = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly unseenIdf: number;
  /** The intents with example phrases; an example's intent is an index into this list. */
  private readonly intents: Intent[] = [];
  private readonly examples: Array<{ intent: number; vector: Vector }> = [];
  /** Feature id -> the examples that have it, and its weight in each. */
  private readonly postings: Array<{ readonly examples: number[]; readonly weights: number[] }> = [];
  // Scratch space for score(), kept to save allocating it each call.
  /** One slot per feature id, all 0 between calls: the message's weights, for look-ups by id. */
  private readonly messageWeights: Float64Array;
  /** One slot per example. */
  private readonly queryOrderDot: Float64Array;
  /** One slot per intent: the closest and second closest example's cosine. */
  private readonly first: Float64Array;
  private readonly second: Float64Array;

  constructor(phrases: Readonly<Partial<Record<Intent, readonly string[]>>>, normalise: (text: string) => string) {
    const docs: Array<{ intent: number; feats: string[] }> = [];
    for (const [intent, list] of Object.entries(phrases) as Array<[Intent, readonly string[]]>) {
      const index = this.intents.push(intent) - 1;
      for (const phrase of list) docs.push({ intent: index, feats: features(normalise(phrase)) });
    }
    const df = new Map<string, number>();
    for (const d of docs) for (const f of new Set(d.feats)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) {
      this.ids.set(f, this.idf.length);
      this.idf.push(Math.log((docs.length + 1) / (n + 1)) + 1);
      this.postings.push({ examples: [], weights: [] });
    }
    this.unseenIdf = Math.log(docs.length + 1) + 1;
    this.messageWeights = new Float64Array(this.idf.length);
    this.queryOrderDot = new Float64Array(docs.length);
    this.first = new Float64Array(this.intents.length);
    this.second = new Float64Array(this.intents.length);
    for (const d of docs) {
      const vector = this.vectorOf(d.feats);
      const index = this.examples.push({ intent: d.intent, vector }) - 1;
      vector.ids.forEach((id, j) => {
        this.postings[id].examples.push(index);
        this.postings[id].weights.push(vector.values[j]);
      });
    }
  }

  private vectorOf(feats: readonly string[]): Vector {
    const at = new Map<string, number>();
    const ids: number[] = [];
    const values: number[] = [];
    for (const f of feats) {
      const id = this.ids.get(f) ?? -1;
      // Words never seen in training match nothing but still count in the length, so "help with
      // his handwriting" is not as close to "help" as "help" itself.
      const weight = id < 0 ? this.unseenIdf : this.idf[id];
      const i = at.get(f);
      if (i === undefined) {
        at.set(f, ids.length);
        ids.push(id);
        values.push(weight);
      } else {
        values[i] += weight;
      }
    }
    return { ids, values, norm: norm(values) };
  }

  /**
   * 0..1 per intent: mostly the closest example, partly the second closest, by cosine.
   *
   * A dot product sums over the shorter of the two vectors (the example, when they are as long),
   * in that vector's order: a floating-point sum can change in the last bit with the order, and
   * scores must not.
   */
  score(normalised: string): Map<Intent, number> {
    const query = this.vectorOf(features(normalised));
    // Dot products in the message's order, through the index. An example sharing no feature with
    // the message stays at 0, and is skipped: 0 never raises a best score.
    const { queryOrderDot, first, second } = this;
    queryOrderDot.fill(0);
    first.fill(0);
    second.fill(0);
    for (let j = 0; j < query.ids.length; j++) {
      const id = query.ids[j];
      if (id < 0) continue;
      this.messageWeights[id] = query.values[j];
      const { examples, weights } = this.postings[id];
      for (let p = 0; p < examples.length; p++) queryOrderDot[examples[p]] += query.values[j] * weights[p];
    }
    for (let i = 0; i < this.examples.length; i++) {
      if (queryOrderDot[i] === 0) continue;
      const { intent, vector } = this.examples[i];
      const dot = query.ids.length < vector.ids.length ? queryOrderDot[i] : this.exampleOrderDot(vector);
      const n = query.norm * vector.norm;
      const s = n === 0 ? 0 : dot / n;
      if (s > first[intent]) {
        second[intent] = first[intent];
        first[intent] = s;
      } else if (s > second[intent]) {
        second[intent] = s;
      }
    }
    for (const id of query.ids) if (id >= 0) this.messageWeights[id] = 0;
    const scores = new Map<Intent, number>();
    for (let k = 0; k < this.intents.length; k++) {
      if (first[k] > 0) scores.set(this.intents[k], 0.75 * first[k] + 0.25 * Math.max(second[k], first[k] * 0.8));
    }
    return scores;
  }

  /** An example's dot product with the message (whose weights are in messageWeights), in the example's order. */
  private exampleOrderDot(example: Vector): number {
    let dot = 0;
    for (let j = 0; j < example.ids.length; j++) dot += example.values[j] * this.messageWeights[example.ids[j]];
    return dot;
  }
}
