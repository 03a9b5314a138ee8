import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import type { SqliteDb } from './sqliteDatabase';
import { markReadJson, newETag, offeredJson } from '../stateJson';

/**
 * A botbuilder `Storage` in the embedded database, so a parent's place in a guided flow survives
 * a crash or a restart. Optimistic concurrency as in botbuilder's own storages: every write gets a
 * new eTag; a write carrying an older eTag throws (nothing in that batch is written); no eTag or
 * `*` overwrites. Rows are erased per conversation ("clear this conversation") and purged a set
 * time after their last write (retention).
 */
export class SqliteBotStorage implements Storage, ConversationDataOwner {
  readonly name = 'conversation state';
  private readonly selectOne;
  private readonly upsert;
  private readonly deleteOne;
  private readonly updateIfTag;
  private readonly insertIfAbsent;

  constructor(private readonly db: SqliteDb, private readonly now: () => number = Date.now) {
    this.selectOne = db.prepare<[string], { data: string; etag: string }>('SELECT data, etag FROM bot_state WHERE key = ?');
    this.upsert = db.prepare<[string, string | null, string, string, number]>(
      `INSERT INTO bot_state (key, conversation_id, data, etag, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`,
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
    // A conditional write in one statement: no reading the stored state back just to compare eTags.
    this.updateIfTag = db.prepare<[string, string, number, string, string]>(
      'UPDATE bot_state SET data = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?');
    this.insertIfAbsent = db.prepare<[string, string | null, string, string, number]>(
      'INSERT INTO bot_state (key, conversation_id, data, etag, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (!row) continue;
      const item: StoreItem = { ...(JSON.parse(row.data) as StoreItem), eTag: row.etag };
      // The stored text is what change tracking would otherwise stringify the item to.
      markReadJson(item, row.data);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const at = this.now();
    const newTags = new Map<string, string>();
    // One transaction: a conflict on any key leaves every key (and every item) as it was.
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
        const { eTag, ...data } = item ?? {};
        const newTag = newETag();
        const json = (item && offeredJson(item)) ?? JSON.stringify(data);
        if (eTag && eTag !== '*') {
          // Only if the row still has the eTag the writer read (or is not there at all).
          const written = this.updateIfTag.run(json, newTag, at, key, eTag).changes
            || this.insertIfAbsent.run(key, conversationIdOf(key), json, newTag, at).changes;
          if (!written) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        } else {
          this.upsert.run(key, conversationIdOf(key), json, newTag, at);
        }
        newTags.set(key, newTag);
      }
    })();
    // Like the other storages' callers expect: each item now carries the eTag it was stored with.
    for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) if (item && typeof item === 'object') item.eTag = newTags.get(key);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.db.transaction(() => { for (const key of keys) this.deleteOne.run(key); })();
  }

  async eraseConversation(conversationId: string): Promise<number> {
    return this.db.prepare('DELETE FROM bot_state WHERE conversation_id = ?').run(conversationId).changes;
  }

  /** Deletes every record not written for `hours` (retention); returns how many went. */
  purgeOlderThan(hours: number): number {
    const cutoff = this.now() - hours * 3_600_000;
    return this.db.prepare('DELETE FROM bot_state WHERE updated_at < ?').run(cutoff).changes;
  }
}

/**
 * The conversation a botbuilder storage key belongs to: ConversationState uses
 * "channel/conversations/ID/namespace", PrivateConversationState
 * "channel/conversations/ID/users/USER/namespace". UserState keys ("channel/users/USER/...")
 * belong to no one conversation.
 */
export function conversationIdOf(key: string): string | null {
  const m = /^[^/]*\/conversations\/([^/]+)(?:\/.*)?$/.exec(key);
  return m ? m[1] : null;
}
