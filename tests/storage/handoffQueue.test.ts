import assert from 'node:assert/strict';
import type { NewHandoff, QueueEvent } from '../../src/domain/handoff/handoffQueue';
import { purgeExpiredHandoffs } from '../../src/domain/handoff/retention';
import { forEachBackend } from './backends';

function newHandoff(conversationId: string, overrides: Partial<NewHandoff> = {}): NewHandoff {
  return {
    conversationId,
    channelId: 'directline',
    reason: 'asked',
    summary: { topic: 'Asked about "Refusal to assess"', reasonText: 'Asked to talk to a person', botAnswered: ['Refusal to assess'],
      flow: { name: 'EHC request', answers: { 'Child\'s age': '7' } } },
    transcript: [
      { from: 'parent', text: 'the council said no to an assessment', at: '2026-11-23T10:00:00.000Z' },
      { from: 'bot', text: 'You can appeal to the tribunal.', at: '2026-11-23T10:00:01.000Z' },
    ],
    conversationReference: JSON.stringify({ conversation: { id: conversationId }, serviceUrl: 'http://127.0.0.1:3978' }),
    ...overrides,
  };
}

const SAM = { id: 'adviser-sam', firstName: 'Sam' };
const PRIYA = { id: 'adviser-priya', firstName: 'Priya' };

forEachBackend('the handoff queue', (stores, clock) => {
  it('keeps a handoff with its summary and transcript, safeguarding first, then whoever waited longest', async () => {
    const queue = stores().handoffs;
    const first = await queue.create(newHandoff('c1'));
    clock.later(1);
    const second = await queue.create(newHandoff('c2'));
    clock.later(1);
    const urgent = await queue.create(newHandoff('c3', { reason: 'safeguarding' }));
    assert.equal(first.status, 'waiting');
    assert.equal(first.createdAt, '2026-11-23T10:00:00.000Z');
    assert.deepEqual(first.summary, newHandoff('c1').summary);
    assert.deepEqual(first.transcript, newHandoff('c1').transcript);
    assert.deepEqual(first.notes, []);
    assert.equal(urgent.priority, 1);
    assert.equal(urgent.safeguardingFlag, true);
    assert.deepEqual((await queue.list()).map((r) => r.conversationId), ['c3', 'c1', 'c2']);
    assert.equal(await queue.position(first.id), 2);
    assert.equal(await queue.position(second.id), 3);
    assert.equal(await queue.position('no-such-handoff'), undefined);
    assert.equal((await queue.findOpenByConversation('c2'))?.id, second.id);
    assert.equal(await queue.findOpenByConversation('nobody'), undefined);
    assert.equal(await queue.conversationReference(first.id), newHandoff('c1').conversationReference);
    assert.deepEqual(await queue.get(first.id), first);
  });

  it('keeps arrival order among handoffs made in the same millisecond', async () => {
    const queue = stores().handoffs;
    for (const id of ['a', 'b', 'c', 'd']) await queue.create(newHandoff(id));
    assert.deepEqual((await queue.list()).map((r) => r.conversationId), ['a', 'b', 'c', 'd']);
  });

  it('lets exactly one adviser take a conversation, even when both press at once', async () => {
    const queue = stores().handoffs;
    const h = await queue.create(newHandoff('c1'));
    const results = await Promise.all([queue.take(h.id, SAM), queue.take(h.id, PRIYA)]);
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.deepEqual(results.find((r) => !r.ok), { ok: false, reason: 'already-taken' });
    const taken = await queue.get(h.id);
    assert.equal(taken?.status, 'with-adviser');
    assert.ok(taken?.adviser?.id === SAM.id || taken?.adviser?.id === PRIYA.id);
    assert.equal(taken?.acceptedAt, '2026-11-23T10:00:00.000Z');
    assert.equal(await queue.position(h.id), undefined, 'no longer waiting');
    await queue.close(h.id, 'closed-by-adviser');
    assert.deepEqual(await queue.take(h.id, PRIYA), { ok: false, reason: 'closed' });
    assert.deepEqual(await queue.take('no-such-handoff', PRIYA), { ok: false, reason: 'not-found' });
  });

  it('keeps every message in order, even many at once, and refuses messages once closed', async () => {
    const queue = stores().handoffs;
    const h = await queue.create(newHandoff('c1'));
    await queue.take(h.id, SAM);
    const texts = Array.from({ length: 12 }, (_, i) => `message ${i}`);
    await Promise.all(texts.map((text, i) => queue.appendMessage(h.id, {
      from: i % 2 ? 'adviser' : 'parent', text, at: '2026-11-23T10:05:00.000Z', ...(i % 2 ? { adviserName: 'Sam' } : {}),
    })));
    const record = (await queue.get(h.id))!;
    assert.equal(record.transcript.length, 14);
    assert.deepEqual(new Set(record.transcript.slice(2).map((e) => e.text)), new Set(texts));
    assert.ok(record.transcript.filter((e) => e.from === 'adviser').every((e) => e.adviserName === 'Sam'));
    await queue.close(h.id, 'closed-by-adviser');
    await assert.rejects(queue.appendMessage(h.id, { from: 'parent', text: 'hello?', at: '2026-11-23T10:06:00.000Z' }), { name: 'HandoffClosedError' });
    await assert.rejects(queue.appendMessage('gone', { from: 'parent', text: 'hello?', at: '2026-11-23T10:06:00.000Z' }), { name: 'HandoffNotFoundError' });
  });

  it('keeps notes, call-back requests and a safeguarding flag', async () => {
    const queue = stores().handoffs;
    const calm = await queue.create(newHandoff('c1'));
    const other = await queue.create(newHandoff('c2'));
    await queue.addNote(calm.id, SAM.id, 'Called the school.');
    await queue.requestCallback(calm.id, { method: 'phone', phone: '07700 900123', bestTime: 'weekday mornings' });
    let record = (await queue.get(calm.id))!;
    assert.equal(record.status, 'callback-requested');
    assert.deepEqual(record.notes, [{ at: '2026-11-23T10:00:00.000Z', adviserId: SAM.id, text: 'Called the school.' }]);
    assert.deepEqual(record.callback, { method: 'phone', phone: '07700 900123', bestTime: 'weekday mornings', requestedAt: '2026-11-23T10:00:00.000Z' });
    clock.later(30);
    await queue.markCallbackDone(calm.id, SAM.id);
    record = (await queue.get(calm.id))!;
    assert.equal(record.callback?.doneAt, '2026-11-23T10:30:00.000Z');
    assert.equal(record.callback?.doneBy, SAM.id);

    // A parent with an adviser who asks for a call-back stays with the adviser.
    await queue.take(other.id, PRIYA);
    await queue.requestCallback(other.id, { method: 'email', email: 'parent@example.org' });
    assert.equal((await queue.get(other.id))?.status, 'with-adviser');

    const later = await queue.create(newHandoff('c3'));
    await queue.flagSafeguarding(later.id);
    const flagged = (await queue.get(later.id))!;
    assert.equal(flagged.safeguardingFlag, true);
    assert.equal(flagged.priority, 1);
    assert.equal((await queue.list())[0].id, later.id, 'a flagged conversation goes to the top');
    await queue.close(later.id, 'parent-left');
    await assert.rejects(queue.requestCallback(later.id, { method: 'phone', phone: '07700 900123' }), { name: 'HandoffClosedError' });
    await assert.rejects(queue.addNote('gone', SAM.id, 'x'), { name: 'HandoffNotFoundError' });
  });

  it('tells subscribers about each change once it is stored, in order', async () => {
    const queue = stores().handoffs;
    const events: QueueEvent[] = [];
    const stop = queue.subscribe((e) => events.push(e));
    const h = await queue.create(newHandoff('c1'));
    await queue.take(h.id, SAM);
    await queue.appendMessage(h.id, { from: 'adviser', text: 'Hello, I am Sam.', at: '2026-11-23T10:01:00.000Z', adviserName: 'Sam' });
    await queue.addNote(h.id, SAM.id, 'note');
    await queue.close(h.id, 'closed-by-adviser');
    await queue.close(h.id, 'closed-by-adviser');
    stop();
    await queue.create(newHandoff('c2'));
    assert.deepEqual(events.map((e) => e.type), ['created', 'taken', 'message', 'updated', 'closed']);
    assert.deepEqual(events[1], { type: 'taken', handoffId: h.id, conversationId: 'c1', adviser: SAM });
    assert.deepEqual(events[2], { type: 'message', handoffId: h.id, conversationId: 'c1', entry: { from: 'adviser', text: 'Hello, I am Sam.', at: '2026-11-23T10:01:00.000Z', adviserName: 'Sam' } });
    assert.deepEqual(events[4], { type: 'closed', handoffId: h.id, conversationId: 'c1', outcome: 'closed-by-adviser' });
  });

  it('hears changes made here through handoffsMadeHere too', async () => {
    const { handoffsMadeHere, handoffs } = stores();
    const events: string[] = [];
    const stop = handoffsMadeHere.subscribe((e) => events.push(e.type));
    const h = await handoffs.create(newHandoff('c1'));
    assert.equal((await handoffsMadeHere.get(h.id))?.id, h.id, 'the same queue underneath');
    await handoffsMadeHere.take(h.id, SAM);
    stop();
    assert.deepEqual(events, ['created', 'taken']);
  });

  it('deletes by age and by conversation, with transcripts and notes, and says open ones have gone', async () => {
    const queue = stores().handoffs;
    const old = await queue.create(newHandoff('old'));
    await queue.addNote(old.id, SAM.id, 'old note');
    const oldClosed = await queue.create(newHandoff('old-closed'));
    await queue.close(oldClosed.id, 'parent-left');
    clock.set('2026-12-30T10:00:00.000Z');
    const recent = await queue.create(newHandoff('recent'));
    const mine = await queue.create(newHandoff('mine'));
    const events: QueueEvent[] = [];
    queue.subscribe((e) => events.push(e));

    assert.equal(await purgeExpiredHandoffs(queue, 30, clock.now()), 2);
    assert.equal(await queue.get(old.id), undefined);
    assert.equal(await queue.get(oldClosed.id), undefined);
    assert.deepEqual(events, [{ type: 'closed', handoffId: old.id, conversationId: 'old', outcome: 'expired' }]);

    assert.equal(await queue.eraseConversation('mine'), 1);
    assert.equal(await queue.get(mine.id), undefined);
    assert.equal(await queue.eraseConversation('nobody'), 0);
    assert.deepEqual((await queue.list()).map((r) => r.id), [recent.id]);
    assert.deepEqual((await queue.list({ statuses: ['closed'] })).map((r) => r.id), []);
  });
});

forEachBackend('the handoff queue: whether the parent is still in the chat', (stores, clock) => {
  it('a parent who has gone does not count in other parents\' places, and counts again when back', async () => {
    const queue = stores().handoffs;
    const first = await queue.create(newHandoff('c1'));
    const second = await queue.create(newHandoff('c2'));
    const third = await queue.create(newHandoff('c3'));
    await queue.markParentSeen(['c1', 'c2', 'c3']);
    assert.equal((await queue.get(first.id))?.parentSeenAt, '2026-11-23T10:00:00.000Z');
    assert.equal(await queue.position(third.id), 3);

    clock.later(6);
    await queue.markParentSeen(['c3']);
    const events: QueueEvent[] = [];
    const stop = queue.subscribe((e) => events.push(e));
    await queue.markParentAway({ seenBefore: '2026-11-23T10:01:00.000Z' });
    await queue.markParentAway({ seenBefore: '2026-11-23T10:01:00.000Z' });
    assert.deepEqual(events.map((e) => [e.type, e.conversationId]).sort(), [['updated', 'c1'], ['updated', 'c2']], 'announced once each');
    const gone = (await queue.get(first.id))!;
    assert.equal(gone.parentAwaySince, '2026-11-23T10:00:00.000Z', 'gone since they were last seen');
    assert.equal(gone.status, 'waiting', 'still in the queue, for the hub to show');
    assert.equal(await queue.position(third.id), 1, 'the two who went do not push the third down');
    assert.equal(await queue.position(first.id), 1, 'a parent asking is here, whatever was recorded');

    events.length = 0;
    await queue.markParentSeen(['c1']);
    stop();
    assert.deepEqual(events, [{ type: 'updated', handoffId: first.id, conversationId: 'c1' }]);
    const back = (await queue.get(first.id))!;
    assert.equal(back.parentAwaySince, undefined);
    assert.equal(back.parentSeenAt, '2026-11-23T10:06:00.000Z');
    assert.equal(await queue.position(third.id), 2);
    assert.equal((await queue.get(second.id))?.parentAwaySince, '2026-11-23T10:00:00.000Z');
  });

  it('never marks as gone a parent whose channel does not say (Teams), nor a closed handoff', async () => {
    const queue = stores().handoffs;
    const teams = await queue.create(newHandoff('teams-1', { channelId: 'msteams' }));
    const closed = await queue.create(newHandoff('c2'));
    await queue.markParentSeen(['c2']);
    await queue.close(closed.id, 'closed-by-adviser');
    clock.later(60);
    await queue.markParentAway({ seenBefore: clock.now().toISOString() });
    await queue.markParentSeen(['c2']);
    assert.equal((await queue.get(teams.id))?.parentAwaySince, undefined);
    assert.equal((await queue.get(teams.id))?.parentSeenAt, undefined);
    const after = (await queue.get(closed.id))!;
    assert.equal(after.parentAwaySince, undefined);
    assert.equal(after.parentSeenAt, '2026-11-23T10:00:00.000Z', 'a closed handoff is left as it was');
  });

  it('marks one conversation\'s parent as gone at once ("Start a new conversation" with a call-back to do)', async () => {
    const queue = stores().handoffs;
    const h = await queue.create(newHandoff('c1'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123' });
    clock.later(1);
    await queue.markParentAway({ conversationId: 'c1' });
    const record = (await queue.get(h.id))!;
    assert.equal(record.status, 'callback-requested');
    assert.equal(record.parentAwaySince, '2026-11-23T10:01:00.000Z');
    assert.equal(record.parentSeenAt, '2026-11-23T10:01:00.000Z');
  });

  it('"Clear this conversation" ends an open handoff as "the parent left", for the hub to say', async () => {
    const queue = stores().handoffs;
    const h = await queue.create(newHandoff('c1'));
    await queue.take(h.id, SAM);
    const events: QueueEvent[] = [];
    queue.subscribe((e) => events.push(e));
    assert.equal(await queue.eraseConversation('c1'), 1);
    assert.deepEqual(events, [{ type: 'closed', handoffId: h.id, conversationId: 'c1', outcome: 'parent-left' }]);
  });
});
