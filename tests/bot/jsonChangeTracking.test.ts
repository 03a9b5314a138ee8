import assert from 'node:assert/strict';
import { MemoryStorage, TurnContext, type Activity, type BotAdapter, type StoreItems } from 'botbuilder';
import sinon from 'sinon';
import { JsonConversationState, JsonUserState } from '../../src/bot/jsonChangeTracking';

function turn(conversation = 'abc'): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'directline', conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'u1', name: 'Parent' }, recipient: { id: 'bot', name: 'Bot' } };
  return new TurnContext({} as BotAdapter, activity);
}

describe('conversation state change tracking (plain JSON instead of hashing)', () => {
  it('writes at the end of a turn only when something changed', async () => {
    const storage = new MemoryStorage();
    const write = sinon.spy(storage, 'write');
    const state = new JsonConversationState(storage);
    const answers = state.createProperty<{ child?: string }>('answers');

    const first = turn();
    await answers.set(first, { child: 'Sam' });
    await state.saveChanges(first);
    assert.equal(write.callCount, 1);

    const readOnly = turn();
    assert.deepEqual(await answers.get(readOnly), { child: 'Sam' });
    await state.saveChanges(readOnly);
    assert.equal(write.callCount, 1, 'a turn that only read wrote nothing');

    const nested = turn();
    const value = await answers.get(nested, {});
    value.child = 'Alex';
    await state.saveChanges(nested);
    assert.equal(write.callCount, 2, 'a change inside an object is noticed');
    await state.saveChanges(nested);
    assert.equal(write.callCount, 2, 'saving twice after one change writes once');

    const forced = turn();
    await state.load(forced);
    await state.saveChanges(forced, true);
    assert.equal(write.callCount, 3, 'force writes even with no change');

    const later = turn();
    assert.deepEqual(await answers.get(later), { child: 'Alex' });
  });

  it('keeps user state per user, apart from conversations', async () => {
    const storage = new MemoryStorage();
    const users = new JsonUserState(storage);
    const welcomed = users.createProperty<boolean>('welcomed');
    const a = turn('one');
    await welcomed.set(a, true);
    await users.saveChanges(a);
    assert.equal(await welcomed.get(turn('two'), false), true, 'the same user in another conversation');
    const stored: StoreItems = await storage.read(['directline/users/u1/']);
    assert.equal((stored['directline/users/u1/'] as { welcomed?: boolean }).welcomed, true);
  });

  it('clear() empties the state and the next save writes it', async () => {
    const storage = new MemoryStorage();
    const state = new JsonConversationState(storage);
    const step = state.createProperty<number>('step');
    const a = turn();
    await step.set(a, 4);
    await state.saveChanges(a);
    const b = turn();
    await state.load(b);
    await state.clear(b);
    await state.saveChanges(b);
    assert.equal(await step.get(turn()), undefined);
  });
});
