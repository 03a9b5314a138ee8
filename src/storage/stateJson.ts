import crypto from 'node:crypto';

/**
 * Conversation state goes to JSON and back every turn: the change tracking in
 * src/bot/jsonChangeTracking.ts compares it as JSON, and the storages keep it as JSON. These
 * hand-overs let each side use the other's string instead of making its own, which halves the
 * stringifying of a turn. Both are hidden properties (symbols, not enumerable), so they are never
 * stored, copied by a spread or seen by JSON.stringify.
 */

/** On an item a storage has just read: the exact JSON of its content (without the eTag). */
const READ_AS = Symbol('JSON the item was read from');
/** On an item being written: the JSON of its content (without the eTag), made just before. */
const WRITE_AS = Symbol('JSON of the item to write');

type Hinted = { [READ_AS]?: string; [WRITE_AS]?: string };

function hide(item: object, key: symbol, json: string | undefined): void {
  Object.defineProperty(item, key, { value: json, enumerable: false, writable: true, configurable: true });
}

/** For storages: this item was parsed from `json` (the content only, no eTag). */
export function markReadJson(item: object, json: string): void {
  hide(item, READ_AS, json);
}

/** For change tracking: the JSON the item was read from, if the storage said; said only once. */
export function takeReadJson(item: object): string | undefined {
  const json = (item as Hinted)[READ_AS];
  if (json !== undefined) hide(item, READ_AS, undefined);
  return json;
}

/**
 * For change tracking: runs `write` with the item's content JSON on offer to the storage. The
 * offer ends with the write, so a later change to the item can never be written as stale JSON.
 */
export async function writingWithJson<T>(item: object, json: string, write: () => Promise<T>): Promise<T> {
  hide(item, WRITE_AS, json);
  try {
    return await write();
  } finally {
    hide(item, WRITE_AS, undefined);
  }
}

/** For storages: the content JSON on offer for this item, if any. */
export function offeredJson(item: object): string | undefined {
  return (item as Hinted)[WRITE_AS];
}

/** For a wrapper that hands the storage a copy of the item: the copy carries the offer too. */
export function carryOfferedJson(from: object, to: object): void {
  const json = offeredJson(from);
  if (json !== undefined) hide(to, WRITE_AS, json);
}

/** A new eTag. Only its uniqueness matters; randomUUID draws on a cached pool, so it is cheap. */
export function newETag(): string {
  return crypto.randomUUID();
}
