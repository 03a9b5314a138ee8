import assert from 'node:assert/strict';
import { createBot } from '../../src/bot/createBot';
import { NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { TestConversation } from '../../src/cli/testConversation';
import { buildGapsReport } from '../../src/domain/gaps/gapsReport';
import type { GapRecord } from '../../src/domain/gaps/gapRecord';
import { silentLogger } from '../../src/logging/logger';
import { kinds } from '../helpers/bot';
import { testConfig } from '../helpers/fixtures';

/** Questions the knowledge base has no article for (it offers the closest topics instead). */
const UNKNOWN = [
  'Can my son Alfie get a free leisure pass for the swimming pool at weekends?',
  'is there a free leisure pass for my daughter to get to the swimming pool on weekends',
  'Could my child get a free leisure pass to go swimming at weekends?',
];
const ANSWERED = 'how long does the council have to decide whether to assess my child?';

/** The real bot with a clock the test can move. */
function bot() {
  let now = new Date('2026-11-23T10:00:00Z');
  const created = createBot({ config: testConfig(), logger: silentLogger, clock: () => now });
  let n = 0;
  return {
    ...created,
    conversation: () => new TestConversation(created.bot, `gaps-${++n}`),
    later: (minutes: number) => { now = new Date(now.getTime() + minutes * 60_000); },
    records: (): Promise<GapRecord[]> => created.deps.gaps.store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'),
  };
}

function offeredTopics(replies: Awaited<ReturnType<TestConversation['say']>>): string[] {
  return replies.flatMap((r) => (r.attachments ?? []).flatMap((a) => ((a.content as { buttons?: Array<{ title: string }> })?.buttons ?? []).map((b) => b.title)))
    .filter((t) => t !== 'Talk to a person');
}

describe('gaps: what the bot could not answer, from real conversations', function () {
  this.timeout(20000);

  it('a question with no good match, where the parent then picks an offered topic: "no good match", closest = the topic picked', async () => {
    const b = bot();
    const c = b.conversation();
    const unsure = await c.say(UNKNOWN[0]);
    assert.ok(kinds(unsure).includes('clarify'));
    assert.deepEqual(await b.records(), [], 'nothing yet: what the parent does next decides the kind');
    const topic = offeredTopics(unsure)[1];
    await c.say(topic);
    const [record] = await b.records();
    assert.equal(record.kind, 'low-confidence');
    assert.equal(record.question, 'Can my son [name] get a free leisure pass for the swimming pool at weekends?', 'the name is gone');
    const picked = b.deps.kb.articles.find((a) => a.title === topic)!;
    assert.equal(record.closestArticleId, picked.id);
  });

  it('a question on a topic no article covers: offered no topics, and kept at once as "no good match"', async () => {
    const b = bot();
    const c = b.conversation();
    const replies = await c.say('can my son get extra time in his exams');
    assert.deepEqual(offeredTopics(replies), []);
    const records = await b.records();
    assert.deepEqual(records.map((r) => r.kind), ['low-confidence']);
    assert.equal(records[0].closestArticleId, undefined);
  });

  it('a clarify that went nowhere: the parent asked something else', async () => {
    const b = bot();
    const c = b.conversation();
    await c.say(UNKNOWN[1]);
    await c.say(ANSWERED);
    const records = await b.records();
    assert.deepEqual(records.map((r) => r.kind), ['clarify-no-match']);
    assert.equal(records[0].question, UNKNOWN[1]);
  });

  it('a clarify that went nowhere: the parent gave up (wrote nothing for 30 minutes)', async () => {
    const b = bot();
    await b.conversation().say(UNKNOWN[2]);
    b.later(29);
    assert.equal(await b.deps.gaps.expireClarifies(), 0);
    b.later(2);
    assert.equal(await b.deps.gaps.expireClarifies(), 1);
    assert.deepEqual((await b.records()).map((r) => r.kind), ['clarify-no-match']);
  });

  it('two misses in a row: the first clarify went nowhere, and the handoff for lack of content is recorded', async () => {
    const b = bot();
    const c = b.conversation();
    await c.say(UNKNOWN[0]);
    const second = await c.say('my child needs help with swimming lessons on saturdays');
    assert.ok(kinds(second).includes('handoff'), kinds(second).join(', '));
    const records = await b.records();
    assert.deepEqual(records.map((r) => r.kind).sort(), ['clarify-no-match', 'handoff-no-content']);
    assert.match(records.find((r) => r.kind === 'handoff-no-content')!.question, /swimming lessons on saturdays/);
  });

  it('writes what is still waiting when the server stops, as "no good match"', async () => {
    const b = bot();
    await b.conversation().say(UNKNOWN[0]);
    assert.equal(await b.deps.gaps.flush(), 1);
    assert.deepEqual((await b.records()).map((r) => r.kind), ['low-confidence']);
  });

  it('low-confidence questions and "not helpful" answers appear in the report, grouped and counted', async () => {
    const b = bot();
    // Three parents ask about leisure passes for swimming in their own words: one picks an offered
    // topic, two move on.
    for (const [i, q] of UNKNOWN.entries()) {
      const c = b.conversation();
      const unsure = await c.say(q);
      await c.say(i === 0 ? offeredTopics(unsure)[0] : 'thanks');
    }
    // Two parents say the timescales answer did not help.
    for (const lookingFor of ['what if the council is late', 'what if they say no']) {
      const c = b.conversation();
      await c.say(ANSWERED);
      await c.say(NOT_HELPFUL_TEXT);
      await c.say(lookingFor);
    }
    const records = await b.records();
    assert.equal(records.length, 5);
    for (const r of records) assert.deepEqual(Object.keys(r).filter((k) => /conversation|user|channel/i.test(k)), []);

    const report = buildGapsReport(records, { from: '2026-11-01', to: '2026-11-23' });
    assert.equal(report.total, 5);
    assert.equal(report.byKind['low-confidence'], 1);
    assert.equal(report.byKind['clarify-no-match'], 2);
    assert.equal(report.byKind['not-helpful'], 2);

    const swimming = report.byWording.find((g) => /swimming/.test(g.label));
    assert.ok(swimming, JSON.stringify(report.byWording.map((g) => g.label)));
    assert.equal(swimming.count, 3, 'the three leisure-pass questions are one group');
    assert.deepEqual([swimming.byKind['low-confidence'], swimming.byKind['clarify-no-match']], [1, 2]);

    const timescales = report.byArticle.find((g) => g.articleId === 'ehc-timescales');
    assert.ok(timescales);
    assert.equal(timescales.byKind['not-helpful'], 2);
    assert.deepEqual([...timescales.lookingFor].sort(), ['what if the council is late', 'what if they say no']);
    assert.ok(timescales.averageScore! > 0);
  });
});
