import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { ConversationDataOwner } from '../../domain/privacy/conversationData';
import { conversationIdOf } from '../sqlite/sqliteBotStorage';
import { newETag, offeredJson } from '../stateJson';
import type { PostgresDatabase } from './postgresDatabase';

/**
 * A botbuilder `Storage` in the shared PostgreSQL database, so any instance can take a parent's
 * next message. Optimistic concurrency exactly as the SQLite storage (and botbuilder's own): every
 * write gets a new eTag; a write carrying an older eTag throws and nothing in that batch is
 * written; no eTag or `*` overwrites. The eTag check and the write happen under the row's lock,
 * so of two instances writing the same conversation from the same read, one wins and the other
 * is told (its turn fails instead of overwriting the first one's update).
 */
export class PostgresBotStorage implements Storage, ConversationDataOwner {
  readonly name = 'conversation state';

  constructor(private readonly db: PostgresDatabase, private readonly now: () => number = Date.now) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (!keys.length) return items;
    const { rows } = await this.db.query<{ key: string; data: StoreItem; etag: string }>('SELECT key, data, etag FROM bot_state WHERE key = ANY($1)', [keys]);
    for (const row of rows) items[row.key] = { ...row.data, eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes) as Array<[string, StoreItem]>;
    if (!entries.length) return;
    const at = this.now();
    const newTags = new Map<string, string>();
    // One transaction: a conflict on any key leaves every key as it was.
    await this.db.transaction(async (client) => {
      for (const [key, item] of entries) {
        const { eTag, ...data } = item ?? {};
        const newTag = newETag();
        const json = (item && offeredJson(item)) ?? JSON.stringify(data);
        if (eTag && eTag !== '*') {
          // Only if the row still has the eTag the writer read (or is not there at all).
          const updated = await client.query('UPDATE bot_state SET data = $2, etag = $3, updated_at = $4 WHERE key = $1 AND etag = $5',
            [key, json, newTag, at, eTag]);
          if (!updated.rowCount) {
            const inserted = await client.query(`INSERT INTO bot_state (key, conversation_id, data, etag, updated_at) VALUES ($1, $2, $3, $4, $5)
              ON CONFLICT (key) DO NOTHING`, [key, conversationIdOf(key), json, newTag, at]);
            if (!inserted.rowCount) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          }
        } else {
          await client.query(`INSERT INTO bot_state (key, conversation_id, data, etag, updated_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`,
          [key, conversationIdOf(key), json, newTag, at]);
        }
        newTags.set(key, newTag);
      }
    });
    // Like the other storages' callers expect: each item now carries the eTag it was stored with.
    for (const [key, item] of entries) if (item && typeof item === 'object') item.eTag = newTags.get(key);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length) await this.db.query('DELETE FROM bot_state WHERE key = ANY($1)', [keys]);
  }

  async eraseConversation(conversationId: string): Promise<number> {
    return (await this.db.query('DELETE FROM bot_state WHERE conversation_id = $1', [conversationId])).rowCount ?? 0;
  }

  /** Deletes every record not written for `hours` (retention); returns how many went. */
  async purgeOlderThan(hours: number): Promise<number> {
    const cutoff = this.now() - hours * 3_600_000;
    return (await this.db.query('DELETE FROM bot_state WHERE updated_at < $1', [cutoff])).rowCount ?? 0;
  }
}
