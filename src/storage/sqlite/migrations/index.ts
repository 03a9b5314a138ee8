/**
 * Every schema change, in order. Ids are "NNN_name" and sort in the order they apply; a
 * migration, once released, never changes: add a new one instead.
 * Numbering by area keeps parallel work apart: 001-009 core and conversation state,
 * 010-019 handoff and advisers, 020-029 knowledge-base editing and gaps.
 */
import { m001Init } from './001_init';

export interface SqliteMigration {
  readonly id: string;
  readonly up: string;
}

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  m001Init,
];
