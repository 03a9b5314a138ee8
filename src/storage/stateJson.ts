import crypto from 'node:crypto';

/**
 * Conversation state goes to JSON and back every turn: the change tracking in
 * src/bot/jsonChangeTracking.ts compares it as JSON, and the storages keep it as JSON. These
 * hand-overs let each side use the other's string instead of making its own, which halves the
 * stringifying of a turn. They are kept beside the items (weak maps), not on them, so they are
 * never stored, copied or serialised, and the items keep their shape.
 */

/** Items a storage has just read: the exact JSON of their content (without the eTag). */
const readAs = new WeakMap<object, string>();
/** Items being written: the JSON of their content (without the eTag), made just before. */
const writeAs = new WeakMap<object, string>();

/** For storages: this item was parsed from `json` (the content only, no eTag). */
export function markReadJson(item: object, json: string): void {
  readAs.set(item, json);
}

/** For change tracking: the JSON the item was read from, if the storage said; said only once. */
export function takeReadJson(item: object): string | undefined {
  const json = readAs.get(item);
  readAs.delete(item);
  return json;
}

/**
 * For change tracking: runs `write` with the item's content JSON on offer to the storage. The
 * offer ends with the write, so a later change to the item can never be written as stale JSON.
 */
export async function writingWithJson<T>(item: object, json: string, write: () => Promise<T>): Promise<T> {
  writeAs.set(item, json);
  try {
    return await write();
  } finally {
    writeAs.delete(item);
  }
}

/** For storages: the content JSON on offer for this item, if any. */
export function offeredJson(item: object): string | undefined {
  return writeAs.get(item);
}

/** For a wrapper that hands the storage a copy of the item: the copy carries the offer too. */
export function carryOfferedJson(from: object, to: object): void {
  const json = offeredJson(from);
  if (json !== undefined) writeAs.set(to, json);
}

/** A new eTag. Only its uniqueness matters; randomUUID draws on a cached pool, so it is cheap. */
export function newETag(): string {
  return crypto.randomUUID();
}
