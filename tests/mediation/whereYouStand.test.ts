import assert from 'node:assert/strict';
import { assessPosition, Position, PositionDateKey } from '../../src/domain/mediation';
import type { MediationAnswers } from '../../src/domain/mediation';

/** Today for every test, as in the rest of the project. */
const TODAY = '2026-11-23';

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

/** A key date as the summary shows it (passed ones included). */
function dateOf(position: Position, key: PositionDateKey): string | undefined {
  return position.keyDates.find((d) => d.key === key)?.date;
}

/** A date in the calendar file (still to come). */
function calendarDateOf(position: Position, key: PositionDateKey): string | undefined {
  return position.dates.find((d) => d.key === key)?.date;
}

const allText = (p: Position): string => p.messages.join('\n');

describe('mediation: where you stand', () => {
  it('without a certificate: contact the adviser and appeal within 2 months of the letter; not urgent when weeks away', () => {
    const p = assessPosition(answers({ decisionLetterDate: '2026-11-12' }), TODAY);
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), '2027-01-12');
    assert.equal(dateOf(p, 'appealBy'), '2027-01-12');
    assert.equal(p.urgent, false);
    assert.deepEqual(p.warnings, []);
    assert.match(allText(p), /does not move for weekends, bank holidays or August/);
    assert.match(allText(p), /When you get your certificate, you will have until 1 month after its date/);
  });

  it('with a certificate whose month ends later: the appeal date is counted from the certificate', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-10-05', contactedAdviser: true, adviserContactDate: '2026-11-13',
      choseMediation: 'no', hasCertificate: true, certificateDate: '2026-11-18',
    }), TODAY);
    assert.equal(dateOf(p, 'appealBy'), '2026-12-18');
    assert.match(allText(p), /1 month after the mediation certificate/);
    // They already contacted the adviser and have the certificate: no date to chase.
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), undefined);
    assert.equal(dateOf(p, 'latestCertificate'), undefined);
  });

  it('with an early certificate: the 2 months from the letter is later and wins (moved off a Saturday)', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-10-05', contactedAdviser: true, adviserContactDate: '2026-10-15',
      choseMediation: 'no', hasCertificate: true, certificateDate: '2026-10-20',
    }), TODAY);
    // 5 December 2026 is a Saturday.
    assert.equal(dateOf(p, 'appealBy'), '2026-12-07');
    assert.match(allText(p), /Monday 7 December 2026/);
    assert.match(allText(p), /Saturday/);
  });

  it('is urgent when the last day to contact the adviser is 10 days away', () => {
    const p = assessPosition(answers({ decisionLetterDate: '2026-10-03' }), TODAY);
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), '2026-12-03');
    assert.equal(p.urgent, true);
    assert.match(p.warnings[0], /contact the mediation adviser is Thursday 3 December 2026, in 10 days/);
    assert.match(p.warnings[0], /does not move for weekends, bank holidays or August/);
  });

  it('a missed contact date and appeal date: said once, kindly, with where they stand and what they can still do', () => {
    const p = assessPosition(answers({ decisionLetterDate: '2026-09-02' }), TODAY);
    assert.equal(p.urgent, true);
    assert.equal(p.warnings.length, 1, 'one message, not the same words for each date');
    const [missed] = p.warnings;
    assert.match(missed, /^I am sorry: the last day to contact the mediation adviser was Monday 2 November 2026, and the last day to appeal was Monday 2 November 2026\./);
    assert.match(missed, /there are still things you can do/);
    assert.match(missed, /- Ask the tribunal to accept a late appeal\. Send your appeal form with a short note saying why it is late\. The tribunal may say no/);
    // Refusal to assess: a new request can be made (CFA s36(1)), and the flow can help write it.
    assert.match(missed, /- Make a new request for an EHC needs assessment\. You can ask again at any time[^\n]*section 36\(1\)[^\n]*Ask for an EHC needs assessment/);
    assert.equal((allText(p).match(/If you have missed it/g) ?? []).length, 0);
    assert.equal(p.messages[0], missed, 'it comes first');
    // Passed dates stay in the summary but never go in the calendar, and mediation is not explained to them now.
    assert.equal(dateOf(p, 'appealBy'), '2026-11-02');
    assert.deepEqual(p.dates, []);
    assert.doesNotMatch(allText(p), /Mediation is confidential/);
  });

  it('the routes after a missed appeal fit the decision: a review for the plan, only a late appeal when the law gives nothing else', () => {
    const plan = assessPosition(answers({ decision: 'plan-content', planParts: ['F'], decisionLetterDate: '2026-09-02' }), TODAY);
    assert.match(plan.routes.join('\n'), /early review of the plan[^\n]*at least every 12 months[^\n]*section 44\(1\)/);
    assert.doesNotMatch(plan.routes.join('\n'), /new request/);
    const cease = assessPosition(answers({ decision: 'cease-plan', decisionLetterDate: '2026-09-02' }), TODAY);
    assert.equal(cease.routes.length, 2);
    assert.match(cease.routes[0], /late appeal/);
  });

  it('contact date passed but the appeal date moved past a weekend: not told twice, and told they need the certificate', () => {
    // 22 September + 2 months = Sunday 22 November; the appeal date moves to Monday 23 November (today).
    const p = assessPosition(answers({ decisionLetterDate: '2026-09-22' }), TODAY);
    assert.equal(p.warnings.length, 1);
    assert.match(p.warnings[0], /the last day to contact the mediation adviser was Sunday 22 November 2026\. Your last day to appeal is Monday 23 November 2026, today, but you need the adviser’s certificate/);
  });

  it('a decision letter years ago is recognised as such: check the year, no bank-holiday message, no calendar dates', () => {
    const p = assessPosition(answers({ decisionLetterDate: '2019-10-15' }), '2026-11-24');
    assert.equal(p.longAgo, true);
    assert.match(p.messages[0], /Your decision letter is dated Tuesday 15 October 2019, over 7 years ago\. Please check the year/);
    assert.doesNotMatch(allText(p), /bank holidays/);
    assert.match(allText(p), /ended long ago/);
    assert.match(allText(p), /late appeal/);
    assert.deepEqual(p.dates, []);
  });

  it('an appeal in August moves to the first working day after 31 August, and says why', () => {
    // 2 months after 15 June 2026 is 15 August; 31 August 2026 is a bank holiday.
    const p = assessPosition(answers({ decisionLetterDate: '2026-06-15' }), '2026-06-20');
    assert.equal(dateOf(p, 'appealBy'), '2026-09-01');
    assert.match(allText(p), /Your last day to appeal is Tuesday 1 September 2026/);
    assert.match(allText(p), /is in August, so it moves to the first working day after 31 August/);
    // The contact date stays put.
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), '2026-08-15');
  });

  it('an appeal over Christmas moves to the first working day after 1 January, and says why', () => {
    // 2 months after 28 October 2026 is Monday 28 December; 1 January 2027 is a Friday bank holiday.
    const p = assessPosition(answers({ decisionLetterDate: '2026-10-28' }), TODAY);
    assert.equal(dateOf(p, 'appealBy'), '2027-01-04');
    assert.match(allText(p), /Monday 4 January 2027/);
    assert.match(allText(p), /between 25 December and 1 January/);
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), '2026-12-28');
  });

  it('a date beyond the bank-holiday table gives a clear message naming the years, and no throw', () => {
    const p = assessPosition(answers({ decisionLetterDate: '2028-11-15' }), '2028-11-20');
    assert.match(allText(p), /I only know the bank holidays for 2024 to 2028/);
    assert.match(allText(p), /check this date with SENDIASS/);
    assert.equal(dateOf(p, 'appealBy'), undefined);
    // The contact date needs no working days, so it is still given.
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), '2029-01-15');
  });

  it('a certificate due beyond the table is a message, not a crash', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2028-12-01', contactedAdviser: true, adviserContactDate: '2028-12-29', choseMediation: 'no',
    }), '2028-12-29');
    assert.equal(dateOf(p, 'latestCertificate'), undefined);
    assert.match(allText(p), /cannot work out the latest day for your certificate/);
  });

  it('placement only: no date to contact the adviser, and says advice is not needed', () => {
    const p = assessPosition(answers({ decision: 'plan-content', planParts: ['I'] }), TODAY);
    assert.equal(dateOf(p, 'contactMediationAdviserBy'), undefined);
    assert.equal(dateOf(p, 'appealBy'), '2027-01-12');
    assert.match(allText(p), /do not have to contact a mediation adviser first/);
    assert.ok(!allText(p).includes('When you get your certificate'));
  });

  it('declined mediation: the certificate is due 3 working days after telling the adviser (Christmas counted)', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-12-01', contactedAdviser: true, adviserContactDate: '2026-12-23', choseMediation: 'no',
    }), '2026-12-23');
    assert.equal(dateOf(p, 'latestCertificate'), '2026-12-30');
  });

  it('a late certificate is a warning to chase it', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-11-02', contactedAdviser: true, adviserContactDate: '2026-11-10', choseMediation: 'no',
    }), TODAY);
    assert.equal(dateOf(p, 'latestCertificate'), '2026-11-13');
    assert.equal(calendarDateOf(p, 'latestCertificate'), undefined, 'a passed date is not put in the calendar');
    assert.equal(p.urgent, true);
    assert.match(allText(p), /certificate should have come by Friday 13 November 2026/);
  });

  it('chose mediation: it must take place within 30 days of the council being told', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-11-02', contactedAdviser: true, adviserContactDate: '2026-11-05', choseMediation: 'yes',
      mediationRequestedDate: '2026-11-10',
    }), TODAY);
    assert.equal(dateOf(p, 'latestMediation'), '2026-12-10');
    assert.equal(dateOf(p, 'latestCertificate'), undefined);
  });

  it('not decided yet: no certificate date in the calendar, but says how long it takes', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-11-02', contactedAdviser: true, adviserContactDate: '2026-11-20', choseMediation: 'not-yet',
    }), TODAY);
    assert.equal(dateOf(p, 'latestCertificate'), undefined);
    assert.match(allText(p), /certificate within 3 working days\. If you told them today, it should come by Thursday 26 November 2026/);
  });

  it('contacting the adviser after the 2-month date is flagged, with advice to talk to SENDIASS', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-09-02', contactedAdviser: true, adviserContactDate: '2026-11-10', choseMediation: 'not-yet',
    }), TODAY);
    assert.equal(p.urgent, true);
    assert.match(allText(p), /after the last day \(Monday 2 November 2026\)\. Please talk to SENDIASS/);
  });

  it('does not explain mediation to a parent who has said no to it', () => {
    const p = assessPosition(answers({ contactedAdviser: true, adviserContactDate: '2026-11-13', choseMediation: 'no' }), TODAY);
    assert.doesNotMatch(allText(p), /Mediation is confidential|If you choose mediation/);
  });

  it('explains mediation to everyone else: a choice, confidential, the council takes part, 30 days, who can come, agreements', () => {
    const text = allText(assessPosition(answers(), TODAY));
    assert.match(text, /your choice/);
    assert.match(text, /confidential/);
    assert.match(text, /the council must take part/);
    assert.match(text, /within 30 days/);
    assert.match(text, /friend or family member, someone from SENDIASS, or another supporter or advocate/);
    assert.match(text, /Other points must be done within 2 weeks/);
  });

  it('health and social care: explains that the tribunal can only recommend', () => {
    const p = assessPosition(answers({ decision: 'health-social-care' }), TODAY);
    assert.match(allText(p), /only make recommendations/);
    assert.match(p.dates.find((d) => d.key === 'appealBy')?.label ?? '', /section B, F or I/);
  });

  it('a parent waiting for a certificate is told the appeal date to keep in mind, not "act now": the certificate usually gives longer', () => {
    const p = assessPosition(answers({
      decisionLetterDate: '2026-10-02', contactedAdviser: true, adviserContactDate: '2026-11-19', choseMediation: 'yes', mediationRequestedDate: '2026-11-19',
    }), TODAY);
    const said = p.messages.join('\n');
    assert.doesNotMatch(said, /Please act now/);
    assert.match(said, /unless your certificate comes later/);
    assert.ok(!p.warnings.some((w) => /Your last day to appeal is/.test(w)), p.warnings.join('\n'));
  });
});
