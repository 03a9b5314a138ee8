import type { Storage } from 'botbuilder';
import type { AppConfig } from '../config/config';
import type { FileRecordStore } from '../domain/files/storedFile';
import type { GapsStore } from '../domain/gaps/gapsStore';
import type { HandoffQueue, QueueEvent } from '../domain/handoff/handoffQueue';
import type { KbEditStore } from '../domain/kb/editing/kbEditStore';
import type { ConversationDataOwner } from '../domain/privacy/conversationData';
import type { HandoffAuditLog } from '../domain/staff/handoffAuditLog';
import type { StaffStore } from '../domain/staff/staffStore';
import type { Logger } from '../logging/logger';
import type { DirectLineStore } from '../server/directLine/conversationStore';
import { PostgresHandoffAuditLog } from './postgres/auditLogStore';
import { PostgresBotStorage } from './postgres/botStorage';
import { PostgresDirectLineStore } from './postgres/directLineStore';
import { PostgresEventBus } from './postgres/eventBus';
import { PostgresFileStore } from './postgres/fileStore';
import { PostgresGapsStore } from './postgres/gapsStore';
import { PostgresHandoffQueue } from './postgres/handoffStore';
import { PostgresKbStore } from './postgres/kbStore';
import { PostgresStaffStore } from './postgres/staffStore';
import { PostgresDatabase } from './postgres/postgresDatabase';
import { SqliteHandoffAuditLog } from './sqlite/auditLogStore';
import { SqliteDirectLineStore } from './sqlite/directLineStore';
import { SqliteFileStore } from './sqlite/fileStore';
import { SqliteGapsStore } from './sqlite/gapsStore';
import { startBackgroundCheckpoints } from './sqlite/backgroundCheckpoints';
import { SqliteHandoffQueue } from './sqlite/handoffStore';
import { SqliteKbStore } from './sqlite/kbStore';
import { SqliteBotStorage } from './sqlite/sqliteBotStorage';
import { openSqliteDatabase, type SqliteDb } from './sqlite/sqliteDatabase';
import { SqliteStaffStore } from './sqlite/staffStore';
import { guardStaleWrites } from './staleWriteGuard';

/**
 * Chooses where everything is kept: DATABASE_URL set → the shared PostgreSQL database (several
 * instances, with LISTEN/NOTIFY carrying changes between them); otherwise the embedded SQLite
 * file under DATA_DIR (one instance). Either way the server gets the same stores, behind the same
 * interfaces, with their migrations already applied.
 */

export type StorageBackend = 'sqlite' | 'postgresql';

export interface ServerStores {
  readonly backend: StorageBackend;
  /**
   * Conversation state (botbuilder Storage with eTags), guarded so that a save from a stale read
   * fails instead of overwriting (see staleWriteGuard.ts).
   */
  readonly botStorage: Storage & ConversationDataOwner;
  /** The handoff queue: `subscribe` hears changes made through every instance. */
  readonly handoffs: HandoffQueue & ConversationDataOwner;
  /**
   * The same queue, but its `subscribe` hears only changes made through this instance: for work
   * that must happen once, not once per instance (messaging the parent, a Teams notice).
   */
  readonly handoffsMadeHere: HandoffQueue;
  readonly directLine: DirectLineStore & ConversationDataOwner;
  readonly staff: StaffStore;
  readonly handoffAudit: HandoffAuditLog;
  readonly kb: KbEditStore;
  readonly gaps: GapsStore;
  /** Files made for parents (src/domain/files/parentFileStore.ts turns them into links). */
  readonly files: FileRecordStore;
  /** The embedded database, when that is the backend (the CLI and older code still take it). */
  readonly sqlite?: SqliteDb;
  /** Calls `listener` when another instance changed what is live in the knowledge base; returns the unsubscribe function. */
  onKnowledgeChangedElsewhere(listener: () => void): () => void;
  /** Retention for conversation state and web chat conversations not used for `hours`. */
  purgeConversations(hours: number): Promise<{ conversationState: number; webChatConversations: number }>;
  /** Stops listening to the other instances and closes the database. */
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  readonly clock?: () => Date;
  /**
   * Hear the other instances (default true). A one-off command (the CLI) sets false: it still
   * tells running instances about its changes (a `kb import` goes live on every one), but keeps
   * no listening connection.
   */
  readonly listen?: boolean;
}

/** A one-off command opens the database for a moment: only a server keeps it busy enough for background checkpoints. */
const isLongRunning = (options: OpenStoresOptions) => options.listen ?? true;

export async function openStores(config: AppConfig, logger: Logger, options: OpenStoresOptions = {}): Promise<ServerStores> {
  return config.databaseUrl ? openPostgresStores(config, config.databaseUrl, logger, options) : openSqliteStores(config, logger, options);
}

function openSqliteStores(config: AppConfig, logger: Logger, options: OpenStoresOptions): ServerStores {
  const db = openSqliteDatabase(config.dataDir, logger);
  const checkpoints = isLongRunning(options) ? startBackgroundCheckpoints(db, { logger }) : undefined;
  const botStorage = new SqliteBotStorage(db);
  const handoffs = new SqliteHandoffQueue(db, options.clock);
  const directLine = new SqliteDirectLineStore(db, config.retention.conversationHours);
  return {
    backend: 'sqlite',
    botStorage: guardStaleWrites(botStorage),
    handoffs,
    // One instance: every change is made here.
    handoffsMadeHere: handoffs,
    directLine,
    staff: new SqliteStaffStore(db),
    handoffAudit: new SqliteHandoffAuditLog(db),
    kb: new SqliteKbStore(db),
    gaps: new SqliteGapsStore(db),
    files: new SqliteFileStore(db),
    sqlite: db,
    onKnowledgeChangedElsewhere: () => () => undefined,
    async purgeConversations(hours: number) {
      return { conversationState: botStorage.purgeOlderThan(hours), webChatConversations: await directLine.purgeIdle() };
    },
    async close() {
      await checkpoints?.stop();
      db.close();
    },
  };
}

async function openPostgresStores(config: AppConfig, url: string, logger: Logger, options: OpenStoresOptions): Promise<ServerStores> {
  const db = await PostgresDatabase.open(url, logger);
  const bus = new PostgresEventBus(db, logger);
  try {
    if (options.listen ?? true) await bus.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const botStorage = new PostgresBotStorage(db);
  const handoffs = new PostgresHandoffQueue(db, bus, options.clock, logger);
  const directLine = new PostgresDirectLineStore(db, config.retention.conversationHours, bus);
  logger.info('db.opened', { backend: 'postgresql', schema: db.schema, channel: db.channel });
  return {
    backend: 'postgresql',
    botStorage: guardStaleWrites(botStorage),
    handoffs,
    handoffsMadeHere: madeHereOnly(handoffs),
    directLine,
    staff: new PostgresStaffStore(db),
    handoffAudit: new PostgresHandoffAuditLog(db),
    kb: new PostgresKbStore(db, bus),
    gaps: new PostgresGapsStore(db),
    files: new PostgresFileStore(db),
    onKnowledgeChangedElsewhere(listener: () => void) {
      const stopEvents = bus.subscribe('kb', () => listener());
      // Publishes made while the listening connection was down were missed: check once it is back.
      const stopReconnect = bus.onReconnect(listener);
      return () => { stopEvents(); stopReconnect(); };
    },
    async purgeConversations(hours: number) {
      return { conversationState: await botStorage.purgeOlderThan(hours), webChatConversations: await directLine.purgeIdle() };
    },
    async close() {
      directLine.detach();
      await handoffs.detach();
      await bus.close();
      await db.close();
    },
  };
}

/** The queue with `subscribe` narrowed to changes made through this instance. */
function madeHereOnly(queue: PostgresHandoffQueue): HandoffQueue {
  // Everything else is the queue itself (same object as prototype, so its methods see their own state).
  return Object.create(queue, {
    subscribe: { value: (listener: (event: QueueEvent) => void) => queue.subscribeHere(listener) },
  }) as HandoffQueue;
}
