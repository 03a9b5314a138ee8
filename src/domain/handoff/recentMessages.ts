/**
 * The recent messages of a conversation, kept so that (with consent) an adviser can read them.
 * Capped so conversation state stays small; long messages are shortened, not dropped.
 */
import type { TranscriptEntry } from './handoffQueue';

export const RECENT_MESSAGES_CAP = 60;
export const MAX_ENTRY_CHARS = 4000;

/** A new list with the entry added and the oldest entries dropped beyond the cap. */
export function appendRecent(list: readonly TranscriptEntry[], entry: TranscriptEntry, cap = RECENT_MESSAGES_CAP): TranscriptEntry[] {
  const text = entry.text.length > MAX_ENTRY_CHARS ? `${entry.text.slice(0, MAX_ENTRY_CHARS)}…` : entry.text;
  const next = [...list, { ...entry, text }];
  return next.length > cap ? next.slice(next.length - cap) : next;
}
