import fs from 'node:fs';
import type { AppConfig } from '../../config/config';
import type { KbEditStore } from '../../domain/kb/editing/kbEditStore';
import { KnowledgeEditor } from '../../domain/kb/editing/knowledgeEditor';
import { readKnowledgeFiles } from '../../domain/kb/editing/knowledgeFiles';
import { KnowledgeBase } from '../../domain/kb/knowledgeBase';
import { LiveKnowledgeBase } from '../../domain/kb/liveKnowledgeBase';
import type { Logger } from '../../logging/logger';
import { SqliteKbStore } from '../../storage/sqlite/kbStore';
import type { SqliteDb } from '../../storage/sqlite/sqliteDatabase';

/**
 * The knowledge base kept in the database: seeded from the knowledge folder on first start, then
 * served from the live (published) versions. The server and `kb export` / `kb import` share it.
 */

export interface KnowledgeEditing {
  /** What the bot answers from (deps.kb). */
  readonly live: LiveKnowledgeBase;
  readonly editor: KnowledgeEditor;
}

export interface OpenKnowledgeEditingOptions {
  /** Where versions are kept: give the store (any backend), or the embedded database to use SqliteKbStore over. */
  readonly store?: KbEditStore;
  readonly database?: SqliteDb;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly clock?: () => Date;
}

export async function openKnowledgeEditing(options: OpenKnowledgeEditingOptions): Promise<KnowledgeEditing> {
  const { config, logger } = options;
  const live = new LiveKnowledgeBase(new KnowledgeBase({ articles: [], glossary: [], problems: [] }, config.services));
  const store = options.store ?? (options.database ? new SqliteKbStore(options.database) : undefined);
  if (!store) throw new Error('openKnowledgeEditing: give a store or a database');
  const editor = new KnowledgeEditor({ store, live, services: config.services, clock: options.clock });

  if (fs.existsSync(config.knowledgeDir)) {
    const seeded = await editor.seedIfEmpty(readKnowledgeFiles(config.knowledgeDir));
    for (const p of seeded.problems) logger[p.severity === 'error' ? 'error' : 'warn']('kb.problem', { file: p.file, field: p.field, message: p.message });
    if (seeded.seeded) logger.info('kb.seeded', { articles: seeded.seeded, from: 'knowledge folder' });
  } else {
    logger.warn('kb.folder_missing', { message: 'KNOWLEDGE_DIR does not exist: the database is not seeded from files' });
  }
  await editor.reload();
  logger.info('kb.loaded', { articles: live.articles.length, glossaryTerms: live.glossary.length, from: 'database' });
  return { live, editor };
}
