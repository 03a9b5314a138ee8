import assert from 'node:assert/strict';
import { startServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { SqliteBotStorage } from '../../src/storage/sqlite/sqliteBotStorage';
import { SqliteDirectLineStore } from '../../src/storage/sqlite/directLineStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { testConfig } from '../helpers/fixtures';
import { DirectLineClient, type Act } from './serverHarness';

describe('reliability: the server\'s start and stop', function () {
  this.timeout(30_000);

  it('close() lets a turn in flight finish and store its reply before the database closes', async () => {
    const config = testConfig({ RATE_LIMITS: 'off' });
    const running = await startServer(config, silentLogger);
    const dl = new DirectLineClient(running.url);
    const c = await dl.start();
    const posted = dl.post(c, { type: 'message', text: 'how long does the council have to decide whether to assess my child?', from: { id: 'parent' } });
    // Stop only once the parent's turn has started.
    const until = Date.now() + 5000;
    while (!running.directLine!.pendingTurns) {
      assert.ok(Date.now() < until, 'the turn never started');
      await new Promise((r) => setImmediate(r));
    }
    await running.close();
    assert.equal((await posted).status, 200, 'the parent\'s message was answered, not cut off');

    const db = openSqliteDatabase(config.dataDir);
    const stored = (db.prepare('SELECT activity FROM dl_activities WHERE conversation_id = ? ORDER BY seq').all(c.conversationId) as Array<{ activity: string }>)
      .map((r) => JSON.parse(r.activity) as Act);
    assert.ok(stored.some((a) => a.channelData?.sendNavigator?.kind === 'answer'), 'the answer was stored');
    const state = db.prepare('SELECT COUNT(*) AS n FROM bot_state WHERE conversation_id = ?').get(c.conversationId) as { n: number };
    assert.equal(state.n, 1, 'the conversation state was saved');
    db.close();
  });

  it('runs retention at start: conversations past CONVERSATION_RETENTION_HOURS are deleted, recent ones kept', async () => {
    const config = testConfig({ CONVERSATION_RETENTION_HOURS: '24' });
    const longAgo = Date.now() - 25 * 3_600_000;
    const db = openSqliteDatabase(config.dataDir);
    await new SqliteBotStorage(db, () => longAgo).write({ 'directline/conversations/old': { step: 1 } });
    await new SqliteBotStorage(db).write({ 'directline/conversations/recent': { step: 1 } });
    const oldChat = new SqliteDirectLineStore(db, 24, () => longAgo).create();
    const recentChat = new SqliteDirectLineStore(db, 24).create();
    db.close();

    const running = await startServer(config, silentLogger);
    await running.close();

    const after = openSqliteDatabase(config.dataDir);
    const keys = (after.prepare('SELECT key FROM bot_state').all() as Array<{ key: string }>).map((r) => r.key);
    assert.deepEqual(keys, ['directline/conversations/recent']);
    const chats = (after.prepare('SELECT id FROM dl_conversations').all() as Array<{ id: string }>).map((r) => r.id);
    assert.deepEqual(chats, [recentChat.conversation.id]);
    assert.ok(!chats.includes(oldChat.conversation.id));
    after.close();
  });
});
