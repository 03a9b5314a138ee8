/**
 * Every schema change, in order. Ids are "NNN_name" and sort in the order they apply; a
 * migration, once released, never changes: add a new one instead.
 * Numbering by area keeps parallel work apart: 001-009 core and conversation state,
 * 010-019 handoff and advisers, 020-029 knowledge-base editing and gaps, 030-039 files for parents.
 */
import { m001Init } from './001_init';
import { m002BotState } from './002_bot_state';
import { m003DirectLine } from './003_direct_line';
import { m010Handoffs } from './010_handoffs';
import { m015StaffAccounts } from './015_staff_accounts';
import { m016StaffSessions } from './016_staff_sessions';
import { m017HandoffAudit } from './017_handoff_audit';
import { m018HandoffParentPresence } from './018_handoff_parent_presence';
import { m020Gaps } from './020_gaps';
import { m025KbArticles } from './025_kb_articles';
import { m026KbVersions } from './026_kb_versions';
import { m027KbAudit } from './027_kb_audit';
import { m028KbGlossary } from './028_kb_glossary';
import { m030ParentFiles } from './030_parent_files';
import { m031DlActivitiesRowid } from './031_dl_activities_rowid';

export interface SqliteMigration {
  readonly id: string;
  readonly up: string;
}

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  m001Init,
  m002BotState,
  m003DirectLine,
  m010Handoffs,
  m015StaffAccounts,
  m016StaffSessions,
  m017HandoffAudit,
  m018HandoffParentPresence,
  m020Gaps,
  m025KbArticles,
  m026KbVersions,
  m027KbAudit,
  m028KbGlossary,
  m030ParentFiles,
  m031DlActivitiesRowid,
];
