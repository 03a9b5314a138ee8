import assert from 'node:assert/strict';
import {
  MEDIATION_QUESTIONS, assessPosition, buildMediationIcs, buildPreparationSummary, mediationQuestions, DECISION_TYPES,
} from '../../src/domain/mediation';
import type { LocalServices } from '../../src/domain/localServices';
import type { MediationAnswers } from '../../src/domain/mediation';

/** Today for every test, as in the rest of the project. */
const TODAY = '2026-11-23';

const SERVICES: LocalServices = {
  sendiass: {
    name: 'Anytown SENDIASS',
    phone: '01234 567890',
    web: 'https://sendiass.example.org',
    openingHoursText: 'Monday to Friday, 9am to 5pm',
  },
  council: { name: 'Anytown Council', configured: true, localOfferUrl: 'https://council.example.org/local-offer' },
};

/** A parent who has not contacted the adviser yet; override what a test is about. */
function answers(overrides: Partial<MediationAnswers> = {}): MediationAnswers {
  return {
    decision: 'refuse-assess',
    decisionLetterDate: '2026-11-12',
    contactedAdviser: false,
    hasCertificate: false,
    wantToChange: 'I want the council to assess Sam because school cannot meet his needs.',
    evidence: ['school-reports'],
    companions: ['not-sure'],
    ...overrides,
  };
}

describe('mediation: the preparation summary and calendar file', () => {
  const a = answers({
    decision: 'plan-content',
    planParts: ['B', 'F'],
    decisionLetterDate: '2026-10-28',
    contactedAdviser: true,
    adviserContactDate: '2026-11-16',
    choseMediation: 'yes',
    mediationRequestedDate: '2026-11-18',
    wantToChange: 'Section F should say Sam gets speech therapy every week, not "as needed".',
    evidence: ['school-reports', 'own-notes', 'The speech therapist’s report from June'],
    companions: ['friend-family', 'my sister Jo'],
  });
  const position = assessPosition(a, TODAY);
  const summary = buildPreparationSummary(a, position, SERVICES);

  it('quotes the parent’s own words as theirs', () => {
    assert.ok(summary.text.includes('In your words: “Section F should say Sam gets speech therapy every week, not "as needed".”'));
    assert.ok(summary.text.includes('In your words: “The speech therapist’s report from June”'));
    assert.ok(summary.text.includes('“my sister Jo”'));
    assert.match(summary.text, /section B \(the needs\), section F \(the help your child must get\)/);
  });

  it('gives every date as a long date, with the moved appeal date and its reason', () => {
    assert.match(summary.text, /The decision letter was sent on Wednesday 28 October 2026/);
    assert.match(summary.text, /Mediation should take place by: Friday 18 December 2026/);
    assert.match(summary.text, /Last day to appeal to the tribunal: Monday 4 January 2027/);
    assert.match(summary.text, /between 25 December and 1 January/);
    assert.doesNotMatch(summary.text, /\d{4}-\d{2}-\d{2}/, 'no ISO dates');
  });

  it('asks "when" about what this decision is about: an assessment, a draft plan, an amended plan, or the plan carrying on', () => {
    assert.equal(mediationQuestions('refuse-assess')[3], 'Can we agree a date for the assessment to start?');
    assert.equal(mediationQuestions('refuse-plan')[3], 'Can we agree a date for a draft plan?');
    assert.equal(mediationQuestions('plan-content')[3], 'Can we agree a date for the amended plan?');
    assert.match(mediationQuestions('cease-plan')[3], /Can the plan carry on/);
    for (const decision of DECISION_TYPES) {
      assert.ok(!mediationQuestions(decision).some((q) => /assessment or the amended plan/.test(q)), decision);
    }
  });

  it('has every section, and nothing missing or undefined', () => {
    for (const heading of ['Your dates', 'What you disagree with and what you want instead', 'Your evidence',
      'Questions you might ask at mediation', 'What happens on the day', 'Who is coming with you',
      'If mediation does not work', 'How to appeal to the tribunal', 'Sources']) {
      assert.ok(summary.text.includes(`## ${heading}`), heading);
    }
    assert.doesNotMatch(summary.text, /undefined|NaN|\[object|null/);
    assert.ok(MEDIATION_QUESTIONS.length >= 8 && MEDIATION_QUESTIONS.length <= 10);
    assert.match(summary.text, /What evidence would change the council's view\?/);
    assert.match(summary.text, /mediator is independent/);
    assert.match(summary.text, /private rooms/);
    assert.match(summary.text, /Anytown SENDIASS: phone 01234 567890/);
    assert.match(summary.text, /IPSEA/);
    assert.match(summary.text, /Children and Families Act 2014, s51\(2\), s55\(3\)/);
    assert.match(summary.text, /SEN and Disability Regulations 2014, regs 32-33, 34\(1\), 35-37, 39, 42, 44/);
    assert.match(summary.text, /not a lawyer/);
  });

  it('shows the certificate date and says plainly when there is no evidence or companion yet', () => {
    const b = answers({
      contactedAdviser: true, adviserContactDate: '2026-11-13', choseMediation: 'not-yet', evidence: ['none-yet'], companions: ['no-one'],
    });
    const text = buildPreparationSummary(b, assessPosition(b, TODAY), SERVICES).text;
    assert.match(text, /You have not listed any evidence yet/);
    assert.match(text, /You said you will go on your own\. That is fine\./);
    assert.doesNotMatch(text, /undefined|NaN/);
  });

  describe('for a parent who has said no to mediation (QA m03)', () => {
    const b = answers({
      decision: 'refuse-plan', decisionLetterDate: '2026-10-01', contactedAdviser: true, adviserContactDate: '2026-10-05',
      choseMediation: 'no', hasCertificate: true, certificateDate: '2026-11-03', evidence: ['decision-letter'], companions: ['sendiass'],
    });
    const summary2 = buildPreparationSummary(b, assessPosition(b, '2026-11-24'), SERVICES);
    const text = summary2.text;

    it('is about appealing, with no mediation questions or tips for the day', () => {
      assert.equal(summary2.title, 'Getting ready to appeal: your summary');
      assert.doesNotMatch(text, /Questions you might ask at mediation|What happens on the day|tell the mediation service who is coming|If mediation does not work/);
      assert.match(text, /Your certificate is dated Tuesday 3 November 2026/);
      assert.match(text, /## Who can help you\n- someone from SENDIASS/);
    });

    it('ends with how to appeal: the date, the SEND35 form, what to send and what to ask for', () => {
      const appeal = text.slice(text.indexOf('## How to appeal to the tribunal'), text.indexOf('## Sources'));
      assert.ok(text.indexOf('## How to appeal to the tribunal') > text.indexOf('## Who can help you'), 'the last section before the sources');
      assert.match(appeal, /Your form must reach the tribunal by Thursday 3 December 2026/);
      assert.match(appeal, /appeal form, called SEND35\./);
      assert.match(appeal, /Send a copy of the council’s decision letter with it, and your mediation certificate\./);
      assert.match(appeal, /Say clearly what you want the tribunal to order/);
      assert.match(appeal, /no fee, and you do not need a lawyer/);
      assert.match(appeal, /Anytown SENDIASS/);
    });
  });

  it('a refusal to assess is appealed on form SEND35a; a certificate still to come is "when you have it"', () => {
    const c = answers({ contactedAdviser: true, adviserContactDate: '2026-11-16', choseMediation: 'not-yet' });
    const text = buildPreparationSummary(c, assessPosition(c, TODAY), SERVICES).text;
    assert.match(text, /For a refusal to assess it is called SEND35a\./);
    assert.match(text, /and your mediation certificate when you have it\./);
    // Mediation is still ahead for them: the tips stay, and the appeal step follows.
    assert.match(text, /## If mediation does not work[\s\S]*## How to appeal to the tribunal/);
  });

  it('a passed 2-month date with the certificate still to come is never shown as the last day (QA m17)', () => {
    const d = answers({
      decision: 'refuse-plan', decisionLetterDate: '2026-09-20', contactedAdviser: true, adviserContactDate: '2026-11-10', choseMediation: 'not-yet',
    });
    const position = assessPosition(d, '2026-11-24');
    const text = buildPreparationSummary(d, position, SERVICES).text;
    assert.match(text, /Last day to appeal to the tribunal: 1 month after the date on your certificate\./);
    assert.doesNotMatch(text, /Last day to appeal to the tribunal: Friday 20 November 2026/);
    assert.match(text, /Your form must reach the tribunal within 1 month after the date on your certificate/);
    assert.doesNotMatch(buildMediationIcs(position), /SUMMARY:.*appeal/);
  });

  it('after missed time limits: no mediation tips, the routes once, and how to ask for a late appeal (QA m02)', () => {
    const e = answers({ decisionLetterDate: '2026-09-22', companions: ['no-one'] });
    const position = assessPosition(e, '2026-11-24');
    const text = buildPreparationSummary(e, position, SERVICES).text;
    assert.doesNotMatch(text, /Questions you might ask at mediation|What happens on the day/);
    assert.match(text, /Last day to contact the mediation adviser: Sunday 22 November 2026 \(this date has passed\)/);
    assert.equal((text.match(/I am sorry/g) ?? []).length, 1);
    assert.match(text, /- Make a new request for an EHC needs assessment/);
    assert.match(text, /Your time to appeal has passed, so you would ask the tribunal to accept a late appeal/);
    // Nothing is left to put in a calendar, so there are no events (and no reminders of passed days).
    assert.deepEqual(position.dates, []);
    assert.doesNotMatch(buildMediationIcs(position), /BEGIN:VEVENT/);
  });

  it('still makes a full summary when the dates could not be worked out', () => {
    const c = answers({ decisionLetterDate: '2028-11-15' });
    const text = buildPreparationSummary(c, assessPosition(c, '2028-11-20'), SERVICES).text;
    assert.match(text, /I could not work out your last day to appeal/);
    assert.match(text, /2 months after the decision letter, or 1 month after the certificate, whichever is later/);
    assert.doesNotMatch(text, /undefined|NaN/);
  });

  it('the calendar file has one event per date, on the right days, and no personal details', () => {
    const ics = buildMediationIcs(position, { now: new Date('2026-11-23T12:00:00Z') });
    const events = ics.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, position.dates.length);
    assert.equal(position.dates.length, 2);
    assert.match(ics, /DTSTART;VALUE=DATE:20261218/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270104/);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, /SUMMARY:Your last day to appeal to the SEND tribunal/);
    assert.match(unfolded, /SUMMARY:Last day for mediation to take place \(30 days\)/);
    assert.doesNotMatch(unfolded, /Sam|sister|speech therapy/);
  });

  it('a parent who has not contacted the adviser gets that date in the calendar too', () => {
    const p = assessPosition(answers(), TODAY);
    const ics = buildMediationIcs(p);
    assert.equal(ics.split('BEGIN:VEVENT').length - 1, 2);
    assert.match(ics, /SUMMARY:Your last day to contact the mediation adviser/);
  });

  it('calendar UIDs: the same when the decision date is corrected, different for another family or conversation', () => {
    const uids = (ics: string): string[] => ics.match(/^UID:.*$/gm) ?? [];
    const first = uids(buildMediationIcs(assessPosition(answers({ decisionLetterDate: '2026-11-12' }), TODAY)));
    const corrected = uids(buildMediationIcs(assessPosition(answers({ decisionLetterDate: '2026-11-13' }), TODAY)));
    assert.deepEqual(corrected, first);
    const otherFamily = uids(buildMediationIcs(assessPosition(answers({ wantToChange: 'An assessment for Ali, please.' }), TODAY)));
    assert.equal(otherFamily.filter((u) => first.includes(u)).length, 0);
    const p = assessPosition(answers(), TODAY);
    assert.notDeepEqual(uids(buildMediationIcs(p, { calendarId: 'conversation-a' })), uids(buildMediationIcs(p, { calendarId: 'conversation-b' })));
  });

  describe('after mediation has taken place, and for a young person (set AE)', () => {
    const held = answers({
      decision: 'refuse-amend', decisionLetterDate: '2026-11-03', contactedAdviser: true, adviserContactDate: '2026-11-05', choseMediation: 'yes',
      mediationHeld: true, mediationHeldDate: '2026-11-20', hasCertificate: true, certificateDate: '2026-11-23',
    });

    it('is a summary for the appeal, with no questions for the day of mediation', () => {
      const summary = buildPreparationSummary(held, assessPosition(held, TODAY), SERVICES);
      assert.equal(summary.title, 'Getting ready to appeal: your summary');
      assert.match(summary.text, /You went to mediation on Friday 20 November 2026\./);
      assert.doesNotMatch(summary.text, /Questions you might ask at mediation|What happens on the day|If mediation does not work/);
      assert.match(summary.text, /Last day to appeal to the tribunal: Monday 4 January 2027/);
    });

    it('a certificate in hand means mediation is behind them, even when its day is not known', () => {
      const cert = answers({ contactedAdviser: true, adviserContactDate: '2026-11-13', choseMediation: 'yes', hasCertificate: true, certificateDate: '2026-11-20' });
      assert.equal(buildPreparationSummary(cert, assessPosition(cert, TODAY), SERVICES).title, 'Getting ready to appeal: your summary');
    });

    it('mediation held but no certificate yet: the day it is due, 3 working days after', () => {
      const waiting = { ...held, hasCertificate: false, certificateDate: undefined };
      const position = assessPosition(waiting, TODAY);
      const due = position.keyDates.find((d) => d.key === 'latestCertificate');
      assert.equal(due?.date, '2026-11-25');
    });

    it('speaks to a young person about their own needs', () => {
      const young = answers({ decision: 'plan-content', planParts: ['F'], youngPerson: true, evidence: ['own-notes', 'child-views'] });
      const summary = buildPreparationSummary(young, assessPosition(young, TODAY), SERVICES);
      assert.doesNotMatch(summary.text, /your child|my child/);
      assert.match(summary.text, /section F \(the help you must get\)/);
      assert.match(summary.text, /what help I will get/);
      assert.match(summary.text, /- my own views, in my words/);
    });
  });
});
