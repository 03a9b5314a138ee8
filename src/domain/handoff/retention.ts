import type { HandoffQueue } from './handoffQueue';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Handoffs created before this moment (ISO) are past their retention period. */
export function handoffRetentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}

/** Deletes every handoff older than the retention period; returns how many went. */
export async function purgeExpiredHandoffs(queue: HandoffQueue, retentionDays: number, now: Date): Promise<number> {
  return queue.purgeCreatedBefore(handoffRetentionCutoff(now, retentionDays));
}
