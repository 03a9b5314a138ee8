import assert from 'node:assert/strict';
import {
  buildGapsReport, createGapRecord, groupByWording, jaccard, loadGapsReport, londonDayStart, MemoryGapsStore,
  trendOf, weekStartOf, wordingTokens, type GapInput, type GapRecord,
} from '../../src/domain/gaps';

let n = 0;
function gap(at: string, input: Partial<GapInput>): GapRecord {
  n += 1;
  return createGapRecord({ kind: 'low-confidence', question: 'x', ...input }, { now: new Date(at), newId: () => `g${n}` });
}

describe('the gaps report for admins', () => {
  const records = [
    gap('2026-11-02T09:00:00Z', { question: 'Can my son Jack get free transport to his special school?', closestArticleId: 'school-transport', closestScore: 0.32 }),
    gap('2026-11-03T09:00:00Z', { kind: 'not-helpful', question: 'can my daughter get free school transport', closestArticleId: 'school-transport', closestScore: 0.55, lookingFor: 'who pays for the taxi' }),
    gap('2026-11-10T09:00:00Z', { question: 'Is free transport to a special school available for my son?', closestArticleId: 'school-transport', closestScore: 0.28 }),
    gap('2026-11-11T09:00:00Z', { kind: 'clarify-no-match', question: 'Can I record the annual review meeting on my phone?', closestArticleId: 'annual-reviews', closestScore: 0.2 }),
    gap('2026-11-12T09:00:00Z', { kind: 'not-helpful', question: 'can i record the annual review meeting', closestArticleId: 'annual-reviews', closestScore: 0.6 }),
    gap('2026-11-20T09:00:00Z', { kind: 'handoff-no-content', question: 'What are my rights as a grandparent with a special guardianship order?' }),
  ];

  it('groups questions asked in similar words, biggest group first, with counts by kind', () => {
    const report = buildGapsReport(records, { from: '2026-11-01', to: '2026-11-30' });
    assert.equal(report.total, 6);
    assert.deepEqual(report.byKind, { 'low-confidence': 2, 'clarify-no-match': 1, 'not-helpful': 2, 'handoff-no-content': 1 });
    assert.deepEqual(report.byWording.map((g) => g.count), [3, 2, 1]);
    const [transport, recording, guardianship] = report.byWording;
    assert.match(transport.label, /transport/i);
    assert.deepEqual(transport.byKind, { 'low-confidence': 2, 'clarify-no-match': 0, 'not-helpful': 1, 'handoff-no-content': 0 });
    assert.deepEqual(transport.closestArticles, [{ articleId: 'school-transport', count: 3 }]);
    assert.deepEqual(transport.lookingFor, ['who pays for the taxi']);
    assert.ok(transport.examples.every((e) => !/Jack/.test(e)), 'personal details were removed before grouping');
    assert.match(recording.label, /record the annual review/i);
    assert.equal(guardianship.byKind['handoff-no-content'], 1);
  });

  it('groups by the article that came closest, with the average score', () => {
    const report = buildGapsReport(records, { from: '2026-11-01', to: '2026-11-30' });
    assert.deepEqual(
      report.byArticle.map((g) => [g.articleId, g.count, g.averageScore]),
      [['school-transport', 3, 0.383], ['annual-reviews', 2, 0.4], [undefined, 1, undefined]],
    );
  });

  it('counts each week (Monday to Sunday, in England), including quiet weeks', () => {
    const report = buildGapsReport(records, { from: '2026-11-01', to: '2026-11-30' });
    assert.deepEqual(report.weekly, [
      { weekStart: '2026-10-26', count: 0 },
      { weekStart: '2026-11-02', count: 2 },
      { weekStart: '2026-11-09', count: 3 },
      { weekStart: '2026-11-16', count: 1 },
      { weekStart: '2026-11-23', count: 0 },
      { weekStart: '2026-11-30', count: 0 },
    ]);
    assert.deepEqual(report.byWording[0].weekly.slice(1, 3), [{ weekStart: '2026-11-02', count: 2 }, { weekStart: '2026-11-09', count: 1 }]);
  });

  it('leaves out records from outside the days asked for, using days in England', () => {
    // 00:30 on 1 July in England is 23:30 on 30 June in UTC.
    const summer = [gap('2026-06-30T23:30:00Z', { question: 'first of July' }), gap('2026-06-30T22:30:00Z', { question: 'still June' })];
    const report = buildGapsReport(summer, { from: '2026-07-01', to: '2026-07-31' });
    assert.deepEqual(report.byWording.map((g) => g.label), ['first of July']);
    assert.equal(londonDayStart('2026-07-01'), '2026-06-30T23:00:00.000Z');
    assert.equal(londonDayStart('2026-12-01'), '2026-12-01T00:00:00.000Z');
    assert.throws(() => buildGapsReport(summer, { from: '2026-08-01', to: '2026-07-01' }), RangeError);
  });

  it('reads the days from the store', async () => {
    const store = new MemoryGapsStore();
    for (const r of records) await store.add(r);
    const report = await loadGapsReport(store, { from: '2026-11-09', to: '2026-11-15' });
    assert.equal(report.total, 3);
  });

  it('says whether a group is rising, falling or steady over the last four weeks', () => {
    const weeks = (counts: number[]) => counts.map((count, i) => ({ weekStart: `2026-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`, count }));
    assert.equal(trendOf(weeks([0, 1, 0, 0, 2, 1, 2, 1])), 'rising');
    assert.equal(trendOf(weeks([3, 2, 2, 3, 1, 0, 1, 0])), 'falling');
    assert.equal(trendOf(weeks([1, 1, 1, 1, 1, 1, 1, 2])), 'steady');
    assert.equal(weekStartOf('2026-11-29'), '2026-11-23');
  });

  it('measures similar wording on the words that matter, with SEND synonyms made one', () => {
    assert.deepEqual([...wordingTokens('Can I get an EHCP for my [name]?')], ['ehcplan']);
    assert.ok(jaccard(wordingTokens('how do I appeal the EHC plan'), wordingTokens('appealing an ehcp')) >= 0.5);
    assert.ok(jaccard(wordingTokens('school transport'), wordingTokens('annual review')) === 0);
    const groups = groupByWording([gap('2026-11-01T09:00:00Z', { question: 'school transport' }), gap('2026-11-02T09:00:00Z', { question: 'school transport please' })], { threshold: 0.9 });
    assert.equal(groups.length, 1, '"please" is not a word that matters');
  });
});
