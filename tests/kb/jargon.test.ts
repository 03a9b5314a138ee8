import assert from 'node:assert/strict';
import { shortMeaning, unexplainedJargon } from '../../src/domain/kb/jargon';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { KnowledgeBase } from '../../src/domain/kb/knowledgeBase';
import { defaultConfig } from '../../src/config/config';
import { REAL_KB } from '../helpers/fixtures';

describe('jargon explained in every answer', () => {
  const loaded = loadKnowledgeBase(REAL_KB);

  it('explains an acronym the answer does not spell out', () => {
    const notes = unexplainedJargon('Ask the SENCo for a meeting.', loaded.glossary);
    assert.equal(notes[0]?.term, 'SENCo');
    assert.match(notes[0].meaning, /special educational needs co-ordinator/i);
  });

  it('leaves alone an acronym explained where it first appears', () => {
    assert.deepEqual(unexplainedJargon('The integrated care board (ICB) pays for health care.', loaded.glossary), []);
  });

  it('adds "Words used" to an answer that uses an unexplained acronym', () => {
    const kb = new KnowledgeBase(loaded, defaultConfig().services);
    const r = kb.lookUp('can i get a personal budget', '2026-11-23');
    assert.equal(r.kind, 'answer');
    if (r.kind === 'answer') assert.match(r.answer.text, /Words used: EHC plan means an education, health and care plan/);
  });

  it('keeps the capitals of a name in "Words used" (IPSEA means Independent Provider..., not "independent Provider")', () => {
    const kb = new KnowledgeBase(loaded, defaultConfig().services);
    const r = kb.lookUp('do i need a lawyer for the tribunal', '2026-11-23');
    assert.equal(r.kind, 'answer');
    if (r.kind === 'answer') assert.match(r.answer.text, /IPSEA means Independent Provider of Special Education Advice\./);
    // (A meaning that starts "The ..." still reads on in lower case.)
    const t = kb.lookUp('tribunal dedline', '2026-11-23');
    if (t.kind === 'answer') assert.match(t.answer.text, /SEND Tribunal means the First-tier Tribunal/);
  });

  it('gives each meaning whole, to the end of its sentence (no "…" cutting it short)', () => {
    const kb = new KnowledgeBase(loaded, defaultConfig().services);
    const r = kb.lookUp('how do i ask for an ehc needs assessment', '2026-11-23');
    assert.equal(r.kind, 'answer');
    if (r.kind === 'answer') {
      assert.match(r.answer.text, /EHC needs assessment means [^\n]*, to decide whether they need an EHC plan\./);
      assert.doesNotMatch(r.answer.text, /…/);
    }
  });

  it('explains "EHC plan" once, not "EHC" as well', () => {
    const notes = unexplainedJargon('Ask for an EHC plan.', loaded.glossary).map((n) => n.term);
    assert.ok(notes.includes('EHC plan'), notes.join());
    assert.ok(!notes.includes('EHC'), notes.join());
    assert.deepEqual(unexplainedJargon('The EHC process takes 20 weeks.', loaded.glossary).map((n) => n.term), ['EHC']);
  });

  it('ends an over-long meaning at a word, never in the middle of one', () => {
    const long = `A ${'very '.repeat(40)}long meaning.`;
    const short = shortMeaning(long);
    assert.ok(short.length <= 151, short);
    assert.match(short, /very…$/);
  });
});
