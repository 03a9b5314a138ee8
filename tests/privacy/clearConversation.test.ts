import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import type { AppConfig } from '../../src/config/config';
import { testConfig } from '../helpers/fixtures';
import { DirectLineClient, texts, type Conv } from '../reliability/serverHarness';

/** "Clear this conversation": DELETE /v3/directline/conversations/:id with the conversation's token. */
describe('privacy: clearing a conversation deletes everything stored about it', function () {
  this.timeout(30_000);
  let config: AppConfig;
  let running: RunningServer;
  let dl: DirectLineClient;
  before(async () => {
    config = testConfig({ RATE_LIMITS: 'off', ADVISER_HOURS: 'mon-sun 00:00-24:00' });
    running = await startServer(config, silentLogger);
    dl = new DirectLineClient(running.url);
  });
  after(async () => running?.close());

  const clear = (c: Conv, token = c.token) => fetch(`${running.url}/v3/directline/conversations/${c.conversationId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });

  /** Rows about the conversation in every table that holds conversation data. */
  function rowsAbout(conversationId: string): Record<string, number> {
    const db = openSqliteDatabase(config.dataDir);
    try {
      const count = (sql: string) => (db.prepare(sql).get(conversationId) as { n: number }).n;
      return {
        state: count('SELECT COUNT(*) AS n FROM bot_state WHERE conversation_id = ?'),
        webChat: count('SELECT COUNT(*) AS n FROM dl_conversations WHERE id = ?'),
        messages: count('SELECT COUNT(*) AS n FROM dl_activities WHERE conversation_id = ?'),
        handoffs: count('SELECT COUNT(*) AS n FROM handoffs WHERE conversation_id = ?'),
        transcript: count('SELECT COUNT(*) AS n FROM handoff_transcript t JOIN handoffs h ON h.id = t.handoff_id WHERE h.conversation_id = ?'),
      };
    } finally {
      db.close();
    }
  }

  it('deletes the state, the web chat conversation, a waiting handoff and its transcript; only with the token', async () => {
    const c = await dl.start();
    const other = await dl.start();
    await dl.say(c, 'I want to ask the council to assess my son for an EHCP');
    await dl.say(c, 'I am a parent or carer');
    assert.match(texts(await dl.say(c, 'I want to speak to someone')), /Is that OK\?/);
    await dl.say(c, 'Yes');
    const waiting = await running.handoffs!.findOpenByConversation(c.conversationId);
    assert.ok(waiting, 'a handoff is waiting');
    await dl.say(other, 'what is the local offer');

    const before = rowsAbout(c.conversationId);
    assert.ok(before.state && before.webChat && before.messages && before.handoffs && before.transcript, JSON.stringify(before));

    // Someone else's token (or none) deletes nothing.
    assert.equal((await clear(c, other.token)).status, 403);
    assert.equal((await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}`, { method: 'DELETE' })).status, 403);
    assert.deepEqual(rowsAbout(c.conversationId), before);

    const stream = new WebSocket(`${c.streamUrl}`);
    await new Promise((resolve, reject) => { stream.once('open', resolve); stream.once('error', reject); });
    const closed = new Promise<number>((resolve) => stream.once('close', (code) => resolve(code)));

    const r = await clear(c);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { erased: true });
    assert.deepEqual(rowsAbout(c.conversationId), { state: 0, webChat: 0, messages: 0, handoffs: 0, transcript: 0 });
    assert.equal(await running.handoffs!.findOpenByConversation(c.conversationId), undefined);
    assert.equal(await closed, 1000, 'an open stream is closed');
    // The conversation is gone: its token opens nothing.
    const again = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, { headers: { Authorization: `Bearer ${c.token}` } });
    assert.equal(again.status, 403);

    // The other parent's conversation is untouched.
    const untouched = rowsAbout(other.conversationId);
    assert.ok(untouched.state && untouched.webChat && untouched.messages);
  });

  it('waits for a turn still running, so nothing is written back afterwards', async () => {
    const c = await dl.start();
    const posted = dl.post(c, { type: 'message', text: 'I want to ask the council to assess my son for an EHCP' });
    while (!running.directLine!.pendingTurns) await new Promise((r) => setImmediate(r));
    assert.equal((await clear(c)).status, 200);
    await posted;
    assert.deepEqual(rowsAbout(c.conversationId), { state: 0, webChat: 0, messages: 0, handoffs: 0, transcript: 0 });
  });

  it('registers every store with the eraser the rest of the server uses', async () => {
    const c = await dl.start();
    await dl.say(c, 'hello');
    const counts = await running.eraser!.erase(c.conversationId);
    assert.ok(counts['conversation state'] >= 1, JSON.stringify(counts));
    assert.ok(counts['web chat conversation'] >= 1, JSON.stringify(counts));
    assert.ok(Object.keys(counts).length >= 3, `handoffs registered too: ${JSON.stringify(counts)}`);
  });
});
