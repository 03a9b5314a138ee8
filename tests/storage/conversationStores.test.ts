import assert from 'node:assert/strict';
import { ConversationState, TurnContext, type Activity, type BotAdapter, type StoreItems } from 'botbuilder';
import sinon from 'sinon';
import { JsonConversationState } from '../../src/bot/jsonChangeTracking';
import { forEachBackend } from './backends';

const KEY = 'directline/conversations/abc/ConversationState';
const PRIVATE_KEY = 'directline/conversations/abc/users/u1/PrivateConversationState';
const OTHER_KEY = 'directline/conversations/xyz/ConversationState';
const USER_KEY = 'directline/users/u1/UserState';

/** A turn in conversation "abc" (enough for ConversationState to find its key). */
function turn(): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'directline', conversation: { id: 'abc', isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'u1', name: 'Parent' }, recipient: { id: 'bot', name: 'Bot' } };
  return new TurnContext({} as BotAdapter, activity);
}

forEachBackend('conversation state (botbuilder Storage)', (stores) => {
  it('keeps what is written, with a new eTag for every write', async () => {
    const storage = stores().botStorage;
    const item = { step: 3, answers: { child: 'Sam', age: 7 }, when: '2026-11-23' };
    const changes: StoreItems = { [KEY]: { ...item } };
    await storage.write(changes);
    const read = await storage.read([KEY, 'missing']);
    assert.deepEqual(Object.keys(read), [KEY]);
    const { eTag, ...data } = read[KEY];
    assert.deepEqual(data, item);
    assert.equal(typeof eTag, 'string');
    assert.equal(changes[KEY].eTag, eTag, 'the written item carries its new eTag');
    await storage.write({ [KEY]: { ...read[KEY], step: 4 } });
    const again = await storage.read([KEY]);
    assert.equal(again[KEY].step, 4);
    assert.notEqual(again[KEY].eTag, eTag);
  });

  it('refuses a write from a stale read and changes nothing in that batch', async () => {
    const storage = stores().botStorage;
    await storage.write({ [KEY]: { count: 1 }, [OTHER_KEY]: { count: 1 } });
    const first = await storage.read([KEY, OTHER_KEY]);
    const second = await storage.read([KEY, OTHER_KEY]);
    await storage.write({ [KEY]: { ...first[KEY], count: 2 } });
    await assert.rejects(storage.write({ [OTHER_KEY]: { ...second[OTHER_KEY], count: 5 }, [KEY]: { ...second[KEY], count: 3 } }), /eTag conflict/);
    const now = await storage.read([KEY, OTHER_KEY]);
    assert.equal(now[KEY].count, 2, 'the first writer\'s update is kept');
    assert.equal(now[OTHER_KEY].count, 1, 'nothing in the refused batch was written');
    // "*" (or no eTag) means: overwrite whatever is there.
    await storage.write({ [KEY]: { count: 9, eTag: '*' } });
    assert.equal((await storage.read([KEY]))[KEY].count, 9);
  });

  for (const [label, State] of [['the bot\'s', JsonConversationState], ['botbuilder\'s', ConversationState]] as const) it(`of two turns from the same read, the second fails instead of overwriting the first (${label} ConversationState)`, async () => {
    const storage = stores().botStorage;
    const state = new State(storage);
    const steps = state.createProperty<number>('step');
    const notes = state.createProperty<string[]>('notes');
    const seed = turn();
    await state.load(seed);
    await steps.set(seed, 1);
    await state.saveChanges(seed);

    const a = turn();
    const b = turn();
    await state.load(a);
    await state.load(b);
    await steps.set(a, 2);
    await notes.set(b, ['from b']);
    await state.saveChanges(a);
    await assert.rejects(state.saveChanges(b), /eTag conflict/);
    // The failed turn, retried from a fresh read, adds its change on top: nothing is lost.
    const retry = turn();
    await state.load(retry);
    await notes.set(retry, ['from b']);
    await state.saveChanges(retry);
    const check = turn();
    await state.load(check);
    assert.equal(await steps.get(check), 2);
    assert.deepEqual(await notes.get(check), ['from b']);
  });

  it('over the bot\'s state, writes only turns that changed something, and always their latest content', async () => {
    const storage = stores().botStorage;
    const write = sinon.spy(storage, 'write');
    const state = new JsonConversationState(storage);
    const answers = state.createProperty<{ child?: string; needs?: string[] }>('answers');

    const first = turn();
    await answers.set(first, { child: 'Sam', needs: ['reading'] });
    await state.saveChanges(first);
    assert.equal(write.callCount, 1);

    // Read back from the database: unchanged, so nothing is written.
    const readOnly = turn();
    assert.deepEqual(await answers.get(readOnly), { child: 'Sam', needs: ['reading'] });
    await state.saveChanges(readOnly);
    assert.equal(write.callCount, 1, 'a turn that only read wrote nothing');

    // Saved, then changed again in the same turn: the second save writes the new content, not the first's.
    const twice = turn();
    const value = await answers.get(twice, {});
    value.needs?.push('speech');
    await state.saveChanges(twice);
    value.child = 'Alex';
    await state.saveChanges(twice);
    assert.equal(write.callCount, 3);
    assert.deepEqual(await answers.get(turn()), { child: 'Alex', needs: ['reading', 'speech'] });
  });

  it('deletes keys, and erases one conversation without touching others', async () => {
    const { botStorage: storage } = stores();
    await storage.write({ [KEY]: { a: 1 }, [PRIVATE_KEY]: { b: 2 }, [OTHER_KEY]: { c: 3 }, [USER_KEY]: { d: 4 } });
    assert.equal(await storage.eraseConversation('abc'), 2);
    assert.deepEqual(Object.keys(await storage.read([KEY, PRIVATE_KEY, OTHER_KEY, USER_KEY])).sort(), [OTHER_KEY, USER_KEY].sort());
    await storage.delete([OTHER_KEY]);
    assert.deepEqual(Object.keys(await storage.read([OTHER_KEY])), []);
  });
});

forEachBackend('the local Direct Line\'s conversations', (stores) => {
  it('opens a conversation only with its own token, which can be refreshed', async () => {
    const store = stores().directLine;
    const { conversation, token } = await store.create('webchat-user-1');
    assert.equal(conversation.userId, 'webchat-user-1');
    assert.deepEqual(await store.get(conversation.id), conversation);
    assert.deepEqual(await store.authorise(conversation.id, token), conversation);
    assert.equal(await store.authorise(conversation.id, 'not-the-token'), undefined);
    assert.equal(await store.authorise(conversation.id, undefined), undefined);
    const other = await store.create();
    assert.equal(await store.authorise(other.conversation.id, token), undefined, 'a token opens its own conversation only');
    assert.match(other.conversation.userId, /^dl_/);
    assert.equal((await store.findByToken(token))?.id, conversation.id);
    const refreshed = await store.refresh(conversation.id);
    assert.ok(refreshed && refreshed.tokenExpires >= conversation.tokenExpires);
    assert.equal(await store.refresh('no-such-conversation'), undefined);
  });

  it('numbers activities and gives back everything after a watermark', async () => {
    const store = stores().directLine;
    const { conversation } = await store.create();
    const texts = ['hello', 'Hello! I can help with SEND questions.', 'what is an EHCP?'];
    const appended = [];
    for (const text of texts) appended.push((await store.append(conversation.id, { type: 'message', text }))!);
    assert.deepEqual(appended.map((a) => a.watermark), [1, 2, 3]);
    const first = JSON.parse(appended[0].json) as { text?: string; timestamp?: unknown; id?: string };
    assert.equal(first.text, 'hello');
    assert.equal(typeof first.timestamp, 'string', 'stored as a client will read it: plain JSON');
    assert.equal(first.id, appended[0].id);
    const all = await store.since(conversation.id, 0);
    assert.equal(all.watermark, 3);
    assert.deepEqual(all.activities.map((a) => a.text), texts);
    assert.deepEqual(all.activities.map((a) => a.id), appended.map((a) => a.id));
    const rest = await store.since(conversation.id, 2);
    assert.deepEqual(rest.activities.map((a) => a.text), ['what is an EHCP?']);
    assert.deepEqual(await store.since(conversation.id, 3), { activities: [], watermark: 3 });
    assert.equal(await store.append('no-such-conversation', { type: 'message', text: 'x' }), undefined);
    assert.deepEqual(await store.since('no-such-conversation', 0), { activities: [], watermark: 0 });
  });

  it('keeps every activity when many arrive at once', async () => {
    const store = stores().directLine;
    const { conversation } = await store.create();
    await Promise.all(Array.from({ length: 15 }, (_, i) => store.append(conversation.id, { type: 'message', text: `m${i}` })));
    const page = await store.since(conversation.id, 0);
    assert.equal(page.watermark, 15);
    assert.equal(page.activities.length, 15);
    assert.equal(new Set(page.activities.map((a) => a.text)).size, 15);
  });

  it('erases a conversation with its activities', async () => {
    const store = stores().directLine;
    const { conversation, token } = await store.create();
    await store.append(conversation.id, { type: 'message', text: 'one' });
    await store.append(conversation.id, { type: 'message', text: 'two' });
    assert.equal(await store.eraseConversation(conversation.id), 3);
    assert.equal(await store.get(conversation.id), undefined);
    assert.equal(await store.authorise(conversation.id, token), undefined);
    assert.equal(await store.erase(conversation.id), 0);
  });

  it('retention leaves conversations in use alone', async () => {
    const all = stores();
    const { conversation } = await all.directLine.create();
    await all.botStorage.write({ [KEY]: { step: 1 } });
    assert.deepEqual(await all.purgeConversations(24), { conversationState: 0, webChatConversations: 0 });
    assert.ok(await all.directLine.get(conversation.id));
  });
});
