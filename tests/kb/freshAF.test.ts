import assert from 'node:assert/strict';
import lunr from 'lunr';
import { KnowledgeBase } from '../../src/domain/kb/knowledgeBase';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { buildVocabulary } from '../../src/domain/kb/sendVocabulary';
import { composeFullArticle } from '../../src/domain/kb/answerComposer';
import { defaultConfig } from '../../src/config/config';
import { REAL_KB } from '../helpers/fixtures';

const services = defaultConfig().services;
const TODAY = '2026-11-25';

describe('fresh tester AF: the article that answers, in other words than the tester\'s', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };
  const cases: Array<[question: string, article: string, fact?: RegExp]> = [
    // Called to collect a child in the day: sent home without a formal exclusion, not lunchtimes
    ['the school phones me to come and collect her at lunchtime nearly every day, can they do that', 'exclusions-and-part-time-timetables'],
    ['they keep calling us to come and fetch him home early, is this legal', 'exclusions-and-part-time-timetables'],
    // A proposed plan "instead of" an EHCP is the reforms, not a refusal to issue
    ['the senco says my daughter will have an ISP instead of her ehcp from september', 'proposed-reforms'],
    // A school saying it can do no more until there is a plan: SEN support, best endeavours
    ['school told me they cannot give any more support unless she gets an ehcp', 'sen-support-graduated-approach', /best endeavours/],
    // Time limits after a review has happened
    // A child under 5: reviews more often than yearly
    ['should a 2 year olds plan be reviewed more often than once a year', 'annual-reviews', /3 months to 6 months/],
    // Moving between two places (not two stages of school)
    ['we are relocating from bristol to devon next spring, will the plan follow him', 'moving-to-another-council'],
    // Which decisions can be appealed
    ['which bits can we actually appeal to tribunal, we hate the entire plan', 'tribunal-appeals', /sections B, F and I/],
    // No set wait before asking again
    ['they turned down the assessment in march, is there a 12 month wait before i can apply again', 'refusal-to-assess', /no set wait/],
    // Vague wording in section F
    ['section f says "opportunities for" small group work, is that acceptable', 'section-f-provision', /Vague words/],
    // SEND is not the same as a learning disability
    ['his nursery says he has SEN, does that mean learning disabilities', 'what-is-send', /does not mean that a child has a learning disability/],
    // Only education can be appealed; health and care get recommendations
    ['can the tribunal order the social care part or is it just education', 'health-and-social-care-in-plan', /cannot appeal about the health and social care parts on their own/],
  ];
  for (const [question, article, fact] of cases) {
    it(`"${question}" -> ${article}`, () => {
      const a = answer(question);
      assert.deepEqual(a.articleIds, [article]);
      if (fact) assert.match(a.text, fact);
    });
  }
  it('gives the time limits after a review meeting, not the general review article', () => {
    const a = answer('we had his review meeting back in october and still no changes to the plan, how long should it take');
    assert.ok(['amending-a-plan', 'annual-review-meeting-and-decision'].includes(a.articleIds[0]), a.articleIds[0]);
    assert.match(a.text, /within (?:4|8) weeks/);
  });
  it('still finds a diabetes question in the Equality Act paragraph, and a move up to secondary as a phase transfer', () => {
    assert.match(answer('my daughter has epilepsy, is she disabled or does she have SEN').text, /Equality Act 2010/);
    assert.deepEqual(answer('he is moving from primary to secondary next year, what happens to the ehcp').articleIds, ['phase-transfers']);
  });
});

describe('fresh tester AF: topics the knowledge base does not cover are said so, and nothing unrelated is offered', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const notCovered = (q: string, topic: RegExp) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'unsure', q);
    if (r.kind === 'unsure') {
      assert.match(r.search.missingTopic ?? '', topic, q);
      assert.deepEqual(r.closest, []);
    }
  };
  it('NHS waiting times, behaviour and sleep at home, tutors, blue badges, children in care', () => {
    notCovered('the paediatrician wait is over a year, can i speed it up', /NHS waiting lists/);
    notCovered('any strategies for tantrums at bedtime, she is 5', /behaviour and sleep at home/);
    notCovered('where can I find a tutor near leeds for maths', /tutor/);
    notCovered('is my autistic son entitled to a blue badge for the car', /blue badges/);
    notCovered('I am a kinship carer, who makes decisions about his plan, me or children\'s services', /children in care/);
  });
  it('names every topic it does not cover in a two-part question', () => {
    notCovered('can she go on the residential trip? and can she have a reader in her exams', /school trips or exams/);
  });
  it('still answers paying a tutor with a personal budget, and waiting for a diagnosis', () => {
    const budget = kb.lookUp('could a direct payment pay for a tutor', TODAY);
    assert.ok(budget.kind === 'answer' && budget.answer.articleIds[0] === 'personal-budgets');
    const wait = kb.lookUp('we are on the camhs waiting list for an autism assessment, can school help now', TODAY);
    assert.ok(wait.kind === 'answer' && wait.answer.articleIds[0] === 'diagnosis-not-needed');
  });
});

describe('fresh tester AF: links to other articles read once', () => {
  const knowledge = loadKnowledgeBase(REAL_KB);
  const kb = new KnowledgeBase(knowledge, services);
  it('never writes a title after its own "the" or "a", nor names an article twice after "see"', () => {
    for (const article of kb.articles) {
      const text = kb.fullArticle(article.id, TODAY)!.text;
      assert.doesNotMatch(text, /\b(?:the|a|an) "(?:The|A|An) /i, article.id);
      assert.doesNotMatch(text, /\b[Ss]ee "[^"]+" \(see "/, article.id);
    }
  });
  it('keeps the words after a possessive and points to the article', () => {
    const options = { services, today: TODAY, getArticle: (id: string) => kb.retriever.getArticle(id) };
    const article = { ...kb.retriever.getArticle('the-senco')!, sections: [{ heading: 'Next', anchor: 'next', body: 'Ask the [SENCo](kb:the-senco). Read your school\'s [SEN information report](kb:sen-information-report).', firstParagraph: '' }] };
    const text = composeFullArticle(article as never, options as never).text;
    assert.match(text, /Ask "The SENCo"\./);
    assert.match(text, /your school's SEN information report \(see "A school's SEN information report"\)/);
  });
});

describe('fresh tester AF: new vocabulary tokens', () => {
  const v = buildVocabulary();
  it('are read where meant, and not where not', () => {
    assert.ok(v.conceptsIn('we are moving from york to hull').includes('movingarea'));
    assert.ok(!v.conceptsIn('moving from primary to secondary').includes('movingarea'));
    assert.ok(!v.conceptsIn('moving from sen support to an ehcp').includes('movingarea'));
    assert.ok(v.conceptsIn('since the annual review nothing has come').includes('afterreview'));
    assert.ok(v.conceptsIn('they ring me to pick him up most days').includes('senthome'));
    assert.ok(!v.conceptsIn('you can ring the council to ask').includes('senthome'));
    assert.ok(v.conceptsIn('what can we appeal about').includes('appealscope'));
    assert.ok(!v.conceptsIn('how do i appeal').includes('appealscope'));
    assert.ok(!v.conceptsIn('the 6 week rule').includes('waitagain'));
    assert.ok(v.conceptsIn('is there a 6 month rule').includes('waitagain'));
  });
  it('do not stem to an ordinary word', () => {
    for (const token of ['movingarea', 'afterreview', 'appealscope', 'nohelpwithoutplan', 'healthwait', 'homebehaviour', 'findtutor', 'waitagain', 'vaguewording', 'lookedafter', 'bluebadge', 'learningdisability']) {
      const stem = lunr.stemmer(new lunr.Token(token, {})).toString();
      assert.ok(stem.length >= token.length - 7 && !['moving', 'review', 'appeal', 'plan', 'health', 'wait', 'tutor'].includes(stem), `${token} -> ${stem}`);
    }
  });
});
