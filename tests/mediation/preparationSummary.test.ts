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
      'If mediation does not work', 'Sources']) {
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
      contactedAdviser: true, adviserContactDate: '2026-11-13', choseMediation: 'no',
      hasCertificate: true, certificateDate: '2026-11-18', evidence: ['none-yet'], companions: ['no-one'],
    });
    const text = buildPreparationSummary(b, assessPosition(b, TODAY), SERVICES).text;
    assert.match(text, /Your certificate is dated Wednesday 18 November 2026/);
    assert.match(text, /You have not listed any evidence yet/);
    assert.match(text, /You said you will go on your own\. That is fine\./);
    assert.doesNotMatch(text, /undefined|NaN/);
  });

  it('still makes a full summary when the dates could not be worked out', () => {
    const c = answers({ decisionLetterDate: '2028-11-15' });
    const text = buildPreparationSummary(c, assessPosition(c, '2028-11-20'), SERVICES).text;
    assert.match(text, /I could not work out your last day to appeal/);
    assert.match(text, /2 months after the decision letter, or 1 month after the certificate, whichever is later/);
    assert.doesNotMatch(text, /undefined|NaN/);
  });

  it('the calendar file has one event per date, on the right days, and no personal details', () => {
    const ics = buildMediationIcs(position, new Date('2026-11-23T12:00:00Z'));
    const events = ics.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, position.dates.length);
    assert.equal(position.dates.length, 2);
    assert.match(ics, /DTSTART;VALUE=DATE:20261218/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270104/);
    assert.match(ics, /SUMMARY:Last day to appeal to the SEND tribunal/);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.doesNotMatch(unfolded, /Sam|sister|speech therapy/);
  });

  it('a parent who has not contacted the adviser gets that date in the calendar too', () => {
    const p = assessPosition(answers(), TODAY);
    const ics = buildMediationIcs(p);
    assert.equal(ics.split('BEGIN:VEVENT').length - 1, 2);
    assert.match(ics, /SUMMARY:Last day to contact the mediation adviser/);
  });
});
