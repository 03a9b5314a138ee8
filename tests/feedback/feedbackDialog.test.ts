import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { FEEDBACK_QUESTION, HELPFUL_TEXT, NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { metaOf } from '../../src/bot/replies';
import { TestConversation } from '../../src/cli/testConversation';
import type { GapRecord } from '../../src/domain/gaps/gapRecord';
import { createLogger } from '../../src/logging/logger';
import { allText, buttonLabels, kinds, testBot } from '../helpers/bot';
import { testConfig } from '../helpers/fixtures';

const ANSWERED = 'how long does the council have to decide whether to assess my child?';
const ANSWERED_ARTICLE = 'ehc-timescales';

/** Every button on the replies, with what pressing it sends. */
function buttons(replies: Partial<Activity>[]): Array<{ type: string; title: string; value: unknown }> {
  return replies.flatMap((r) => (r.attachments ?? []).flatMap((a) => ((a.content as { buttons?: Array<{ type: string; title: string; value: unknown }> })?.buttons ?? [])));
}

async function allGaps(created: ReturnType<typeof testBot>): Promise<GapRecord[]> {
  return created.deps.gaps.store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
}

describe('"Was this helpful?" after a knowledge-base answer', function () {
  this.timeout(20000);

  it('asks under every answer, with Yes and No buttons that stay in the history and send a clear message', async () => {
    const c = testBot().conversation();
    const replies = await c.say(ANSWERED);
    const answer = replies.find((r) => metaOf(r)?.kind === 'answer');
    assert.ok(answer, `expected an answer, got ${kinds(replies).join(', ')}`);
    assert.match(answer.text ?? '', /6 weeks/, 'the text still carries the full answer');
    assert.ok((answer.text ?? '').trimEnd().endsWith(FEEDBACK_QUESTION));
    const feedback = buttons([answer]).filter((b) => b.title === 'Yes' || b.title === 'No');
    // messageBack: the words show as the parent's message; the value says which answer they are about.
    assert.deepEqual(feedback, [
      { type: 'messageBack', title: 'Yes', text: HELPFUL_TEXT, displayText: HELPFUL_TEXT, value: { feedbackFor: 1 } },
      { type: 'messageBack', title: 'No', text: NOT_HELPFUL_TEXT, displayText: NOT_HELPFUL_TEXT, value: { feedbackFor: 1 } },
    ]);
    assert.equal(answer.suggestedActions, undefined, 'card buttons, not quick replies that vanish when the parent types');
    assert.ok(buttonLabels([answer]).includes('What to do when the council is late'), 'the related topics are still offered');
  });

  it('"Yes": thanks the parent and keeps nothing', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    const replies = await c.say(HELPFUL_TEXT);
    assert.match(allText(replies), /glad it helped/);
    assert.deepEqual(await allGaps(created), []);
  });

  it('"No": a kind reply, "what were you looking for?", and the reply is kept without personal details', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    const asked = await c.say(NOT_HELPFUL_TEXT);
    assert.match(allText(asked), /sorry it did not help/i);
    assert.match(allText(asked), /What were you looking for\?/);
    assert.ok(buttonLabels(asked).includes('Skip'));

    const [record] = await allGaps(created);
    assert.equal(record.kind, 'not-helpful');
    assert.equal(record.question, ANSWERED);
    assert.equal(record.closestArticleId, ANSWERED_ARTICLE);
    assert.equal(typeof record.closestScore, 'number', 'the retrieval score is kept');

    const thanks = await c.say('What happens if Oakfield Primary School ignores Tom, my email is jo.bloggs@example.com and phone 07700 900123');
    assert.match(allText(thanks), /Thank you/);
    const [after] = await allGaps(created);
    assert.ok(after.lookingFor, 'the answer is on the record');
    assert.doesNotMatch(after.lookingFor, /Oakfield|Tom\b|jo\.bloggs|07700|900123/);
    assert.match(after.lookingFor, /What happens if/);
  });

  it('"Skip" keeps the "not helpful" record and adds nothing to it', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    await c.say(NOT_HELPFUL_TEXT);
    const skipped = await c.say('Skip');
    assert.match(allText(skipped), /That is fine/);
    const records = await allGaps(created);
    assert.equal(records.length, 1);
    assert.equal(records[0].lookingFor, undefined);
  });

  it('answers "what were you looking for?" when it is a question the knowledge base can answer', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    await c.say(NOT_HELPFUL_TEXT);
    const replies = await c.say('what is a personal budget');
    assert.ok(kinds(replies).includes('answer'), kinds(replies).join(', '));
    assert.match(allText(replies), /Personal budgets/);
    const [record] = await allGaps(created);
    assert.equal(record.lookingFor, 'what is a personal budget');
    // The new answer can be rated too.
    assert.ok(buttons(replies).some((b) => b.title === 'No' && JSON.stringify(b.value) === JSON.stringify({ feedbackFor: 2 })));
  });

  it('takes a plain "no" as feedback only straight after an answer', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    const replies = await c.say('no');
    assert.match(allText(replies), /What were you looking for\?/);
    assert.equal((await allGaps(created)).length, 1);

    const other = testBot().conversation();
    await other.say('hello');
    assert.doesNotMatch(allText(await other.say('no')), /What were you looking for/);
  });

  it('counts "No" once per answer, however often it is pressed', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    await c.say(NOT_HELPFUL_TEXT);
    await c.say('Skip');
    const again = await c.say(NOT_HELPFUL_TEXT);
    assert.match(allText(again), /already told me/);
    assert.equal((await allGaps(created)).length, 1);
  });

  it('"No" pressed under an earlier answer counts for that answer, not the latest', async () => {
    const created = testBot();
    const c = created.conversation();
    const first = (await c.say(ANSWERED)).find((r) => metaOf(r)?.kind === 'answer')!;
    await c.say('what is mediation');
    const no = buttons([first]).find((b) => b.title === 'No')!;
    const asked = await c.say(NOT_HELPFUL_TEXT, no.value);
    assert.match(allText(asked), /What were you looking for\?/);
    assert.deepEqual((await allGaps(created)).map((g) => g.closestArticleId), [ANSWERED_ARTICLE]);
    // The later answer can still be marked on its own.
    await c.say('Skip');
    await c.say(NOT_HELPFUL_TEXT);
    assert.deepEqual((await allGaps(created)).map((g) => g.closestArticleId).sort(), [ANSWERED_ARTICLE, 'mediation'].sort());
  });

  it('"No" under an answer from long ago (no longer kept) is thanked, and counted for no other answer', async () => {
    const created = testBot();
    const c = created.conversation();
    const first = (await c.say(ANSWERED)).find((r) => metaOf(r)?.kind === 'answer')!;
    for (const q of ['what is mediation', 'what is SEN support', 'what is an annual review', 'what is the local offer', 'what is SENDIASS']) await c.say(q);
    const no = buttons([first]).find((b) => b.title === 'No')!;
    const replies = await c.say(NOT_HELPFUL_TEXT, no.value);
    assert.match(allText(replies), /sorry/i);
    assert.doesNotMatch(allText(replies), /What were you looking for\?/);
    assert.deepEqual(await allGaps(created), []);
  });

  it('an old "No" pressed in the middle of a guided flow is noted, then the flow carries on', async () => {
    const created = testBot();
    const c = created.conversation();
    await c.say(ANSWERED);
    const started = await c.say('Ask for an EHC needs assessment');
    assert.ok(kinds(started).includes('flow'));
    const replies = await c.say(NOT_HELPFUL_TEXT);
    assert.match(allText(replies), /Thank you for telling me/);
    assert.ok(kinds(replies).includes('flow'), 'the flow asks its question again');
    assert.equal((await allGaps(created))[0]?.kind, 'not-helpful');
  });

  it('never writes the feedback or the parent\'s words to the logs', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const { bot } = createBot({ config: testConfig(), logger, clock: () => new Date('2026-11-23T10:00:00Z') });
    const c = new TestConversation(bot, 'feedback-privacy');
    await c.say(ANSWERED);
    await c.say(NOT_HELPFUL_TEXT);
    await c.say('Zara needs a taxi to Hillside Academy');
    await c.say('Can Zara get a free bus pass for the swimming pool at weekends?');
    await c.say('Skipping lunch at Hillside');
    const logs = lines.join('\n');
    assert.ok(lines.some((l) => l.includes('feedback.received')), 'the feedback itself is logged (as counts)');
    assert.ok(lines.some((l) => l.includes('gaps.recorded')));
    assert.doesNotMatch(logs, /Zara|Hillside|taxi|swimming|did not help|this helped|council have to decide/);
  });

  it('the feedback buttons do not change what kind of reply an answer is', async () => {
    const replies = await testBot().conversation().say(ANSWERED);
    assert.deepEqual(kinds(replies).filter((k) => k !== 'welcome'), ['answer']);
  });

  it('works when the store fails: the parent still gets a reply, and the error is logged without their words', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const broken = {
      add: async () => { throw new Error('disk full'); },
      listBetween: async () => [],
      addLookingFor: async () => { throw new Error('disk full'); },
      purgeCreatedBefore: async () => 0,
    };
    const { bot } = createBot({ config: testConfig(), logger, gapsStore: broken, clock: () => new Date('2026-11-23T10:00:00Z') });
    const c = new TestConversation(bot, 'broken-store');
    await c.say(ANSWERED);
    assert.match(allText(await c.say(NOT_HELPFUL_TEXT)), /sorry it did not help/i);
    assert.ok(allText(await c.say('Can Zara get a free bus pass for the swimming pool at weekends?')).length > 0);
    assert.ok(lines.some((l) => l.includes('gaps.store_failed')));
    assert.doesNotMatch(lines.join('\n'), /Zara|swimming/);
  });
});
