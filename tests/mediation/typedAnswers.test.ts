import assert from 'node:assert/strict';
import { asksIfMediationNeeded, asksIfNeeded, certificateDateSaid, hasCertificateSaid, mediationDateSaid, mediationHeldSaid, planPartsNamed, printedDatePhrase, saysArrivalDay, speaksAsYoungPerson } from '../../src/domain/mediation';

describe('mediation: short answers that say more than the question asked (set V)', () => {
  const TODAY = '2026-11-24';

  it('the parts of the plan named for the decision', () => {
    assert.deepEqual(planPartsNamed('I'), ['I']);
    assert.deepEqual(planPartsNamed('section I'), ['I']);
    assert.deepEqual(planPartsNamed('the school one'), ['I']);
    assert.deepEqual(planPartsNamed('B and F'), ['B', 'F']);
    assert.deepEqual(planPartsNamed('the help bit'), ['F']);
    assert.equal(planPartsNamed('they refused to assess him at school last year'), undefined);
    assert.equal(planPartsNamed('2'), undefined);
  });

  it('a certificate said to be in hand, and its day', () => {
    assert.ok(hasCertificateSaid('yes and they gave me the certificate'));
    assert.ok(hasCertificateSaid('no we dont want mediation, we just want to appeal. the certificate came last friday'));
    for (const text of ['no, still waiting for the certificate', "we haven't got the certificate yet", 'the certificate has not come', 'yes', 'no mediation']) {
      assert.ok(!hasCertificateSaid(text), text);
    }
    // The day it came is not the date printed on it (set AN): the appeal time counts from the day it was issued.
    assert.deepEqual(certificateDateSaid('the certificate came last friday', TODAY), { date: '2026-11-20', printed: false });
    assert.deepEqual(certificateDateSaid('got the certificate on 20/11/2026', TODAY), { date: '2026-11-20', printed: false });
    assert.deepEqual(certificateDateSaid('the certificate is dated 20/11/2026', TODAY), { date: '2026-11-20', printed: true });
    assert.equal(certificateDateSaid('they gave me the certificate', TODAY), undefined);
  });

  it('asks whether something is needed', () => {
    for (const q of ['no, do i need to??', 'do I have to?', 'is it needed?', 'must I?']) assert.ok(asksIfNeeded(q), q);
    assert.ok(!asksIfNeeded('what is a mediation adviser?'));
  });
});

describe('mediation: what a message says has happened, and who is asking (set AE)', () => {
  const TODAY = '2026-11-24';

  it('hears that mediation has taken place, and on which day, but not mediation still to come', () => {
    assert.ok(mediationHeldSaid('we had the mediation on the 20th and they still said no. yes i have the certificate'));
    assert.ok(mediationHeldSaid('yes, the mediation was on the 21st oct and it didnt work'));
    assert.equal(mediationDateSaid('we had the mediation on the 20th and they still said no. yes i have the certificate', TODAY), '2026-11-20');
    assert.equal(mediationDateSaid('yes, the mediation was on the 21st oct and it didnt work', TODAY), '2026-10-21');
    for (const t of ['no not yet, mediation hasnt happened', 'mediation is booked for the 30th', 'yes i want mediation', 'we havent had mediation yet']) assert.ok(!mediationHeldSaid(t), t);
  });

  it('hears a young person writing about their own plan, not a parent writing about a child', () => {
    assert.ok(speaksAsYoungPerson('hi im 18, the council says theyre stopping my ehcp'));
    assert.ok(speaksAsYoungPerson('i want to keep my plan. without my support worker in lessons i wouldnt pass'));
    assert.ok(!speaksAsYoungPerson('I want my son to keep his plan'));
    assert.ok(!speaksAsYoungPerson('I want the plan to say he gets speech therapy'));
  });
});

describe('mediation: the day a paper came, the date on it, and "do I have to do mediation?" (set AN)', () => {
  const TODAY = '2026-11-24';

  it('the day the certificate came is never the date printed on it', () => {
    assert.deepEqual(certificateDateSaid('yes we had mediation on the 10th of this month, the certificate came on the 12th', TODAY), { date: '2026-11-12', printed: false });
    assert.deepEqual(certificateDateSaid('yes, i rang them and said i didnt want mediation, the certificate came yesterday', TODAY), { date: '2026-11-23', printed: false });
    assert.deepEqual(certificateDateSaid("the certificate's dated the 11th", TODAY), { date: '2026-11-11', printed: true });
    assert.deepEqual(certificateDateSaid('yes it came last friday', TODAY, true), { date: '2026-11-20', printed: false });
    assert.ok(hasCertificateSaid('yes, i rang them and said i didnt want mediation, the certificate came yesterday'));
    assert.ok(saysArrivalDay('it came on the 12th'));
    assert.ok(saysArrivalDay('arrived in the post yesterday'));
    assert.ok(!saysArrivalDay('it is dated the 12th'));
  });

  it('"do I have to do mediation?" asks about mediation itself, not the adviser', () => {
    for (const q of ['do I have to do mediation?', 'is mediation compulsory?', 'do we have to have mediation', 'can i skip mediation and go straight to tribunal?']) assert.ok(asksIfMediationNeeded(q), q);
    for (const q of ['do I need to contact a mediation adviser?', 'do i need the certificate?', 'do i need to?', 'what is mediation?']) assert.ok(!asksIfMediationNeeded(q), q);
  });

  it('the date printed on a letter, in a sentence that says more', () => {
    assert.equal(printedDatePhrase('it says 28th october but it didnt arrive till the 2nd'), '28th october');
    assert.equal(printedDatePhrase('the letter with the final plan was dated last tuesday'), 'last tuesday');
    assert.equal(printedDatePhrase('28th october'), undefined);
  });
});
