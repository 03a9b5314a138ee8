import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { FIXTURE_KB, readFixture, writeKnowledge } from '../helpers/fixtures';

describe('knowledge base loader', () => {
  it('loads articles with their sections and the glossary', () => {
    const kb = loadKnowledgeBase(FIXTURE_KB);
    assert.deepEqual(kb.problems, []);
    assert.deepEqual(kb.articles.map((a) => a.id).sort(), ['assessment-decision', 'mediation-basics']);
    const a = kb.articles.find((x) => x.id === 'assessment-decision')!;
    assert.deepEqual(a.sections.map((s) => s.heading), ['When the clock starts', 'If the council is late']);
    assert.equal(a.sources[0].label, 'SEN and Disability Regulations 2014, reg 5(1)');
    assert.equal(kb.glossary.length, 2);
  });

  it('reports a bad article with its file and field, and still loads the rest', () => {
    const broken = readFixture('mediation-basics.md').replace(/sources:\n  - label: .*\n/, 'sources: []\n');
    const dir = writeKnowledge({ 'good.md': readFixture('assessment-decision.md'), 'broken.md': broken });
    const kb = loadKnowledgeBase(dir);
    assert.deepEqual(kb.articles.map((a) => a.id), ['assessment-decision']);
    assert.equal(kb.problems.length, 1);
    assert.equal(kb.problems[0].file, 'broken.md');
    assert.equal(kb.problems[0].field, 'sources');
    assert.match(kb.problems[0].message, /at least one source/);
  });

  it('names each missing or malformed field', () => {
    const noTitle = readFixture('assessment-decision.md').replace(/^title: .*\n/m, '').replace('lastReviewed: 2026-11-01', 'lastReviewed: last week');
    const kb = loadKnowledgeBase(writeKnowledge({ 'x.md': noTitle }));
    const fields = kb.problems.map((p) => p.field).sort();
    assert.deepEqual(fields, ['lastReviewed', 'title']);
  });

  it('refuses a duplicate id and invalid YAML', () => {
    const dir = writeKnowledge({
      'a.md': readFixture('assessment-decision.md'),
      'b.md': readFixture('assessment-decision.md'),
      'c.md': '---\nid: [unclosed\n---\n## x\ny\n',
    });
    const kb = loadKnowledgeBase(dir);
    assert.equal(kb.articles.length, 1);
    assert.ok(kb.problems.some((p) => p.file === 'b.md' && p.field === 'id' && /already used by a\.md/.test(p.message)));
    assert.ok(kb.problems.some((p) => p.file === 'c.md' && p.field === 'front matter'));
  });
});
