import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/domain/kb/knowledgeBase';
import { buildKnowledge, loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { buildVocabulary } from '../../src/domain/kb/sendVocabulary';
import { CONDITION_TOKENS } from '../../src/domain/kb/retriever';
import { splitSections } from '../../src/domain/kb/parseArticle';
import { composeAnswer, withoutDanglingLead } from '../../src/domain/kb/answerComposer';
import { paragraphsOf } from '../../src/domain/kb/parseArticle';
import { fillPlaceholders } from '../../src/domain/kb/placeholders';
import lunr from 'lunr';
import { defaultConfig } from '../../src/config/config';
import { FIXTURE_KB, REAL_KB } from '../helpers/fixtures';
import { topicOfTitle, withTopic } from '../../src/domain/recognizer/followUp';

const services = defaultConfig().services;
const TODAY = '2026-11-23';

/** The real knowledge base, looked up as the bot looks questions up; `answer` fails the test when it is unsure. */
function realKnowledgeBase() {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const lookUp = (q: string) => kb.lookUp(q, TODAY);
  const answer = (q: string) => {
    const r = lookUp(q);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };
  return { kb, lookUp, answer };
}

/** A test a case: the question is answered from one of `articles`, and says `fact` when one is given. */
function itAnswersFrom(answer: ReturnType<typeof realKnowledgeBase>['answer'], cases: ReadonlyArray<readonly [question: string, articles: readonly string[], fact?: RegExp]>): void {
  for (const [q, articles, fact] of cases) {
    it(`"${q}"`, () => {
      const a = answer(q);
      assert.ok(articles.includes(a.articleIds[0]!), `${q}: ${a.articleIds.join(', ')}`);
      if (fact) assert.match(a.text, fact);
    });
  }
}

describe('retrieval over the real knowledge base', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);

  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };

  it('finds the timescales with a statutory number filled in, never a placeholder', () => {
    const a = answer('when does the LA have to say yes or no to assessing');
    assert.match(a.text, /6 weeks/);
    assert.ok(!a.text.includes('{{'), a.text);
  });

  it('does not say the same facts twice: the detail under the summary keeps only what is new', () => {
    const a = answer('how long does the council have to decide whether to assess my child?');
    assert.equal(a.text.match(/decide whether to assess within 6 weeks/g)?.length, 1, a.text);
    assert.match(a.text, /counted from the day your local council receives the request/);
  });

  it('links each source to the law or guidance itself, so a parent can check it', () => {
    const a = answer('are EHC time limits in working days or weeks');
    assert.match(a.text, /Source: \[SEN and Disability Regulations 2014, reg 5\(1\)\]\(https:\/\/www\.legislation\.gov\.uk\/uksi\/2014\/1530\/regulation\/5\)/);
  });

  it('treats "ehcp", "EHC plan" and "education health and care plan" as the same thing', () => {
    const ids = ['ehcp', 'EHC plan', 'education health and care plan'].map((term) => answer(`what is an ${term} for`).articleIds[0]);
    assert.equal(new Set(ids).size, 1, `different articles: ${ids.join(', ')}`);
  });

  it('copes with a typo', () => {
    assert.match(answer('what hapens at medation').text, /mediat/i);
  });

  it('gives a definition with no article of its own with its source and the date it was last checked', () => {
    const a = answer('what is EOTAS');
    assert.match(a.text, /\*\*EOTAS\*\* means: Education otherwise than at school/);
    assert.match(a.text, /Source: .+\. Last checked: Monday 23 November 2026\./);
  });

  it('answers "what does X mean" from the glossary', () => {
    const a = answer('what does SALT mean?');
    assert.match(a.text, /speech and language/i);
  });

  it('names its sources and the date it was last checked', () => {
    const a = answer('can I ask for a particular school to be named in the plan');
    assert.ok(a.sources.length >= 1);
    assert.match(a.text, /Source: /);
    assert.match(a.text, /Last checked: /);
  });

  it('hears a child\'s age from 16 as the young person\'s own rights, without losing the question\'s topic', () => {
    assert.deepEqual(answer('my son is 17, is he allowed to make his own decisions now').articleIds, ['young-people-16-25']);
    assert.deepEqual(answer('she is 16 and the council refused to assess her').articleIds, ['refusal-to-assess']);
    assert.match(answer('the time limit is 16 weeks, is that right').text, /16 weeks/);
  });

  it('knows "1:1" and "one to one" support: missing hours find the duty to deliver the plan, how many hours finds section F', () => {
    assert.deepEqual(answer('the plan says 15 hours of 1:1 a week but she gets 5').articleIds, ['plan-not-being-delivered']);
    assert.deepEqual(answer('the school has cut his hours of one-to-one support').articleIds, ['plan-not-being-delivered']);
    assert.deepEqual(answer('does the plan have to say how many hours of one to one').articleIds, ['section-f-provision']);
  });

  it('tells "the deadline was missed" from "what is the deadline"', () => {
    assert.deepEqual(answer('the council has gone past the deadline for his final plan').articleIds, ['when-the-council-is-late']);
    assert.deepEqual(answer('we have been waiting 30 weeks and are still waiting for the plan').articleIds, ['when-the-council-is-late']);
    assert.deepEqual(answer('how long does the council have to issue the final plan').articleIds, ['ehc-timescales']);
  });

  it('finds exclusions when a parent describes what happened ("excluded for hitting a teacher")', () => {
    assert.deepEqual(answer('he was excluded for hitting a teacher').articleIds, ['exclusions-and-part-time-timetables']);
  });

  it('sends questions about benefits (DLA, carer\'s allowance) to the charity that advises on money and benefits', () => {
    for (const q of ['how do i apply for dla for my son', "can i get carer's allowance", 'what benefits can we claim']) {
      const a = answer(q);
      assert.deepEqual(a.articleIds, ['sendiass-and-national-help'], q);
      assert.match(a.text, /Contact supports families with disabled children, including with money and benefits/, q);
    }
  });

  it('hears "getting rid of" and "abolished" as a question about the proposed reforms', () => {
    for (const q of ['are they getting rid of ehcps', 'are EHC plans being abolished']) assert.deepEqual(answer(q).articleIds, ['proposed-reforms'], q);
  });

  it('hears a question with no question mark at the end of a worried story', () => {
    const a = answer('my son is 7 and struggling at school, they keep saying hes fine in class but he melts down every night. can i ask for an echp myself or does the school have to do it');
    assert.equal(a.articleIds[0], 'ehc-needs-assessment-request');
  });

  it('tells SEN from SEND, news of plans being scrapped from moving council, and who pays for therapy in a plan', () => {
    assert.equal(answer('whats the difference between send and sen').articleIds[0], 'what-is-send');
    assert.equal(answer('saw on the news ehcps are being scrapped, will my daughters plan be taken away').articleIds[0], 'proposed-reforms');
    assert.equal(answer('who pays for the OT in his plan, the NHS or the school').articleIds[0], 'health-and-social-care-in-plan');
  });

  it('hears "do I have to pay" as a question about cost, and "they won\'t do the assessment" as a refusal', () => {
    const cost = answer('do i have to pay for mediation?');
    assert.equal(cost.articleIds[0], 'mediation');
    assert.match(cost.text, /costs you nothing/);
    assert.equal(answer('got a letter today saying they wont do the assessment. what now??').articleIds[0], 'refusal-to-assess');
  });

  it('answers how long a plan lasts, and what became of statements, from the right articles', () => {
    assert.deepEqual(answer('how long is an ehcp valid for').articleIds, ['young-people-16-25']);
    assert.deepEqual(answer('how long does the ehcp process take').articleIds, ['ehc-timescales']);
    assert.deepEqual(answer('what is the difference between a statement and an ehcp').articleIds, ['what-is-an-ehc-plan']);
  });

  it('answers what an appeal costs: there is no fee', () => {
    assert.match(answer('how much will it cost us to appeal').text, /no fee/);
  });

  it('is unsure, with the closest topics, when nothing matches well', () => {
    const r = kb.lookUp('recipe for banana bread with walnuts', TODAY);
    assert.equal(r.kind, 'unsure');
  });

  it('does not answer a topic the knowledge base lacks from a look-alike word or a form of "be"', () => {
    // No article is about bullying: "bullied" once matched "fully" (a typo with another first
    // letter), and "being" matched "be" in a third of the articles.
    for (const q of ['my child is being bullied', 'my daughter has been bullied']) {
      const r = kb.lookUp(q, TODAY);
      assert.equal(r.kind, 'unsure', `${q}: ${r.kind === 'answer' ? r.answer.articleIds.join(', ') : ''}`);
    }
  });

  it('finds the right article for questions that once went astray', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      // "need" says nothing on its own, and "areas" found the Local Offer ("services in your area").
      ['what are the 4 areas of need', 'what-is-send'],
      // "How do I get an EHCP?" is how to ask for one: "ehcp" is its only content word, as in "what is an ehcp".
      ['how would we get an ehc plan for our daughter', 'how-to-request-ehc-assessment'],
      ['what is an ehcp', 'what-is-an-ehc-plan'],
      // Moving up to college is a phase transfer, not moving house.
      ['what happens to the ehcp when she moves to college', 'phase-transfers'],
      ['we are moving to a different county, what happens to the plan', 'moving-to-another-council'],
      // A deadline missed, with the timescale named in between.
      ['what happens if the council misses the 20 week deadline', 'when-the-council-is-late'],
      // The child's conditions are the background; excluding is the topic.
      ['my son is autistic and has adhd and the school keep excluding him what can i do', 'exclusions-and-part-time-timetables'],
      ['does my autistic son need a diagnosis for an ehcp', 'diagnosis-not-needed'],
      ['who writes the ehcp', 'what-is-an-ehc-plan'],
      ['who can help me fill in the forms', 'sendiass-what-they-do'],
      ['does the plan stop when he turns 18', 'young-people-16-25'],
      ['the council want to cease his plan, can they', 'ceasing-a-plan'],
      ['the council hasnt replied in 7 weeks', 'when-the-council-is-late'],
      ['my child has medical needs not SEN', 'what-is-send'],
      ['can i get direct payments for a tutor', 'personal-budgets'],
      ['can my child stay at school till 19', 'young-people-16-25'],
      // Who may ask, however the asker is named; "I'm 17" is a young person.
      ['im 17 and i want my own ehcp, can i ask myself', 'ehc-needs-assessment-request'],
      ['im a teacher, can i apply for an ehcp for a pupil', 'ehc-needs-assessment-request'],
      ['can a gp ask for an ehcp', 'ehc-needs-assessment-request'],
      ['who is allowed to request an assessment', 'ehc-needs-assessment-request'],
      ["i'm 19 at college, will my ehcp carry on", 'young-people-16-25'],
      ['how many weeks after the annual review do we get the amended plan', 'amending-a-plan'],
      // Two Acts have a section 19: parents asking for "a section 19 duty" mean the Education Act 1996's.
      ['what is a section 19 duty', 'exclusions-and-part-time-timetables'],
      ['section 19 views wishes and feelings', 'co-production-and-views'],
      // Misspelt as on a phone, and wrapped in politeness.
      ['tribnal dedline', 'appeal-deadlines'],
      ['hw long dose the counsil hav to decid on asesment', 'ehc-timescales'],
      ['medation certifcate how long', 'mediation-certificate'],
      ['Good morning. Could you please explain what happens at mediation?', 'mediation'],
      ['sorry to bother you, quick question, what is a draft plan', 'draft-ehc-plan'],
      // ...but "can I ask for" a school is about naming one.
      ['can i ask for a school to be named', 'naming-a-school'],
      // Being called to collect a child is sending home without a formal exclusion.
      ['im going to lose my job because school keep calling me to collect him', 'exclusions-and-part-time-timetables'],
    ];
    for (const [q, id] of cases) assert.deepEqual(answer(q).articleIds, [id], q);
  });

  it('says SEN support need not last a set time before asking for an assessment, however it is asked', () => {
    for (const q of ['does he need to be on sen support for six months first', 'the school say we need a year of sen support before applying for an ehcp']) {
      assert.match(answer(q).text, /SEN support need not last a set time|no set time on SEN support|set time on SEN support or special form/, q);
    }
  });

  it('defines a term asked about with a word that adds nothing ("an EOTAS package")', () => {
    assert.match(answer('what is an EOTAS package').text, /\*\*EOTAS\*\* means/);
  });

  it('is unsure, not wrong, about a topic it has no article on (transport, exams, detention, homework)', () => {
    // Each once got an article that matched the rest of the question: attendance, the duty to deliver a plan, types of school.
    for (const q of [
      'can my child get extra time in his exams',
      'can the school put my daughter in detention for her autism behaviour',
      'my daughter wont do homework, can the school punish her',
      'what is elective home education and does it affect the ehcp',
      // The tribunal article mentions "a refusal to reassess" in passing: that is not about asking for one.
      'can i ask for a new assessment',
      'how do i ask for a reassessment',
      // "Medication" stems as "medical" does: one token, so the diagnosis article is not taken for it.
      'can the school refuse to give my child his medication',
    ]) {
      const r = kb.lookUp(q, TODAY);
      assert.equal(r.kind, 'unsure', `${q}: ${r.kind === 'answer' ? r.answer.articleIds.join(', ') : ''}`);
      // None of the nearest articles mentions the topic: none is offered.
      if (r.kind === 'unsure') assert.deepEqual(r.closest, [], q);
    }
    const named = (q: string) => { const r = kb.lookUp(q, TODAY); return r.kind === 'unsure' ? r.search.missingTopic : undefined; };
    assert.equal(named('can my child get extra time in his exams'), 'exams');
    assert.equal(named('my son is being bullied because of his disability'), 'bullying');
  });

  it('answers a topic question from the article about the topic, even when another matched more words', () => {
    // The Local Offer must cover travel to school (and lists short breaks): it got exclusions before.
    assert.deepEqual(answer('can i get help with home to school transport').articleIds, ['local-offer']);
    assert.match(answer('can i get help with home to school transport').text, /travel to school or college/);
    assert.deepEqual(answer('can we get short breaks or respite').articleIds, ['local-offer']);
  });

  it('does not answer a single word found only in an article\'s body (a name from an example, "reading")', () => {
    for (const q of ['Sam', 'reading']) assert.equal(kb.lookUp(q, TODAY).kind, 'unsure', q);
    for (const q of ['ehcp', 'mediation', 'tribunal', 'senco', 'timescales']) assert.equal(kb.lookUp(q, TODAY).kind, 'answer', q);
  });

  it('still answers when the article uses the topic word, or the odd word is not a topic', () => {
    assert.deepEqual(answer('is my child protected under the equality act').articleIds, ['what-is-send']);
    assert.deepEqual(answer('the senco keeps fobbing me off').articleIds, ['the-senco']);
  });

  it('answers the council saying no to a school from naming a school, not from refusing to assess', () => {
    for (const q of ['could the local authority turn down the school we picked', 'our first choice school is full so will the LA refuse it']) {
      assert.deepEqual(answer(q).articleIds, ['naming-a-school'], q);
    }
    assert.deepEqual(answer('the council refused to assess my son at school').articleIds, ['refusal-to-assess']);
  });

  it('knows a private school is an independent one, which can refuse a child', () => {
    const a = answer('will a private school have to take him if it is in his ehcp');
    assert.deepEqual(a.articleIds, ['types-of-school']);
    assert.match(a.text, /independent \(private\) schools can be asked for too, but they can refuse/);
  });

  it('says the EHC weeks include school holidays, and names the exceptions', () => {
    const a = answer('are the ehc deadlines frozen over the school holidays');
    assert.match(a.text, /including school holidays/);
    assert.match(a.text, /closed for at least 4 weeks/);
  });

  it('is not put off by place names no article uses ("moving from Leeds to Manchester")', () => {
    assert.deepEqual(answer("we're relocating from Leeds to Manchester next summer, what happens to her ehcp").articleIds, ['moving-to-another-council']);
  });

  it('says in the answer itself that a plan does not cover university', () => {
    assert.match(answer('will his ehc plan still count at uni').text, /A plan does not cover university\./);
  });

  it('answers the myths that a school must agree, or that a parent must wait, before asking for an assessment (found by set W)', () => {
    for (const q of ['the SENCo told me we have to wait a year before asking for an ehcp, is that right?', 'does the school have to agree before I ask for an assessment?', 'school says we have to wait till next year to apply for an ehcp']) {
      assert.deepEqual(answer(q).articleIds, ['ehc-needs-assessment-request'], q);
    }
  });

  it('answers the question at the end of a long story, not the story', () => {
    const story = 'Sorry, bit of background first. My son is 8 and has been on SEN support at his primary for three years, with a speech therapist '
      + 'seeing him every term. His reading is way behind and he hates school. Last week I spoke to the head about getting an EHCP. '
      + 'She told me only schools can send the request to the council. Is she right?';
    assert.deepEqual(answer(story).articleIds, ['ehc-needs-assessment-request']);
  });

  it('knows "not bad enough for a plan" is about the legal test, and an IEP is SEN support', () => {
    assert.deepEqual(answer('school reckon he is not severe enough for an EHCP').articleIds, ['ehc-needs-assessment-request']);
    assert.deepEqual(answer('what does IEP stand for').articleIds, ['sen-support-graduated-approach']);
  });

  it('hears a toddler or a "2 year old" as the early years, not as a young person of 16', () => {
    assert.deepEqual(answer('can a 3 year old have an ehcp').articleIds, ['sen-support-nurseries-and-colleges']);
  });

  it('tells a child\'s speech or developmental delay from a council running late', () => {
    assert.deepEqual(answer('my 2 year old has a speech delay, could she have an ehcp').articleIds, ['sen-support-nurseries-and-colleges']);
    assert.deepEqual(answer('why is there such a delay with our ehcp').articleIds, ['when-the-council-is-late']);
  });

  it('gives an honest "not yet" for free school meals', () => {
    const r = kb.lookUp('are we entitled to free school meals', TODAY);
    assert.equal(r.kind, 'unsure');
    if (r.kind === 'unsure') assert.equal(r.search.missingTopic, 'free school meals');
  });
});

describe('a topic word in a question', () => {
  it('is answered by an article that uses it, once one is written', () => {
    const transport = `---
id: school-transport
title: Travel to school
topics: [12]
questions: [who takes my child to school, is there help getting to college]
keywords: [transport, taxi]
summary: >-
  A short answer about travel to school.
sources:
  - label: "Example source"
    url: https://www.legislation.gov.uk/
audience: [parent]
related: []
lastReviewed: 2026-11-23
reviewBy: 2027-05-23
reviewer: test
---
## Travel

Some children get free transport to school.
`;
    const real = loadKnowledgeBase(REAL_KB);
    const added = buildKnowledge([{ file: 'school-transport.md', source: transport }]);
    assert.deepEqual(added.problems, []);
    const kb = new KnowledgeBase({ ...real, articles: [...real.articles, ...added.articles] }, services);
    const r = kb.lookUp('can i get help with home to school transport', TODAY);
    assert.equal(r.kind, 'answer');
    if (r.kind === 'answer') assert.deepEqual(r.answer.articleIds, ['school-transport']);
  });
});

describe('answers from an article past its review date', () => {
  it('tell the parent it is due for review', () => {
    const kb = new KnowledgeBase(loadKnowledgeBase(FIXTURE_KB), services);
    const r = kb.lookUp('Who comes to a mediation meeting?', TODAY);
    assert.equal(r.kind, 'answer');
    if (r.kind === 'answer') assert.match(r.answer.text, /due for review/);
  });
});

describe('conditions as background', () => {
  it('are the tokens the glossary gives its conditions (a renamed term would quietly count in full again)', () => {
    const glossary = loadKnowledgeBase(REAL_KB).glossary;
    const tokens = new Set(buildVocabulary(glossary).conceptsIn(glossary.map((g) => g.term).join(' . ')));
    for (const token of CONDITION_TOKENS) assert.ok(tokens.has(token), token);
  });
});

describe('SEND vocabulary', () => {
  const v = buildVocabulary();
  it('gives every way of saying a concept one token, longest phrase first', () => {
    assert.deepEqual(v.conceptsIn('Can the LA refuse an EHC needs assessment?'), ['ehcassessment', 'refusal', 'council']);
    assert.deepEqual(v.conceptsIn('my ehcp'), ['ehcplan']);
    assert.deepEqual(v.conceptsIn('education, health and care plan'), ['ehcplan']);
  });
});

describe('the part of an article that answers the detail (found by tester A: the fact was further down)', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };

  it('shows the paragraph that names what was asked, not only the first one of a section', () => {
    const a = answer('will her EHC plan carry on if she leaves school for an apprenticeship');
    assert.deepEqual(a.articleIds, ['young-people-16-25']);
    assert.match(a.body, /apprenticeship/);
  });

  it('answers the old "statement" question from the paragraph that says plans replaced them', () => {
    assert.match(answer('did ehc plans take over from statements of SEN').body, /replaced "statements/);
  });

  it('shows the bullet about mediation being confidential', () => {
    assert.match(answer('will the things we say in mediation stay confidential').body, /confidential meeting/);
  });

  it('shows the section on evidence when the parent asks what evidence to send', () => {
    assert.match(answer('which evidence do I attach to my request for an EHC needs assessment').body, /reports, school support plans/i);
  });

  it('still shows a section\'s first paragraph when that is what matched', () => {
    assert.match(answer('who am I allowed to bring with me to mediation').body, /bring a supporter/);
  });
});

describe('questions worded away from the article (found by testers A and B: wrong article or a missing fact)', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };
  const cases: ReadonlyArray<readonly [question: string, article: string, fact?: RegExp]> = [
    // The council saying no to a school is naming a school, not a refusal to assess.
    ['the LA refuse the school we picked, is that allowed', 'naming-a-school', /efficient use of resources/],
    ['is the LA allowed to turn down the secondary we chose because it costs them more', 'naming-a-school', /efficient use of resources/],
    // Weeks gone by and still nothing: the council is late, not "how to ask".
    ['we applied for the ehcp in january, it has been 25 weeks and still no plan, what now', 'when-the-council-is-late', /20 weeks/],
    // A question with a line of background: the question decides.
    ['how can I make a complaint about the SEN team? they keep losing my forms', 'complaints-and-ombudsman', /Ombudsman/],
    // "Said no plan" after assessing is a refusal to issue, which can be appealed.
    ['they finished assessing her and said no plan, just more sen support at school. can we appeal?', 'refusal-to-issue-plan', /16 weeks/],
    ['the annual review meeting was in february and we have heard nothing since, is there a time limit', 'annual-review-meeting-and-decision', /4 weeks/],
    // Choosing mediation ("agree to it") is not a mediation agreement; it must happen within 30 days.
    ['once we have chosen mediation how quickly must the council hold it', 'mediation', /must take place within 30 days/],
    ['do we need mediation first if we are only appealing the named school', 'mediation-certificate', /only about/],
    // Mediation that did not settle it: the certificate and the appeal, not what happens on the day.
    ['we had mediation last week and it didnt sort anything, what now', 'mediation-certificate', /within 3 working days of mediation ending[\s\S]*whichever is later/],
    ['mediation got us nowhere, the LA would not budge. where do we go from here', 'mediation-certificate', /certificate within 3 working days of mediation ending/],
    // "part of" is not "part-time".
    ['is sendiass part of the local authority', 'sendiass-what-they-do'],
    // Being sent home at lunchtime is about exclusion, not lunchtimes.
    ['the school keeps phoning me to pick her up at lunchtime, is that allowed', 'exclusions-and-part-time-timetables', /without a formal exclusion/],
    ['my son is 16 now, am I cut out of decisions about his plan', 'young-people-16-25', /Parents can still help and have a say/],
    ['does the EHC plan finish when he turns 18', 'young-people-16-25', /25/],
    ['my daughter has epilepsy, does that count as SEND', 'what-is-send', /long-term health condition/],
    ['what should I write in my parent advice for the assessment', 'views-in-the-assessment', /what they find hard/],
  ];
  for (const [question, article, fact] of cases) {
    it(`"${question}" -> ${article}`, () => {
      const a = answer(question);
      assert.deepEqual(a.articleIds, [article]);
      if (fact) assert.match(a.text, fact);
    });
  }

  it('answers "\'X\', what does that mean?" inside a longer message from the glossary', () => {
    assert.match(answer('the school mentioned \'graduated approach\' at parents evening, what does that actually mean').text, /\*\*Graduated approach\*\* means/);
  });
});

describe('SEND vocabulary: readings that decide the topic', () => {
  const v = buildVocabulary();
  it('drops the refusal-to-assess reading when it is a school that is refused', () => {
    const concepts = v.conceptsIn('can the council refuse the school we want');
    assert.ok(concepts.includes('schoolrefused'));
    assert.ok(!concepts.includes('refusal'), concepts.join(' '));
  });
  it('hears weeks gone by, without taking a child\'s age or "ago" for lateness', () => {
    assert.ok(v.conceptsIn("it's been 22 weeks since we asked").includes('late'));
    assert.ok(!v.conceptsIn('he was assessed over 6 months ago').includes('late'));
  });
});

describe('fresh testers\' questions: the article that answers them, not one that shares a word', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };
  const cases: Array<[question: string, article: string, fact?: RegExp]> = [
    // A time limit named by its length
    ['explain the six week rule please', 'ehc-timescales', /6 weeks/],
    ['is there a 20-week clock for the plan', 'ehc-timescales', /20 weeks/],
    // "How do we get one?" with the plan named before it; the SENCo who said so is not the topic
    ['the senco reckons he should have an ehc plan, how do we go about getting one', 'how-to-request-ehc-assessment'],
    // A meeting with the SENCo or a teacher: getting ready for it, not what a SENCo is
    ['we have a meeting with the senco on tuesday, anything i should take with me', 'preparing-for-school-meetings'],
    ['can my partner come to the meeting with his class teacher', 'preparing-for-school-meetings'],
    // The lettered sections
    ['explain sections a-k of the plan', 'ehc-plan-sections', /sections A to K/],
    // A school in the draft
    ['the council has named a school in the draft ehcp, can they do that', 'draft-ehc-plan', /must not name a school/],
    // Money as the reason for help not given is not a personal budget
    ['the council says there is no money for the speech therapy in section F', 'plan-not-being-delivered', /section 42/],
    ['can the school say it cannot afford the provision in section f', 'plan-not-being-delivered'],
    // What a school does for pupils with SEN, before choosing it
    ['how can i find out what a school offers for children with sen before we pick one', 'sen-information-report', /compare schools/],
    // Too little notice of a review meeting
    ['the review meeting is only 4 days away and the reports have not been sent', 'annual-review-meeting-and-decision', /2 weeks/],
  ];
  for (const [question, article, fact] of cases) {
    it(`"${question}" -> ${article}`, () => {
      const a = answer(question);
      assert.deepEqual(a.articleIds, [article]);
      if (fact) assert.match(a.text, fact);
    });
  }

  it('still answers a personal budget question with the personal budgets article', () => {
    assert.deepEqual(answer('how do we ask for a personal budget').articleIds, ['personal-budgets']);
  });
});

describe('answer composer: a lead-in is never shown without its list', () => {
  it('a section\'s first paragraph that ends "includes:" keeps its list', () => {
    const [section] = splitSections('## Evidence\n\nUseful evidence includes:\n\n- reports\n- notes\n\nMore text.');
    assert.match(section.firstParagraph, /includes:\n\n- reports\n- notes$/);
  });
  it('a passage ending in a colon loses that sentence, and is dropped when nothing else is left', () => {
    assert.equal(withoutDanglingLead('Evidence helps. Useful evidence includes:'), 'Evidence helps.');
    assert.equal(withoutDanglingLead('Useful evidence includes:'), undefined);
    assert.equal(withoutDanglingLead('Evidence helps.'), 'Evidence helps.');
  });
  it('no answer in the real knowledge base ends a paragraph on a colon', () => {
    const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
    for (const article of kb.articles) {
      for (const section of article.sections) {
        const r = kb.lookUp(`${article.title} ${section.heading}`, TODAY);
        if (r.kind !== 'answer') continue;
        const paragraphs = r.answer.body.split(/\n\s*\n/);
        paragraphs.forEach((p, i) => {
          if (/:\s*$/.test(p)) assert.match(paragraphs[i + 1] ?? '', /^\s*[-*+] /, `${article.id} / ${section.heading}: "${p}" has no list after it`);
        });
      }
    }
  });
});

describe('fresh tester C: wrong routings and answers that said too much or too little (own wordings)', () => {
  const kb = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
  const answer = (q: string) => {
    const r = kb.lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', `no answer for "${q}"`);
    return r.kind === 'answer' ? r.answer : undefined!;
  };
  const cases: Array<[question: string, article: string, fact?: RegExp]> = [
    // "Who ours is", "what are they supposed to do": no topic in those words
    ['who is our SENCo and what is their job, we have no idea who it is', 'the-senco', /special educational needs co-ordinator/],
    // Doing well in class said as the reason: attainment is not the legal test
    ['the school says she is too clever to need an EHCP since she is at age related expectations', 'ehc-needs-assessment-request', /says nothing about grades, test results or age-related expectations/],
    // The council's own form and school evidence first: neither is the law
    ['the LA told us to fill in their own form and get evidence from school before they will accept our request', 'how-to-request-ehc-assessment', /do not have to use the council's form/],
    // "Said no to a plan" after assessing is a refusal to issue, not to assess
    ['after assessing him the council said no to a plan, can we appeal', 'refusal-to-issue-plan', /16 weeks/],
    // All the plan's sections, not what a plan is
    ['which sections are in an EHC plan and which are the important ones', 'ehc-plan-sections', /sections A to K/],
    // How long a plan lasts, not the council ending one
    ['someone told me the plan ends at 16, will it really stop when he turns 18', 'young-people-16-25', /does not stop when your child turns 16, 18 or 19/],
    // The parent's own appeal deadline, not the council running late
    ['the mediation certificate arrived a month ago, is it too late for us to appeal', 'appeal-deadlines', /1 month from your mediation certificate/],
    // Choosing a school is asking for it to be named
    ['are we allowed to choose the school ourselves', 'naming-a-school', /section I/],
    // A child falling behind: SEN support or a plan, not "what is behind it" in the attendance article
    ['she has dyslexia and is falling behind in reading, does she need sen support or a plan', 'sen-support-vs-ehc-plan', /falling further behind/],
    // The child's school is the background; the question is whether they can have a plan
    ['my daughter goes to a private school, could she still get an ehcp', 'ehc-needs-assessment-request', /private or independent school/],
    // Benefits and transport: the honest "not covered here", with where to go
    ['how much DLA can we get for our daughter', 'sendiass-and-national-help', /outside what this assistant covers/],
    ['is home to school transport free if she has an ehc plan', 'local-offer', /does not cover the rules on school transport/],
  ];
  for (const [question, article, fact] of cases) {
    it(`"${question}" -> ${article}`, () => {
      const a = answer(question);
      assert.deepEqual(a.articleIds, [article]);
      if (fact) assert.match(a.text, fact);
    });
  }

  it('gives the honest "not yet" for a question whose subject no article covers, rather than an article sharing a word', () => {
    for (const [q, topic] of [
      ['when do babies normally start to crawl', 'child development milestones'],
      ['what age do most children learn to walk', 'child development milestones'],
      ['which is the best special school near Bristol', 'recommending particular schools'],
      ['can you recommend a good primary school for a child with adhd', 'recommending particular schools'],
    ]) {
      const r = kb.lookUp(q, TODAY);
      assert.equal(r.kind, 'unsure', q);
      if (r.kind === 'unsure') assert.equal(r.search.missingTopic, topic, q);
    }
    // ...while "start talking to the school" is no question about a child's development.
    assert.equal(kb.lookUp('how do I start talking to the school about his needs', TODAY).kind, 'answer');
  });

  it('answers both parts of a two-part question from the one article', () => {
    const mediation = answer('if we go for mediation, how soon must it be held and who can come along');
    assert.deepEqual(mediation.articleIds, ['mediation']);
    assert.match(mediation.text, /30 days/);
    assert.match(mediation.text, /supporter of your choice/);
    const who = answer('can the school ask for the assessment and how long does the council have to decide');
    assert.deepEqual(who.articleIds, ['ehc-needs-assessment-request']);
    assert.match(who.text, /someone acting for a school/);
    assert.match(who.text, /6 weeks/);
    // A question in one part still gets one paragraph under the summary.
    assert.equal(answer('who can come with me to mediation').body.split(/\n\s*\n/).length, 2);
  });

  it('counts a word said only in brackets as background ("(we pay fees)")', () => {
    assert.deepEqual(answer('she is at an independent school (we pay the fees), is she able to get an ehcp').articleIds, ['ehc-needs-assessment-request']);
  });
});

describe('answer composer: no sentence said twice, none left leaning on one that was cut', () => {
  const knowledge = loadKnowledgeBase(REAL_KB);
  const byId = new Map(knowledge.articles.map((a) => [a.id, a]));
  const options = { services, today: TODAY, getArticle: (id: string) => byId.get(id), glossary: knowledge.glossary };
  const sentences = (p: string) => p.split(/(?<=[.!?])\s+(?=[A-Z(])/);

  it('keeps the sentence before one that starts "That is", "If not" or "Students there", even when it repeats the summary', () => {
    for (const article of knowledge.articles) {
      for (const section of article.sections) {
        for (const paragraph of paragraphsOf(section.body)) {
          if (/^\s*(?:[-*]|\d+\.)\s/m.test(paragraph)) continue;
          const shown = composeAnswer(article, section, options, undefined, paragraph).body.split(/\n\s*\n/).slice(1).join(' ');
          const first = sentences(shown)[0] ?? '';
          const own = sentences(fillPlaceholders(paragraph, services));
          if (!first || first === own[0]) continue;
          assert.doesNotMatch(first, /^(?:That|This|These|Those|So|But|Otherwise|If not|If so|After that|Then)\b|^\w+ there\b/, `${article.id} / ${section.heading}: "${first}"`);
        }
      }
    }
  });

  it('does not repeat the summary\'s fact when only a citation is new', () => {
    const moving = answer('how quickly must the old council pass the plan on when we move house');
    assert.equal(moving.text.match(/15 working days of finding out/g)?.length, 1, moving.text);
  });

  it('says a plan does not cover university once, and says who "students" are', () => {
    const uni = answer('will my son keep his ehcp if he goes to university');
    assert.equal(uni.text.match(/does not cover university/g)?.length, 1, uni.text);
    assert.doesNotMatch(uni.text, /Students there/);
  });

  it('says once that a personal budget gives a say', () => {
    const budget = answer('what is a personal budget and do I get a say');
    assert.ok((budget.text.match(/\bsay\b/g)?.length ?? 0) <= 1, budget.text);
  });

  function answer(q: string) {
    const r = new KnowledgeBase(knowledge, services).lookUp(q, TODAY);
    assert.equal(r.kind, 'answer', q);
    return r.kind === 'answer' ? r.answer : undefined!;
  }
});

describe('questions from tester AS: extra context, other languages, and look-alike words', () => {
  const { kb, answer } = realKnowledgeBase();
  const cases: ReadonlyArray<readonly [question: string, article: string, fact?: RegExp]> = [
    // What a term stands for, with a line of background after it, or asked as in another language
    ['what does SEND even stand for, school keeps saying it in letters', 'what-is-send', /Special educational needs and disabilities/],
    ['hello my son have autism and speech problem, school say he is SEN. what mean SEN please, i am from poland', 'what-is-send', /Special educational needs\./],
    // Whether the holidays stop the time limits: not the council ending ("stopping") the plan
    ['does the summer holiday stop the ehcp clock?', 'ehc-timescales', /including school holidays/],
    // A plan written without the family or the child being asked: their views (CFA s19)
    ['council made ehcp without asking us anything, is that allowed? they never asked my son either', 'co-production-and-views'],
    // A child who hits other children is behaviour, not a child in danger; "how i ask the council" is how to ask
    ['my son is 6 he cannot sit in class and he hit other children, teacher call me every day. i want more help for him, how i ask the council? my english not good', 'how-to-request-ehc-assessment', /do not have to use the council's form/],
    // A backlog is a council running late
    ['Hi, long story short my son (Y4) has been struggling for 2 years, school did a few IEPs, we finally requested an EHCNA in September and the council agreed to assess in October. They now say the EP visit will be in March because of backlog. Is that ok or are they meant to finish by a certain date?', 'when-the-council-is-late', /not lawful reasons/],
    // Excluded while on SEN support: the exclusions article, not SEN support
    ['my son has been permanently excluded, he is on sen support. what happens now, who teaches him', 'exclusions-and-part-time-timetables', /full-time education/],
    // Private schools "after the reforms": the reforms, which are not law
    ['will the tribunal still be able to name private schools after the reforms', 'proposed-reforms', /do not change the law/],
    // Benefits asked about in other ways: not covered here, and Contact helps
    ['how do i apply for DLA for my autistic son', 'sendiass-and-national-help', /outside what this assistant covers/],
    ['can i get PIP at 16, i have dyspraxia', 'sendiass-and-national-help', /outside what this assistant covers/],
    ['can you help me fill in the dla form', 'sendiass-and-national-help', /outside what this assistant covers/],
    // Medium: the article on the part asked about
    ['does my child get to say what they want in ehc assessment, he is 9', 'views-in-the-assessment'],
    ['the council isnt providing the speech therapy in section f for 6 months now, what do i do', 'plan-not-being-delivered', /section 42/],
    ['we agreed at mediation that council would change section f, how long do they have to do it', 'mediation-agreements'],
    ['where do i find what my council offers for disabled kids like short breaks and clubs', 'local-offer', /short breaks/],
  ];
  for (const [question, article, fact] of cases) {
    it(`"${question}" -> ${article}`, () => {
      const a = answer(question);
      assert.deepEqual(a.articleIds, [article]);
      if (fact) assert.match(a.text, fact);
    });
  }

  it('says honestly that a support plan from another country is not covered, rather than the move between councils', () => {
    const r = kb.lookUp('we moved to england from abroad, my child had support plan in our country, what we do', TODAY);
    assert.equal(r.kind, 'unsure');
    if (r.kind === 'unsure') assert.equal(r.search.missingTopic, 'moving to England from another country');
    // ...while a move between English councils still finds its article.
    assert.deepEqual(answer('we are moving from Leeds to Bristol, what happens to the EHC plan').articleIds, ['moving-to-another-council']);
  });

  it('says honestly that ordinary school admissions are not covered, rather than the SEND Tribunal', () => {
    for (const q of ['we didnt get our first choice primary school, how do i appeal admissions', 'how do I appeal a school admission refusal for my non-send child']) {
      const r = kb.lookUp(q, TODAY);
      assert.equal(r.kind, 'unsure', q);
      if (r.kind === 'unsure') assert.equal(r.search.missingTopic, 'school admissions', q);
    }
    // ...while a school named in the plan refusing to admit is still a question about naming a school.
    assert.deepEqual(answer('the school named in his ehcp refused admission').articleIds, ['naming-a-school']);
  });

  it('leaves a longer message that asks something besides a meaning to the articles', () => {
    assert.notDeepEqual(answer('what does EHCP mean, and can the council refuse to give one').articleIds, ['what-is-an-ehc-plan']);
  });

  it('still finds the kinds of school for a private school question with no reforms in it', () => {
    assert.deepEqual(answer('can i ask for a private school in the ehcp').articleIds, ['types-of-school']);
  });
});

describe('SEND vocabulary: tokens added by tester C\'s fixes', () => {
  const v = buildVocabulary();
  it('reads the new concepts, and not their look-alikes', () => {
    assert.ok(v.conceptsIn('is it too late to appeal now').includes('lateappeal'));
    assert.ok(!v.conceptsIn('is it too late to appeal now').includes('late'));
    assert.ok(v.conceptsIn('the council is late, can i appeal').includes('late'));
    assert.ok(v.conceptsIn('does the plan end when she turns 18').includes('planagelimit'));
    assert.ok(!v.conceptsIn('the council wants to end the plan, can they').includes('planagelimit'));
    assert.ok(v.conceptsIn('he is two years behind in maths').includes('fallingbehind'));
    assert.ok(!v.conceptsIn('ask what is behind it').includes('fallingbehind'));
    assert.ok(v.conceptsIn('can we pick the college ourselves').includes('chooseschool'));
    assert.ok(v.conceptsIn('they said no to a plan after the assessment').includes('refusetoissue'));
    assert.ok(!v.conceptsIn('the senco says no to ehcp').includes('refusetoissue'));
    assert.ok(v.conceptsIn('could my son get an ehcp at an independent school').includes('eligibleplan'));
    assert.ok(!v.conceptsIn('how do I get an ehcp').includes('eligibleplan'));
  });
  it('gives no concept a token that lunr stems to an ordinary word ("appeallate" stemmed to "appeal")', () => {
    const tokens = v.conceptsIn('is it too late to appeal, does the plan stop at 18, he is behind in maths, can we pick the school, '
      + 'they said no to a plan, can she get an ehcp, what are all the sections of an ehcp, the best school in leeds for autism, '
      + 'when do babies start walking, we must fill in their form');
    for (const token of tokens) {
      const stem = lunr.stemmer(new lunr.Token(token, {})).toString();
      assert.ok(stem.length >= token.length - 6 && !['appeal', 'plan', 'school', 'form', 'late', 'section', 'behind'].includes(stem), `${token} -> ${stem}`);
    }
  });
});

describe('questions from tester AR and AS, round 2', () => {
  const { lookUp, answer } = realKnowledgeBase();
  // A follow-up as the bot searches it: the parent's words with the last article's topic (see followUp.ts).
  const titles = new Map(loadKnowledgeBase(REAL_KB).articles.map((a) => [a.id, a.title]));
  const followUp = (q: string, lastId: string) => answer(withTopic(q, topicOfTitle(titles.get(lastId)!)));

  const cases: ReadonlyArray<readonly [question: string, articles: readonly string[], fact?: RegExp]> = [
    // Asking the school for more help is SEN support, not the crisis article or the kinds of school
    ['ok how do i get the school to do more', ['sen-support-graduated-approach'], /ask for a meeting with the SENCo/],
    ['How do I ask the school for more help?', ['sen-support-graduated-approach'], /ask for a meeting with the SENCo/],
    ['how do i get school to do more for him', ['sen-support-graduated-approach']],
    ['what can the school do', ['sen-support-graduated-approach', 'sen-support-vs-ehc-plan']],
    ['what can i actually ask the school for', ['sen-support-graduated-approach', 'sen-support-vs-ehc-plan']],
    // The SENCo too busy to meet: in writing, then the head teacher, then the complaints policy
    ['the school wont let me speak to the senco they keep saying shes busy what can i do', ['the-senco'], /head teacher/],
    ['if we move council does the new council have to keep the same school in the plan', ['moving-to-another-council'], /same school/],
    ['what is disagreement resolution, is it different to mediation', ['mediation'], /Disagreement resolution is an independent meeting/],
    // A refusal to amend after a review can be appealed (CFA s51(2))
    ['the council says they wont amend the plan after annual review, can i appeal that', ['amending-a-plan'], /decides not to amend the plan, you can appeal/],
    ['the ICB said they wont pay for my childs physio in the plan', ['health-and-the-icb'], /will not pay/],
    ['we asked for our local mainstream school in the draft plan but the council named a special school 20 miles away instead. what are our options', ['mainstream-presumption'], /do not need to contact a mediation adviser/],
    ['council wont come to mediation, they say they dont have to. is that true', ['mediation'], /cannot refuse to take part/],
    ['school isnt following my sons sen support plan at all, no ehcp. who do i complain to', ['sen-support-graduated-approach'], /complaints policy/],
    ['the school is doing the annual review, but the council never sends the final plan after. how long can it take', ['annual-review-meeting-and-decision'], /8 weeks/],
    ['how often should the school review my child\'s sen support plan', ['sen-support-graduated-approach'], /three times a year/],
    // The SENCo's "2 years on SEN support first": no such rule (the diagnosis is background)
    ['hes got adhd and autism diagnosis and the senco says they cant apply for an ehcp until hes been on sen support for 2 years', ['sen-support-graduated-approach', 'ehc-needs-assessment-request'], /SEN support for a set time/],
    // "Starts reception" is moving up a stage; with no plan yet, it is how long the process takes
    ['my little girl is 4 and at nursery with an ehcp, she starts reception next september', ['phase-transfers'], /15 February/],
    ['hes 3 and starts reception september 2027, no ehcp yet, if i apply now will it be done in time', ['ehc-timescales'], /20 weeks/],
    ['we requested the assessment back in may and still no draft plan, its been forever', ['when-the-council-is-late']],
    ['what if they say the school is too expensive', ['naming-a-school'], /efficient use of resources/],
    ['school keep sending my daughter home at lunchtime because they say they cant cope, been going on since half term', ['exclusions-and-part-time-timetables']],
  ];
  itAnswersFrom(answer, cases);

  it('says plainly it has no information on NHS waits, private or Right to Choose diagnosis, school or professional recommendations', () => {
    const named = (q: string) => { const r = lookUp(q); return r.kind === 'unsure' ? r.search.missingTopic : `answered: ${r.kind}`; };
    assert.equal(named('NHS waiting list in leeds'), 'NHS waiting lists');
    assert.equal(named('how do i get my child a right to choose adhd assessment'), 'getting a diagnosis privately or through Right to Choose');
    assert.equal(named('how much does an independent autism assessment cost privately'), 'getting a diagnosis privately or through Right to Choose');
    assert.equal(named('which secondary school in manchester is best for autistic kids'), 'recommending particular schools');
    assert.equal(named('can you recommend a private educational psychologist near me and how much they charge'), 'recommending private professionals');
    // ...while a waiting list or a diagnosis asked about with school help still gets the article.
    assert.equal(answer('we are on the waiting list for an autism assessment, can school still help').articleIds[0], 'diagnosis-not-needed');
  });

  it('answers follow-ups read with the last article\'s topic', () => {
    assert.match(followUp('is that working days', 'appeal-deadlines').text, /calendar months, not working days/);
    assert.match(followUp('is that working days', 'draft-ehc-plan').text, /calendar days, not working days/);
    assert.match(followUp('and can i ask for a specific school', 'draft-ehc-plan').text, /ask for a specific school/);
    assert.match(followUp('how long does it take to get a date', 'mediation-what-happens-on-the-day').text, /within 30 days/);
    assert.match(followUp('how long have i got', 'section-f-provision').text, /within 2 months after the decision letter/);
    assert.deepEqual(followUp('when does the plan need to say the school', 'phase-transfers').articleIds, ['phase-transfers']);
    assert.match(followUp('is that even legal', 'exclusions-and-part-time-timetables').text, /without a formal exclusion/);
    assert.match(followUp('and how long do the council have to decide', 'annual-review-meeting-and-decision').text, /within 4 weeks of the meeting/);
  });
});

describe('questions from tester AW', () => {
  const { lookUp, answer } = realKnowledgeBase();

  const cases: ReadonlyArray<readonly [question: string, articles: readonly string[], fact?: RegExp]> = [
    // A late decision on a request is the council being late (6 weeks to decide), not an annual review
    ["I sent the request to the council 8 weeks ago and I've heard nothing. They were meant to decide in 6 weeks right? What can I do?", ['when-the-council-is-late'], /decide whether to assess within 6 weeks/],
    ['lol council took 30 wks for the plan, is that even legal??', ['when-the-council-is-late'], /20 weeks/],
    ["what's a 'section I' and why does it matter", ['ehc-plan-sections'], /Section I names the school/],
    ["I'm a dad, my partner usually deals with school. Where do I start understanding our son's EHCP?", ['ehc-plan-sections']],
    // The school saying no is not the council refusing: how to ask the council
    ['hello. my english not good. my son have autism, 6 years. school say no help. how i ask for help from council?', ['how-to-request-ehc-assessment']],
    ["I'm a SENCo. A parent has asked me what the council must notify when it's considering an assessment. Who does the LA contact?", ['how-to-request-ehc-assessment'], /regulation 4\(2\)/],
    ["our SALT report says 2 sessions a week but the plan says 'regular'. what do I ask for?", ['section-f-provision']],
    ['my son is home educated. can he still get an EHCP?', ['ehc-needs-assessment-request'], /home educated/],
    ['I am grandmother looking after my grandson. School say he has special educational needs. What this mean for him, is it bad thing?', ['what-is-send'], /not a bad thing/],
    ['I have a meeting with the SENCO next week about my son (Y4, autistic, struggling with reading). I always come out feeling like I forgot everything. How should I prepare?', ['preparing-for-school-meetings']],
    ["will they ask my son what he wants? he's 12 and has strong opinions about school", ['co-production-and-views', 'views-in-the-assessment']],
    ['the LA said they cant do the EP assessment in time cos school closed for summer, is that ok??', ['assessment-advice'], /closed for at least 4 weeks/],
    ["we've been waiting for our mediation for 6 weeks and nothing. isn't it meant to be within 30 days?", ['mediation', 'mediation-what-happens-on-the-day'], /within 30 days/],
    ['is coronavirus law still allowing the council to delay EHCPs?', ['when-the-council-is-late'], /25 September 2020/],
    ['We want a specialist school but the LA says mainstream. Can they refuse the school we ask for? On what grounds?', ['naming-a-school'], /efficient use of resources/],
    ['what if the council says no to a personal budget?', ['personal-budgets'], /explain why in writing/],
  ];
  itAnswersFrom(answer, cases);

  it('says plainly what it has no information on: caseworkers, admissions without a plan, adult care, consent, private therapists, bundles', () => {
    const named = (q: string) => { const r = lookUp(q); return r.kind === 'unsure' ? r.search.missingTopic : `answered: ${r.kind}`; };
    assert.equal(named("What is a 'named person' or 'key worker' in the EHC process? The letter says I'll have a caseworker"), 'caseworkers and key workers');
    // (An observation is part of the advice for an assessment: that article, as for "the ed psych is coming to observe him".)
    const observe = lookUp('Can the school refuse to let the EP observe my son?');
    assert.deepEqual(observe.kind === 'answer' ? observe.answer.articleIds : observe.kind, ['assessment-advice']);
    assert.equal(named("My son doesn't have an EHCP. How do I apply for a secondary school place and can I appeal if we don't get our first choice?"), 'school admissions');
    assert.equal(named('My son is 26 and has learning disabilities. How do I get a social care assessment for supported living?'), 'adult social care');
    assert.equal(named('Does the council have to get my consent before sharing my childs info with health during the assessment?'), 'consent and sharing information');
    assert.equal(named('Can you tell me which private SALT is best in Manchester?'), 'recommending private professionals');
    assert.equal(named("What is a 'tribunal bundle'?"), 'tribunal bundles');
  });
});

describe('questions from tester AU', () => {
  const { kb, answer } = realKnowledgeBase();

  const cases: ReadonlyArray<readonly [question: string, articles: readonly string[], fact?: RegExp]> = [
    // "Costs thousands", "my friend says", "ok different thing": what the tribunal costs (nothing), not mediation.
    ['ok different thing, my friend says the tribunal costs thousands is that true', ['preparing-for-tribunal'], /no fee/],
    // Who writes the reports in an assessment: the advice the council gathers, not keeping records.
    ['who writes the reports', ['assessment-advice'], /educational psychologist/],
    ['is mediation worth it', ['mediation']],
    // The special school asked for, another school named: naming a school (s39), not the mainstream presumption.
    ['final plan came for my son, section i says the local primary but we asked for the special school st marys. i am so angry', ['naming-a-school']],
    // A young person asking without a parent: their own rights.
    ['can i do that without my mum', ['young-people-16-25']],
  ];
  itAnswersFrom(answer, cases);

  it('has a part for a second refusal after asking again, and for how long a part-time timetable lasts', () => {
    const retriever = kb.retriever;
    const refusal = retriever.getArticle('refusal-to-assess')!;
    assert.match(retriever.passageFor(refusal, 'and if they say no again')?.text ?? '', /new refusal can be appealed/);
    const partTime = retriever.getArticle('exclusions-and-part-time-timetables')!;
    assert.match(retriever.passageFor(partTime, 'how long can a part time timetable go on for')?.text ?? '', /Only for a short time/);
  });
});

describe('questions from the fresh single-question tester (typos, attendance, plans not delivered, stories, honest gaps)', () => {
  const { lookUp, answer } = realKnowledgeBase();

  const cases: ReadonlyArray<readonly [question: string, articles: readonly string[], fact?: RegExp]> = [
    // Typos read as meant ("wats", "lng", "hav", "enuff"), the SENCo saying no is no refusal by the council.
    ['wats the deadline for apealing', ['appeal-deadlines'], /2 months/],
    ['wats the time limit to apeal a refusal', ['appeal-deadlines'], /2 months/],
    ['how lng do the counsil hav to do the ehc plan', ['ehc-timescales'], /20 weeks/],
    ['how lng has the counsil got to finish the plan', ['ehc-timescales'], /20 weeks/],
    ['can the senco refuse to aply for ehcp', ['ehc-needs-assessment-request', 'how-to-request-ehc-assessment'], /parent/],
    ['our head teacher will not apply for an assessment, what now', ['ehc-needs-assessment-request', 'how-to-request-ehc-assessment'], /parent/],
    ['my sons senco said hes not bad enuff for an ehcp', ['ehc-needs-assessment-request'], /may have SEN/],
    ['the teacher reckons she is not bad enuf to get a plan', ['ehc-needs-assessment-request'], /may have SEN/],
    // Not going to school: attendance (topic 21), never a council's refusal to assess.
    ['school refusal', ['exclusions-and-part-time-timetables']],
    ['ebsa', ['exclusions-and-part-time-timetables']],
    ['reduced hours', ['exclusions-and-part-time-timetables']],
    ['my daughter has emotionally based school avoidance, what can we do', ['exclusions-and-part-time-timetables']],
    ['what happens if i dont send my child to school because they arent meeting his needs', ['exclusions-and-part-time-timetables']],
    ['can i keep my son off school when the school is not giving him the help he needs', ['exclusions-and-part-time-timetables']],
    ['he hasnt been in school for 6 months due to anxiety, the council say they will send a tutor for 5 hours a week is that enough', ['exclusions-and-part-time-timetables']],
    ['she has not been to school since easter because of her anxiety, the council offered online lessons, is that right', ['exclusions-and-part-time-timetables']],
    // The help in a plan not given: the council's duty.
    ['the school says they havent got the money for the support in his ehcp', ['plan-not-being-delivered'], /section 42/],
    ['the academy says it does not have the funding for the therapy written in her plan', ['plan-not-being-delivered'], /section 42/],
    ['my daughters school wont put in her 1:1 from the ehcp and the council ignore my emails, what do i do', ['plan-not-being-delivered']],
    ['college will not provide the speech therapy set out in his ehcp and nobody answers my calls', ['plan-not-being-delivered']],
    // A long story: its question is answered, a word told in passing (a caseworker, a new assessment asked second) does not swallow it.
    ['we applied for ehcna in june, they agreed to assess in july, EP came in september, now its november and nobody is telling us anything, ive emailed the caseworker 4 times, no reply. is there anything i can actually do', ['when-the-council-is-late']],
    ['our request went in back in april and the council agreed to assess. the ed psych visited in the summer term, it is now december and nobody is telling us anything. the case officer never answers. what are our options?', ['when-the-council-is-late']],
    ['the annual review was meant to be in march but school never held it and now its november. does the review have to happen, and can I ask for a new assessment instead?', ['annual-reviews'], /12 months/],
    ['his review should have been in the spring and it still has not been held, we are now in the autumn term. does the council have to review the plan, and could we ask for a reassessment?', ['annual-reviews'], /12 months/],
    // A parent at the start: how a child is getting on is SEN support, not a crisis.
    ['my son is 7 and struggling at school what do i do', ['sen-support-graduated-approach', 'the-senco']],
    ['my daughter is finding school really hard, where do we start', ['sen-support-graduated-approach', 'the-senco']],
    // Years of SEN support, still behind: the plan and how to ask.
    ['my daughter is 9 and has been on sen support since year 1. she is still way behind in reading and writing. the senco keeps saying give it time. my mum says i should push for an ehcp. what should i actually do first?', ['sen-support-vs-ehc-plan', 'how-to-request-ehc-assessment', 'ehc-needs-assessment-request'], /assessment/],
    // Phase transfer dates; a move up from nursery is no move of council.
    ['whats the 15th feb deadline', ['phase-transfers'], /15 February/],
    ['what is the 31st march date for year 11', ['phase-transfers'], /31 March/],
    ["he's moving from nursery to reception in september and has an ehcp, when should the plan say the new school", ['phase-transfers'], /15 February/],
    // Right article for the question's subject.
    ['is ADHD a special educational need', ['what-is-send']],
    ['does dyslexia count as SEN', ['what-is-send']],
    ['is it true if your child has an ehcp they get priority for school places', ['naming-a-school']],
    ['will an ehc plan help us get a place at our preferred school', ['naming-a-school']],
    ['the LA issued the final plan without consulting on the school i asked for', ['naming-a-school']],
    ['the final plan named another school and they never consulted the school we wanted', ['naming-a-school']],
    ["my son is 17 and doesn't want me involved in his annual review can he do that", ['young-people-16-25']],
    ['my daughter is 18 and does not want me at her review meeting, is that up to her', ['young-people-16-25']],
    // Judicial review is named where the help in a plan is not given.
    ['what is judicial review in send', ['plan-not-being-delivered'], /judicial review/],
  ];
  itAnswersFrom(answer, cases);

  it('says plainly what it does not cover, rather than answering from an article sharing a word', () => {
    const named = (q: string) => { const r = lookUp(q); return r.kind === 'unsure' ? r.search.missingTopic : `answered: ${r.kind === 'answer' ? r.answer.articleIds[0] : ''}`; };
    for (const [q, topic] of [
      ['can i get legal aid for a send tribunal', 'legal aid'],
      ['is there legal aid to help pay a solicitor for our appeal', 'legal aid'],
      ['whats a provision map', 'provision maps'],
      ['school showed me a provision map at parents evening, what is it for', 'provision maps'],
      ['what is a section 17 assessment', 'social care assessments for a child in need'],
      ['social worker wants to do a child in need assessment, what is that', 'social care assessments for a child in need'],
      ['what is notional sen funding', 'school SEN funding'],
      ['how does top up funding work for schools', 'school SEN funding'],
      ['my son is in a young offender institution does his ehcp still apply', 'children and young people in custody'],
      ['what happens to her plan if she goes into youth custody', 'children and young people in custody'],
      ['my son has dyslexia can he get a reader in his sats', 'exams'],
      ['can she have a scribe in her exams', 'exams'],
      ['can the school refuse to give my child medication', 'medical needs at school'],
      ["does school have to have a care plan for my son's epilepsy", 'medical needs at school'],
      ['who gives him his inhaler at school', 'medical needs at school'],
      ['the council keep saying our ehcp application is at panel what does that mean', 'council panels'],
      ['can i go to the panel meeting', 'council panels'],
      ['who sits on the sen panel that decides on requests', 'council panels'],
    ] as const) assert.equal(named(q), topic, q);
    // A GP's question about medicines keeps its own pointer.
    assert.equal(named('whats the best medication for adhd in children'), 'medicines');
    // A story about bullying with a question that names nothing is still about bullying.
    assert.equal(named('my son has been bullied for months at school, they push him and call him names. the teachers do nothing and i have told them 3 times. what can i do?'), 'bullying');
  });
});

describe('who may ask for a young person (tester BA: "As a parent, you can ask yourself" for a 19-year-old)', () => {
  const { answer } = realKnowledgeBase();
  itAnswersFrom(answer, [
    ['can i request an ehcna for my 19 year old', ['ehc-needs-assessment-request'], /Once your child is a young person, the right to ask is theirs, unless they lack the mental capacity to decide/],
    ['my daughter is 18 now, can I still apply for an EHC assessment for her', ['ehc-needs-assessment-request', 'young-people-16-25'], /young person/],
  ]);
  it('never tells a parent of a young person that they can ask themselves, without the young person\'s right', () => {
    assert.doesNotMatch(answer('can i request an ehcna for my 19 year old').text, /As a parent, you can ask yourself\./);
  });
});

describe('routing from fresh testers (set BB): the usual case, first questions, a plan ended at 19, what a plan can say', () => {
  const { answer, lookUp } = realKnowledgeBase();
  itAnswersFrom(answer, [
    // The final plan after the draft: 20 weeks from the request (reg 13(2)), not the 8 weeks of an amendment after a review.
    ['how long does the council have to issue the final plan after the draft', ['draft-ehc-plan', 'ehc-timescales'], /20 weeks/],
    ['we sent our comments on the draft ehcp, when should the final one arrive', ['draft-ehc-plan', 'ehc-timescales'], /20 weeks/],
    // A parent at the very start ("where do I start", "what should I do first"): SEN support and the SENCo.
    ['hello my english not good. my son 6 year, school say he need help, what i must do', ['sen-support-graduated-approach', 'the-senco']],
    ['school says my daughter might have sen, where do i start', ['sen-support-graduated-approach', 'the-senco']],
    ['i think my child has additional needs what should i do first', ['sen-support-graduated-approach', 'the-senco']],
    ["my daughter's teacher thinks she may have special educational needs, what is the first step?", ['sen-support-graduated-approach', 'the-senco']],
    // ...while "where do I start" beside another topic stays with that topic.
    ['i want to appeal, where do i start', ['tribunal-appeals', 'appeal-deadlines']],
    // A plan ended for a young person at college: ceasing, which can be appealed.
    ['council wants to stop my sons ehcp hes 19 at college', ['ceasing-a-plan'], /appeal/],
    ['the LA wants to end my daughters plan now she is 18, can they?', ['ceasing-a-plan'], /appeal/],
    // A school named that the family did not ask for: naming a school (section I), not "the law presumes mainstream".
    ['hi we got the final ehcp and they named a mainstream school we didnt want, we want the special school', ['naming-a-school'], /section I/],
    ['the final plan named a school we never asked for, what can we do', ['naming-a-school'], /section I/],
    // SEN support stopping or reviewed.
    ["she hit her target in maths this term, does that mean they'll stop SEN support?", ['sen-support-graduated-approach']],
    ['he is doing really well in phonics now, will the school stop his sen support?', ['sen-support-graduated-approach']],
    ['his behaviour has been explosive since the new teacher started. how do we ask for a review of his support?', ['sen-support-graduated-approach']],
    ['she has been very anxious since moving class. can we ask school to look again at her support?', ['sen-support-graduated-approach']],
    // "Can the plan say...": section F (specific help), whatever the story before it.
    ['hes been shooting hoops at break as a calm down strategy. can the plan say he needs movement breaks?', ['section-f-provision'], /specific/],
    ['he gets really worked up about fire drills because of the noise, can his plan say he gets warning?', ['section-f-provision'], /specific/],
    ['can the plan say he gets a laptop for writing', ['section-f-provision']],
    // A story told before "anyway" is an aside: the question after it is what is answered.
    ["he plays fortnite and says 'i'm going to kill you' to his friends online while laughing. anyway how do i get him speech therapy in his plan?", ['section-f-provision', 'health-and-the-icb', 'health-and-social-care-in-plan']],
    ['she watches youtube all evening and copies the voices. anyway, can her ehcp include speech therapy?', ['section-f-provision', 'health-and-the-icb', 'health-and-social-care-in-plan']],
    // A child's interests: part of planning the help (and section A of a plan).
    ['my son is mad about WW2 ... can school use it?', ['sen-support-graduated-approach', 'co-production-and-views', 'views-in-the-assessment'], /interested/],
    ['she is obsessed with horses, can her teachers use that to help her learn?', ['sen-support-graduated-approach', 'co-production-and-views', 'views-in-the-assessment']],
    // How long to a tribunal hearing: honestly no figure, never an invented one.
    ['how long does a tribunal take to get a hearing', ['tribunal-appeals'], /does not have a figure/],
    ['how long is the wait for a send tribunal hearing', ['tribunal-appeals'], /does not have a figure/],
    // Who can come to mediation, the child too.
    ['can my child go to mediation too', ['mediation', 'mediation-what-happens-on-the-day'], /your child/],
    ['can my son come to the mediation meeting as well', ['mediation', 'mediation-what-happens-on-the-day'], /your child/],
    // A school or college that says it cannot meet the needs: with a plan, the council's duty stays.
    ['college says they cant meet his needs what now', ['plan-not-being-delivered', 'naming-a-school'], /section 42|section I/],
    ['the school told us they are unable to meet her needs, what happens now', ['plan-not-being-delivered', 'naming-a-school'], /section 42|section I/],
  ]);
  it('never gives an amendment\'s time limit for a new plan\'s final version', () => {
    assert.doesNotMatch(answer('how long does the council have to issue the final plan after the draft').text, /8 weeks/);
  });
  it('says plainly it has nothing on pre-action letters, rather than calling them out of scope', () => {
    for (const q of ['what is a pre-action letter', 'the solicitor mentioned a letter before claim, what is that']) {
      const r = lookUp(q);
      assert.equal(r.kind === 'unsure' ? r.search.missingTopic : r.kind, 'pre-action letters', q);
    }
  });
});

describe('routing from fresh tester CB: next steps, who must act, honest gaps', () => {
  const { answer, lookUp } = realKnowledgeBase();
  itAnswersFrom(answer, [
    // A SENCo who will not talk: what to do next, not only what a SENCo is.
    ['sendco wont talk to me what can i do', ['the-senco'], /ask for a meeting in writing/],
    ['the senco refuses to speak to me about my daughter', ['the-senco'], /ask for a meeting in writing/],
    ['can i ask for a different senco', ['the-senco'], /a different person/],
    // Therapy in section F that health will not fund: the council's duty (s42), not only a letter to the ICB.
    ['health wont fund OT thats in section f whose job is it', ['plan-not-being-delivered', 'health-and-the-icb'], /council must still make sure it is given/],
    ['the nhs refuses to pay for the speech therapy in his ehcp section f', ['plan-not-being-delivered', 'health-and-the-icb'], /council must still make sure it is given/],
    // A named school that will not take the child: what is not covered, who to tell, and the council's duty.
    ['can the school refuse to take my son if hes named in his ehcp', ['naming-a-school', 'plan-not-being-delivered'], /does not explain a named school's own duties/],
    ['the school named in his ehcp says they will not take him', ['naming-a-school', 'plan-not-being-delivered'], /does not explain a named school's own duties/],
    // Section F asked about directly; "up to" is vague wording; who writes the plan.
    ['what goes in section f', ['section-f-provision']],
    ["can they say 'up to 10 hours' in section f", ['section-f-provision'], /"up to"/],
    ['the plan says up to 3 sessions of speech therapy a term, is that ok', ['section-f-provision'], /"up to"/],
    ['who writes the ehcp', ['what-is-an-ehc-plan'], /council writes/],
    // Mediation: the council must take part (Kumar); when it must happen.
    ['can the la refuse mediation', ['mediation'], /cannot refuse to take part in mediation/],
    ['our council has declined mediation, are they allowed to', ['mediation'], /cannot refuse to take part in mediation/],
    ['how long after asking for mediation does it have to happen', ['mediation', 'mediation-what-happens-on-the-day'], /30 days/],
    ['we requested mediation three weeks ago, when does the meeting have to be', ['mediation', 'mediation-what-happens-on-the-day'], /30 days/],
    // A free charity for an appeal: the national charities.
    ['is there a charity that can help me with my appeal for free', ['sendiass-and-national-help']],
    // The Ombudsman: what this guide does not give, and where it is.
    ['ombudsman time limit', ['complaints-and-ombudsman'], /Ombudsman's website/],
    ['how long do i have to complain to the lgo', ['complaints-and-ombudsman'], /Ombudsman's website/],
    ['can i go to the ombudsman about the school', ['complaints-and-ombudsman'], /does not cover which complaints about a school/],
    ['can the ombudsman investigate my sons academy', ['complaints-and-ombudsman'], /does not cover which complaints about a school/],
    // A supported internship: where a plan can carry on.
    ['supported internship what is it', ['young-people-16-25'], /supported internship/],
    ['can my daughter do a supported internship with her ehcp', ['young-people-16-25'], /supported internship/],
    // Whether the law's time limits are changing: the proposals do not change the law.
    ['are the 20 week timescales changing', ['proposed-reforms'], /do not change the law/],
    ['is the send law going to change', ['proposed-reforms'], /do not change the law/],
    // A young person's own appeal.
    ['can my 18 year old appeal himself', ['young-people-16-25'], /appeal to the tribunal/],
    ['my daughter is 17, can she go to tribunal on her own', ['young-people-16-25'], /appeal to the tribunal/],
    // "No longer necessary" and a plan stopped in Year 11 (the exams are the reason, not the topic): ending a plan.
    ["what does 'no longer necessary' mean when ceasing", ['ceasing-a-plan'], /no longer necessary/],
    ['the la says her ehcp is no longer necessary, can they do that', ['ceasing-a-plan'], /appeal/],
    ['can we stop his plan in year 11 because hes doing his gcses fine', ['ceasing-a-plan']],
    ['the council wants to end her ehcp now she has done well in her exams', ['ceasing-a-plan']],
    // An old statement: replaced by EHC plans (never annual reviews).
    ['my son had a statement years ago, does it still count', ['what-is-an-ehc-plan'], /replaced "statements/],
    ['is my sons old statement still in force', ['what-is-an-ehc-plan'], /replaced "statements/],
    // A refusal to assess for a reason about money: the legal test, not school funding.
    ['the la refused to assess because the school hasnt used its top-up funding', ['refusal-to-assess', 'ehc-needs-assessment-request'], /not part of the legal test/],
    ['council said no to an assessment saying school must spend its notional sen budget first', ['refusal-to-assess', 'ehc-needs-assessment-request'], /not part of the legal test/],
    // Year 11 to a specialist college the council will not name: naming a setting or phase transfer.
    ['my daughter is in year 11 and has an ehcp, we want her to go to a specialist college out of area but the la want her to go to the local fe college ... who decides and what can we do if they name the local one', ['naming-a-school', 'phase-transfers']],
    ['hes in year 11 with a plan, we would like him to attend a specialist college but the council wants to name the local college, who decides', ['naming-a-school', 'phase-transfers']],
    // Whether an appeal will be won: nobody can say; never the draft plan's step.
    ['hiya just wondering if u can tell me if i will win my tribunal, the la named a mainstream school and i want the special school', ['naming-a-school', 'mainstream-presumption'], /No one can tell you in advance whether you will win/],
    ['the la put a mainstream school in the final plan but we want the special school, will we win if we appeal', ['naming-a-school', 'mainstream-presumption'], /No one can tell you in advance whether you will win/],
    // A tribunal's order: time limits set in law that this guide does not give (never the 8 weeks after a review).
    ['the tribunal ordered the la to amend the plan, how long do they have', ['tribunal-appeals'], /does not give those time limits/],
    ['the la lost at tribunal but still hasnt done what the judge said', ['tribunal-appeals'], /decision letter says what the council must do/],
    ['the tribunal told the council to name the school months ago and nothing has happened', ['tribunal-appeals'], /decision letter says what the council must do/],
    // A refusal to reassess can be appealed.
    ['la wont reassess my son, can i appeal', ['tribunal-appeals'], /refusal to reassess/],
    ['the council has refused a reassessment, what can i do', ['tribunal-appeals'], /refusal to reassess/],
    // "Mediasion", as it sounds.
    ['mediasion for ehcp wat is it', ['mediation']],
    ['do i have to go to mediashion before tribunal', ['mediation-certificate', 'mediation']],
    // Working days, fewer days than the law gives, and a refusal to amend.
    ['is the 15 days for the draft working days?', ['draft-ehc-plan'], /calendar days, not working days/],
    ['la says i only get 10 days to comment on the draft', ['draft-ehc-plan'], /the law gives you at least 15 days/],
    ['can i appeal a decision not to amend after the annual review', ['amending-a-plan'], /refusal to amend/],
    ['the council refused to change his plan after the review, can i appeal that', ['amending-a-plan'], /refusal to amend/],
    ['school refuses to share my daughters support plan with me', ['sen-support-graduated-approach'], /copy of the support plan/],
  ]);
  it('never gives an amendment\'s 8 weeks for a tribunal order, nor a draft-plan step to a parent past the final plan', () => {
    assert.doesNotMatch(answer('the tribunal ordered the la to amend the plan, how long do they have').text, /8 weeks/);
    assert.doesNotMatch(answer('hiya just wondering if u can tell me if i will win my tribunal, the la named a mainstream school and i want the special school').text, /Draft plan/);
  });
  it('says plainly what it does not cover, rather than answering from an article sharing a word', () => {
    const named = (q: string) => { const r = lookUp(q); return r.kind === 'unsure' ? r.search.missingTopic : `answered: ${r.kind === 'answer' ? r.answer.articleIds[0] : ''}`; };
    for (const [q, topic] of [
      ['do schools get extra money for sen kids? the notional budget thing', 'school SEN funding'],
      ['is there extra funding for send pupils in mainstream schools', 'school SEN funding'],
      ['will the council have to pay me back for the private therapy i paid for', 'getting back money you spent on help'],
      ['can i get a refund from the council for OT we paid ourselves', 'getting back money you spent on help'],
      ['if i home educate does the ehcp still count', 'home education'],
      ['we are thinking of homeschooling, what happens to her plan', 'home education'],
      ['can i get eotas in his ehcp', 'education otherwise than at school (EOTAS)'],
      ['what is the change programme', 'the SEND Change Programme'],
      ['is our council part of the send change programme', 'the SEND Change Programme'],
      ['do i have to pay for anything in an ehcp', 'paying for help in a plan'],
      ['can the school make me pay for the ta', 'paying for help in a plan'],
      ['the school is asking us to pay for her therapy from the plan', 'paying for help in a plan'],
      ['how do i ask for a reassessment', 'reassessment'],
    ] as const) assert.equal(named(q), topic, q);
    // A personal budget the council holds (a "notional budget") stays with personal budgets; a home-educated child can still be assessed.
    assert.equal(named('what is a notional budget for a personal budget'), 'answered: personal-budgets');
    assert.equal(named('my son is home educated. can he still get an EHCP?'), 'answered: ehc-needs-assessment-request');
    assert.equal(named('do we have to pay for mediation'), 'answered: mediation');
  });
});
