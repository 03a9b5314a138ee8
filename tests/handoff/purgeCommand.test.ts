import assert from 'node:assert/strict';
import { main } from '../../src/cli/main';
import type { NewHandoff } from '../../src/domain/handoff/handoffQueue';
import { SqliteHandoffQueue } from '../../src/storage/sqlite/handoffStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';

/** Runs the command in this process, capturing stdout and stderr. */
async function run(env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const saved = { ...process.env };
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let stdout = '';
  let stderr = '';
  Object.assign(process.env, env);
  process.stdout.write = ((chunk: string) => { stdout += chunk; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => { stderr += chunk; return true; }) as typeof process.stderr.write;
  try {
    const status = await main(['handoffs', 'purge', ...args]);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

function handoff(conversationId: string): NewHandoff {
  return {
    conversationId, channelId: 'directline', reason: 'asked',
    summary: { topic: 'No topic yet: see the conversation', reasonText: 'Asked to talk to a person', botAnswered: [] },
    transcript: [{ from: 'parent', text: 'can I talk to someone', at: new Date().toISOString() }],
    conversationReference: '{}',
  };
}

describe('send-navigator handoffs purge', function () {
  this.timeout(30000);

  it('deletes handoffs older than the retention period, prints how many, and keeps the rest', async () => {
    const dir = tempDir();
    const db = openSqliteDatabase(dir);
    const days = (n: number) => () => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
    await new SqliteHandoffQueue(db, days(45)).create(handoff('old-1'));
    await new SqliteHandoffQueue(db, days(31)).create(handoff('old-2'));
    await new SqliteHandoffQueue(db, days(3)).create(handoff('recent'));
    db.close();

    const env = { DATA_DIR: dir, LOG_LEVEL: 'info', HANDOFF_RETENTION_DAYS: '30' };
    const first = await run(env);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '2\n', 'stdout is only the count');
    assert.match(first.stderr, /"event":"handoff.purged"/, 'logs go to stderr');

    const second = await run(env, '--older-than-days', '1');
    assert.equal(second.stdout, '1\n');
    const after = openSqliteDatabase(dir);
    assert.deepEqual(await new SqliteHandoffQueue(after).list(), []);
    after.close();

    const bad = await run(env, '--older-than-days', 'soon');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /needs a number of days/);
  });
});
