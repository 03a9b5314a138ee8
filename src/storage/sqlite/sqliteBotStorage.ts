import crypto from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import type { SqliteDb } from './sqliteDatabase';

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

  constructor(private readonly db: SqliteDb, private readonly now: () => number = Date.now) {
    this.selectOne = db.prepare<[string], { data: string; etag: string }>('SELECT data, etag FROM bot_state WHERE key = ?');
    this.upsert = db.prepare<[string, string | null, string, string, number]>(
      `INSERT INTO bot_state (key, conversation_id, data, etag, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`,
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...(JSON.parse(row.data) as StoreItem), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const at = this.now();
    // One transaction: a conflict on any key leaves every key as it was.
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
        const { eTag, ...data } = item ?? {};
        if (eTag && eTag !== '*') {
          const current = this.selectOne.get(key);
          if (current && current.etag !== eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
        const newTag = crypto.randomBytes(9).toString('base64url');
        this.upsert.run(key, conversationIdOf(key), JSON.stringify(data), newTag, at);
        // Like the other storages' callers expect: the item now carries the eTag it was stored with.
        if (item && typeof item === 'object') item.eTag = newTag;
      }
    })();
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
