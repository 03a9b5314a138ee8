import type { SqliteMigration } from './index';

/**
 * Web chat activities move from a WITHOUT ROWID table to an ordinary one. In a WITHOUT ROWID
 * table a row over about 1 KB spills onto an overflow page, and most of the bot's replies are
 * bigger than that (1 to 3 KB with their buttons): every reply cost an extra page written. An
 * ordinary table keeps such rows whole and adds each one at the end; the primary key stays, as an
 * index. Storing a reply took about 97 µs and now takes about 67 µs (a short message 61 and 52).
 */
export const m031DlActivitiesRowid: SqliteMigration = {
  id: '031_dl_activities_rowid',
  up: `CREATE TABLE dl_activities_new (
    conversation_id TEXT NOT NULL REFERENCES dl_conversations (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    activity TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );
  INSERT INTO dl_activities_new (conversation_id, seq, activity) SELECT conversation_id, seq, activity FROM dl_activities ORDER BY conversation_id, seq;
  DROP TABLE dl_activities;
  ALTER TABLE dl_activities_new RENAME TO dl_activities;`,
};
