import type { Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { TestConversation } from '../../src/cli/testConversation';
import type { ArticleForm } from '../../src/domain/kb/editing/articleForm';
import type { Actor } from '../../src/domain/kb/editing/articleVersion';
import { silentLogger } from '../../src/logging/logger';
import { openKnowledgeEditing } from '../../src/server/admin/openKnowledgeEditing';
import { openMemoryDatabase, type SqliteDb } from '../../src/storage/sqlite/sqliteDatabase';
import { testConfig } from '../helpers/fixtures';

export const NOW = new Date('2026-11-23T10:00:00Z');
export const EDIE: Actor = { id: 'acct-edie', name: 'Edie Editor' };
export const ELLIS: Actor = { id: 'acct-ellis', name: 'Ellis Editor' };
export const RITA: Actor = { id: 'acct-rita', name: 'Rita Reviewer' };

/** The article most tests change, and how a parent asks for it. */
export const ARTICLE = 'keeping-records';
export const QUESTION = "Keeping records about your child's needs";
export const NEW_SUMMARY = 'Keep every letter, report and email in one folder. Write down the date of each phone call and what was said. These notes help if you ask for an EHC needs assessment.';

/**
 * The knowledge base in a fresh in-memory database (seeded from knowledge/), the editor over it,
 * and the real bot answering from the live holder, as the server assembles them.
 */
export async function editingSetup(database: SqliteDb = openMemoryDatabase()) {
  const config = testConfig();
  const clock = () => NOW;
  const { live, editor } = await openKnowledgeEditing({ database, config, logger: silentLogger, clock });
  const { bot } = createBot({ config, logger: silentLogger, knowledgeBase: live, clock });
  const conversation = () => new TestConversation(bot, `kb-${Math.random().toString(36).slice(2)}`);
  /** One question in a fresh conversation: the text of the bot's replies. */
  const ask = async (question: string) => {
    const c = conversation();
    await c.start();
    return textOf(await c.say(question));
  };
  return { database, config, live, editor, conversation, ask };
}

export function textOf(replies: Partial<Activity>[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

export function withChanges(form: ArticleForm, changes: Partial<ArticleForm>): ArticleForm {
  return { ...form, ...changes };
}
