import { performance } from 'node:perf_hooks';
import { DirectLineClient } from './directLineClient';
import { runParent, seededRandom, type TurnRecorder, type VisitKind } from './simulatedParent';

/**
 * Drives `concurrency` simulated parents against one server: a warm-up that is not counted, then
 * the measured window. When the window closes no parent starts another message; the ones in
 * flight finish (each bounded by the answer timeout), so the run always stops.
 */

export interface LoadOptions {
  readonly url: string;
  readonly concurrency: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

export interface LoadResult {
  readonly latenciesMs: number[];
  /** From the start of the measured window until the last parent stopped. */
  readonly elapsedSeconds: number;
  readonly errors: number;
  readonly offScript: number;
  readonly visits: Record<VisitKind, number>;
  /** The same latencies, by the kind of visit the message belonged to. */
  readonly latenciesByVisit: Record<VisitKind, number[]>;
  /** Bot messages received in answer to the counted messages. */
  readonly replies: number;
  /** How long each visit took to start: a conversation asked for, its stream open, the welcome in. */
  readonly startsMs: number[];
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const measureUntil = measureFrom + options.seconds * 1000;
  const latenciesMs: number[] = [];
  let errors = 0;
  let offScript = 0;
  let replies = 0;
  const startsMs: number[] = [];
  const errorReasons = new Map<string, number>();
  const offScriptSeen = new Set<string>();

  const latenciesByVisit: Record<VisitKind, number[]> = { kb: [], smalltalk: [], mediation: [], ehc: [], handoff: [] };
  const recorder: TurnRecorder = {
    turn(startedAt, latencyMs, visit, replyCount) {
      if (startedAt < measureFrom) return;
      replies += replyCount;
      latenciesMs.push(latencyMs);
      latenciesByVisit[visit].push(latencyMs);
    },
    started(at, ms) {
      if (at >= measureFrom) startsMs.push(ms);
    },
    error(at, reason) {
      if (at < measureFrom) return;
      errors++;
      const count = (errorReasons.get(reason) ?? 0) + 1;
      errorReasons.set(reason, count);
      if (count === 1) options.log(`error: ${reason}`);
    },
    offScript(at, visit, step, kinds) {
      if (at < measureFrom) return;
      offScript++;
      const key = `${visit}#${step}`;
      if (!offScriptSeen.has(key)) {
        offScriptSeen.add(key);
        options.log(`note: a ${visit} visit went off script at step ${step + 1} (the bot replied: ${kinds.join(', ')})`);
      }
    },
  };

  // Each parent has at most one request open at a time (its stream is a WebSocket of its own).
  const client = new DirectLineClient(options.url, options.concurrency);
  const stopped = () => performance.now() >= measureUntil;
  const visits: Record<VisitKind, number> = { kb: 0, smalltalk: 0, mediation: 0, ehc: 0, handoff: 0 };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_v, i) => runParent({
      client,
      // The same seeds for every server, so each one hears the same conversations.
      random: seededRandom(1009 * (i + 1)),
      stopped,
      recorder,
      timeoutMs: options.timeoutMs,
      onVisit: (kind) => { if (performance.now() >= measureFrom) visits[kind]++; },
    })));
  } finally {
    client.close();
  }
  const elapsedSeconds = (Math.max(performance.now(), measureUntil) - measureFrom) / 1000;
  if (errorReasons.size > 1) options.log(`errors by reason: ${[...errorReasons].map(([r, n]) => `${n} x ${r}`).join('; ')}`);
  return { latenciesMs, elapsedSeconds, errors, offScript, visits, latenciesByVisit, replies, startsMs };
}
