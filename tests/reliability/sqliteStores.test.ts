import assert from 'node:assert/strict';
import { ConversationState, MemoryStorage, TestAdapter, type StoreItem } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { silentLogger } from '../../src/logging/logger';
import { SqliteBotStorage, conversationIdOf } from '../../src/storage/sqlite/sqliteBotStorage';
import { SqliteDirectLineStore } from '../../src/storage/sqlite/directLineStore';
import { openMemoryDatabase, openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { TOKEN_LIFETIME_SECONDS } from '../../src/server/directLine/conversationStore';
import { tempDir, testConfig } from '../helpers/fixtures';

describe('reliability: conversation state in the embedded database', () => {
  const HOUR = 3_600_000;

  it('keeps what a conversation wrote across a restart (a new connection to the same file)', async () => {
    const dir = tempDir();
    const first = openSqliteDatabase(dir);
    await new SqliteBotStorage(first).write({ 'directline/conversations/abc': { step: 3, answers: { name: 'Sam' } } });
    first.close();
    const second = openSqliteDatabase(dir);
    const read = await new SqliteBotStorage(second).read(['directline/conversations/abc', 'missing']);
    assert.deepEqual(Object.keys(read), ['directline/conversations/abc']);
    assert.equal(read['directline/conversations/abc'].step, 3);
    assert.deepEqual(read['directline/conversations/abc'].answers, { name: 'Sam' });
    assert.equal(typeof read['directline/conversations/abc'].eTag, 'string');
    second.close();
  });

  it('eTags: a write with a stale eTag throws and changes nothing; "*" and no eTag overwrite', async () => {
    const storage = new SqliteBotStorage(openMemoryDatabase());
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k as StoreItem;
    await storage.write({ k: { ...first, v: 2 } });
    const second = (await storage.read(['k'])).k as StoreItem;
    assert.notEqual(second.eTag, first.eTag, 'every write gets a new eTag');

    // The first reader writes again with what it read: a conflict, like botbuilder's own storages.
    await assert.rejects(storage.write({ k: { ...first, v: 3 } }), /eTag conflict/);
    // A batch with one conflict writes none of its keys.
    await assert.rejects(storage.write({ other: { v: 1 }, k: { ...first, v: 4 } }), /eTag conflict/);
    assert.deepEqual(await storage.read(['other']), {});
    assert.equal((await storage.read(['k'])).k.v, 2);

    await storage.write({ k: { v: 5, eTag: '*' } });
    assert.equal((await storage.read(['k'])).k.v, 5);
    await storage.write({ k: { v: 6 } });
    assert.equal((await storage.read(['k'])).k.v, 6);

    // The written item carries its new eTag, so the same writer can write again.
    const item: StoreItem = { ...(await storage.read(['k'])).k, v: 7 };
    await storage.write({ k: item });
    await storage.write({ k: { ...item, v: 8 } });
    assert.equal((await storage.read(['k'])).k.v, 8);

    await storage.delete(['k']);
    assert.deepEqual(await storage.read(['k']), {});
  });

  it('behaves like MemoryStorage under ConversationState (the way the bot uses it)', async () => {
    for (const storage of [new MemoryStorage(), new SqliteBotStorage(openMemoryDatabase())]) {
      const state = new ConversationState(storage);
      const count = state.createProperty<number>('count');
      const adapter = new TestAdapter(async (context) => {
        await count.set(context, (await count.get(context, 0)) + 1);
        await context.sendActivity(String(await count.get(context)));
        await state.saveChanges(context);
      });
      await adapter.send('a').assertReply('1').send('b').assertReply('2').send('c').assertReply('3');
    }
  });

  it('retention: a conversation is deleted the set number of hours after its last write, not before', async () => {
    let now = Date.UTC(2026, 10, 23, 9);
    const storage = new SqliteBotStorage(openMemoryDatabase(), () => now);
    await storage.write({ 'directline/conversations/old/': { v: 1 }, 'directline/conversations/recent/': { v: 1 } });
    now += 20 * HOUR;
    await storage.write({ 'directline/conversations/recent/': { v: 2 } });
    now += 5 * HOUR; // old: 25 hours since its last write; recent: 5
    assert.equal(storage.purgeOlderThan(24), 1);
    assert.deepEqual(Object.keys(await storage.read(['directline/conversations/old/', 'directline/conversations/recent/'])), ['directline/conversations/recent/']);
  });

  it('erases one conversation\'s state (and only that one)', async () => {
    const storage = new SqliteBotStorage(openMemoryDatabase());
    await storage.write({
      'directline/conversations/one/': { v: 1 },
      'directline/conversations/one/users/u1/': { v: 1 },
      'directline/conversations/two/': { v: 1 },
    });
    assert.equal(await storage.eraseConversation('one'), 2);
    assert.deepEqual(Object.keys(await storage.read(['directline/conversations/one/', 'directline/conversations/two/'])), ['directline/conversations/two/']);
  });

  it('knows the conversation of each kind of botbuilder key', () => {
    assert.equal(conversationIdOf('directline/conversations/abc/'), 'abc');
    assert.equal(conversationIdOf('directline/conversations/abc'), 'abc');
    assert.equal(conversationIdOf('msteams/conversations/a:1;messageid=2/users/29:x/'), 'a:1;messageid=2');
    assert.equal(conversationIdOf('msteams/users/29:x/'), null);
  });

  it('the server\'s bot uses it (given the database); one-off conversations keep MemoryStorage', () => {
    const db = openMemoryDatabase();
    const server = createBot({ config: testConfig(), logger: silentLogger, database: db });
    assert.ok(server.storage instanceof SqliteBotStorage);
    assert.ok(createBot({ config: testConfig(), logger: silentLogger }).storage instanceof MemoryStorage);
    db.close();
  });
});

describe('reliability: the local Direct Line\'s conversations in the embedded database', () => {
  const HOUR = 3_600_000;

  it('keeps conversations, activities and tokens across a restart; stores no token in the clear', () => {
    const dir = tempDir();
    const db = openSqliteDatabase(dir);
    const store = new SqliteDirectLineStore(db, 24);
    const { conversation, token } = store.create('dl_parent');
    store.append(conversation.id, { type: 'message', text: 'hello' });
    store.append(conversation.id, { type: 'message', text: 'hello back' });
    db.close();

    const reopened = openSqliteDatabase(dir);
    const again = new SqliteDirectLineStore(reopened, 24);
    assert.equal(again.authorise(conversation.id, token)?.userId, 'dl_parent');
    assert.equal(again.findByToken(token)?.id, conversation.id);
    assert.equal(again.authorise(conversation.id, 'wrong'), undefined);
    const page = again.since(conversation.id, 1);
    assert.deepEqual(page.activities.map((a) => a.text), ['hello back']);
    assert.equal(page.watermark, 2);
    assert.equal(again.since(conversation.id, 0).activities[0].id, `${conversation.id}|0000000`);
    const dump = JSON.stringify(reopened.prepare('SELECT * FROM dl_conversations').all());
    assert.ok(!dump.includes(token), 'only a hash of the token is stored');
    reopened.close();
  });

  it('tokens expire, and refreshing extends them', () => {
    let now = Date.UTC(2026, 10, 23, 9);
    const store = new SqliteDirectLineStore(openMemoryDatabase(), 24, () => now);
    const { conversation, token } = store.create();
    now += (TOKEN_LIFETIME_SECONDS - 60) * 1000;
    store.refresh(conversation.id);
    now += (TOKEN_LIFETIME_SECONDS - 60) * 1000;
    assert.ok(store.authorise(conversation.id, token), 'still valid thanks to the refresh');
    now += 120 * 1000;
    assert.equal(store.authorise(conversation.id, token), undefined);
    assert.equal(store.findByToken(token), undefined);
  });

  it('retention: a conversation unused for the set hours goes, with its activities', () => {
    let now = Date.UTC(2026, 10, 23, 9);
    const db = openMemoryDatabase();
    const store = new SqliteDirectLineStore(db, 24, () => now);
    const old = store.create().conversation;
    store.append(old.id, { type: 'message', text: 'a' });
    const recent = store.create().conversation;
    now += 23 * HOUR;
    store.append(recent.id, { type: 'message', text: 'b' });
    now += 2 * HOUR;
    assert.equal(store.purgeIdle(), 1);
    assert.equal(store.get(old.id), undefined);
    assert.ok(store.get(recent.id));
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM dl_activities WHERE conversation_id = ?').get(old.id) as { n: number }).n, 0);
  });

  it('erases a conversation and its activities on request', async () => {
    const store = new SqliteDirectLineStore(openMemoryDatabase(), 24);
    const { conversation } = store.create();
    store.append(conversation.id, { type: 'message', text: 'a' });
    store.append(conversation.id, { type: 'message', text: 'b' });
    assert.equal(await store.eraseConversation(conversation.id), 3);
    assert.equal(store.get(conversation.id), undefined);
    assert.equal(store.append(conversation.id, { type: 'message' }), undefined);
    assert.equal(await store.eraseConversation(conversation.id), 0);
  });
});
