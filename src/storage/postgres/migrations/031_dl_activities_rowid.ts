import type { PostgresMigration } from './index';

/**
 * Mirrors SQLite 031 (web chat activities into an ordinary table, so a large reply no longer
 * spills onto an overflow page). PostgreSQL tables are already stored that way: nothing to change,
 * and the migration is recorded so both backends keep the same list.
 */
export const m031DlActivitiesRowid: PostgresMigration = {
  id: '031_dl_activities_rowid',
  up: 'SELECT 1',
};
