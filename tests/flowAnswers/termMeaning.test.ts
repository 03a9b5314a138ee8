import assert from 'node:assert/strict';
import type { GlossaryEntry } from '../../src/domain/kb/article';
import { termMeaningAsked, termMeaningText } from '../../src/domain/flowAnswers/termMeaning';

/** A few entries as knowledge/glossary.yaml writes them. */
const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'EHC plan',
    aliases: ['ehcp', 'ehc plans', 'education health and care plan', 'education, health and care plan'],
    meaning: "An education, health and care plan: a legal document from the council that describes a child's or young person's needs and the help they must get.",
    article: 'what-is-an-ehc-plan',
  },
  {
    term: 'EHC needs assessment',
    aliases: ['ehcna', 'ehc assessment', 'education health and care needs assessment'],
    meaning: "A detailed look by the council at a child's or young person's special educational needs, to decide whether they need an EHC plan.",
  },
  { term: 'SENCo', aliases: ['sendco', 'special educational needs coordinator'], meaning: 'Special educational needs co-ordinator: the teacher in a school who makes sure children with SEN get the right help.' },
  { term: 'Section F', aliases: ['section f'], meaning: 'The part of an EHC plan that sets out the help the child must get.' },
];
const asIs = (t: string) => t;

describe('flow answers: "what does X mean?" from the glossary', () => {
  it('"what does EHC mean": spelt out from the terms it starts, with those terms defined (QA e09)', () => {
    for (const q of ['what does EHC mean', 'What does EHC stand for?', "what's ehc mean", 'what is EHC short for', 'meaning of EHC']) {
      const meaning = termMeaningAsked(q, GLOSSARY);
      assert.equal(meaning?.kind, 'short-form', q);
      const text = termMeaningText(meaning!, asIs);
      assert.match(text, /^\*\*EHC\*\* means education, health and care\./, q);
      assert.match(text, /\*\*EHC plan\*\*: an education, health and care plan: a legal document/);
      assert.match(text, /\*\*EHC needs assessment\*\*: a detailed look by the council/);
    }
  });

  it('a term or one of its aliases gets its own meaning', () => {
    const senco = termMeaningAsked('what does SENCo stand for', GLOSSARY);
    assert.equal(senco?.kind === 'term' && senco.entry.term, 'SENCo');
    assert.equal(termMeaningText(senco!, asIs), '**SENCo** means: Special educational needs co-ordinator: the teacher in a school who makes sure children with SEN get the right help.');
    const ehcp = termMeaningAsked('what does an EHCP mean?', GLOSSARY);
    assert.equal(ehcp?.kind === 'term' && ehcp.entry.term, 'EHC plan');
  });

  it('leaves other questions, and words the glossary does not explain, to the knowledge base', () => {
    for (const q of ['how long does the council have', 'what is a SENCo?', 'what does the council have to do', 'what does ABC mean', 'what does Section mean', 'Leeds']) {
      assert.equal(termMeaningAsked(q, GLOSSARY), undefined, q);
    }
  });

  it('fills the placeholders in a meaning', () => {
    const meaning = termMeaningAsked('what does SENCo mean', [{ term: 'SENCo', aliases: [], meaning: 'At {{sendiass.name}}.' }]);
    assert.equal(termMeaningText(meaning!, (t) => t.replace('{{sendiass.name}}', 'Anytown SENDIASS')), '**SENCo** means: At Anytown SENDIASS.');
  });
});
