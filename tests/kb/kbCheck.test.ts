import assert from 'node:assert/strict';
import { checkKnowledge } from '../../src/domain/kb/kbCheck';
import { fillPlaceholders } from '../../src/domain/kb/placeholders';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { runKbCheck } from '../../src/cli/kbCheckCommand';
import { todayInLondon } from '../../src/domain/dates/calendarDate';
import { FIXTURE_KB, readFixture, writeKnowledge, REAL_KB, testConfig } from '../helpers/fixtures';

const good = readFixture('assessment-decision.md');
const other = readFixture('mediation-basics.md');
const TODAY = '2026-11-23';

function check(files: Record<string, string>, strict = false) {
  return checkKnowledge(loadKnowledgeBase(writeKnowledge(files)), { today: TODAY, strict });
}

function errorsOf(result: ReturnType<typeof check>) {
  return result.problems.filter((p) => p.severity === 'error');
}

describe('kb check', () => {
  it('passes the fixture knowledge base with only a review-date warning', () => {
    const r = checkKnowledge(loadKnowledgeBase(FIXTURE_KB), { today: TODAY });
    assert.equal(r.errors, 0);
    assert.equal(r.warnings, 1);
    assert.match(r.problems[0].message, /due for review/);
  });

  it('makes a passed review date an error with --strict', () => {
    const r = checkKnowledge(loadKnowledgeBase(FIXTURE_KB), { today: TODAY, strict: true });
    assert.equal(r.errors, 1);
    assert.equal(r.problems[0].field, 'reviewBy');
  });

  it('fails on a schema error, naming file and field', () => {
    const r = check({ 'a.md': good.replace(/^reviewer: .*$/m, ''), 'b.md': other });
    const errors = errorsOf(r);
    assert.ok(errors.some((p) => p.file === 'a.md' && p.field === 'reviewer'), JSON.stringify(errors));
    assert.equal(r.articles.length, 1, 'the bad article is left out, the other still loads');
  });

  it('fails on a duplicate id', () => {
    const r = check({ 'a.md': good, 'b.md': other, 'c.md': good });
    assert.ok(errorsOf(r).some((p) => p.file === 'c.md' && p.field === 'id'));
  });

  it('fails on a related link that leads nowhere', () => {
    const r = check({ 'a.md': good.replace('related: [mediation-basics]', 'related: [no-such-article]'), 'b.md': other });
    assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'related[0]' && /no-such-article/.test(p.message)));
  });

  it('fails on a link in the body that leads nowhere', () => {
    const r = check({ 'a.md': good + '\nSee [this](kb:missing-one).\n', 'b.md': other });
    assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'body' && /kb:missing-one/.test(p.message)));
  });

  it('fails on missing sources', () => {
    const r = check({ 'a.md': good.replace(/sources:\n  - label: .*\n    url: .*\n/, 'sources: []\n'), 'b.md': other });
    assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'sources'));
  });

  it('fails on an unknown timescale key', () => {
    const r = check({ 'a.md': good.replace('{{t:decideWhetherToAssess}}', '{{t:decideWhenever}}'), 'b.md': other });
    assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'summary' && /unknown timescale key "decideWhenever"/.test(p.message)));
  });

  it('fails on anything else in double braces, which would otherwise reach a parent as typed', () => {
    for (const [typed, named] of [['{{t:decide-whether}}', 't:decide-whether'], ['{{ council name }}', 'council name'], ['{{}}', '']] as const) {
      const r = check({ 'a.md': good.replace('{{t:decideWhetherToAssess}}', typed), 'b.md': other });
      assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'summary' && p.message.includes(`"${named.startsWith('t:') ? named.slice(2) : `{{${named}}}`}"`)),
        `${typed}: ${JSON.stringify(errorsOf(r))}`);
    }
  });

  it('fills every placeholder in the shipped articles, timescale keys with digits in them too', () => {
    const shipped = loadKnowledgeBase(REAL_KB);
    const { services } = testConfig();
    for (const a of shipped.articles) {
      for (const text of [a.title, a.summary, a.body]) assert.ok(!fillPlaceholders(text, services).includes('{{'), `${a.id}: ${fillPlaceholders(text, services).match(/\{\{[^}]*\}\}/)?.[0]}`);
    }
    assert.match(fillPlaceholders('The date is {{t:phaseTransferPost16}}.', services), /^The date is 31 March\.$/);
  });

  it('warns about a definition with no article and no lastReviewed date, since its answer could not say when it was checked', () => {
    const dir = writeKnowledge({ 'a.md': good, 'b.md': other, 'glossary.yaml': '- term: SENCo\n  meaning: The teacher who organises help for children with SEN.\n' });
    const r = checkKnowledge(loadKnowledgeBase(dir), { today: TODAY });
    assert.ok(r.problems.some((p) => p.severity === 'warning' && p.file === 'glossary.yaml' && /"SENCo" has no article and no lastReviewed date/.test(p.message)), JSON.stringify(r.problems));
  });

  it('fails on text that is too hard to read', () => {
    const hard = good.replace('Write to the council and ask for a decision by a set date. You can also complain.',
      'Notwithstanding the aforementioned considerations, administrative deliberations concerning statutory determinations necessitate comprehensive documentation, unequivocal substantiation and particularised representations regarding procedural irregularities occasioned institutionally.');
    const r = check({ 'a.md': hard, 'b.md': other });
    assert.ok(errorsOf(r).some((p) => p.file === 'a.md' && p.field === 'body' && /reads at about age/.test(p.message)));
  });

  it('the command exits non-zero and says why', () => {
    const dir = writeKnowledge({ 'a.md': good.replace('related: [mediation-basics]', 'related: [nowhere]') });
    const lines: string[] = [];
    const code = runKbCheck([], { out: (l) => lines.push(l), err: (l) => lines.push(l) }, dir);
    assert.equal(code, 1);
    assert.ok(lines.some((l) => /ERROR a\.md related\[0\]: links to "nowhere"/.test(l)));
  });

  it('passes on the real knowledge base, today', () => {
    // Today, as `npm run kb:check` does: an article an editor reviewed today is not "in the future".
    const r = checkKnowledge(loadKnowledgeBase(REAL_KB), { today: todayInLondon() });
    assert.deepEqual(errorsOf(r), []);
    assert.ok(r.articles.length >= 35, `only ${r.articles.length} articles`);
  });
});
