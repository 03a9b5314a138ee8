import assert from 'node:assert/strict';
import { asksIfNeeded, certificateDateSaid, hasCertificateSaid, mediationDateSaid, mediationHeldSaid, planPartsNamed, speaksAsYoungPerson } from '../../src/domain/mediation';

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
    assert.equal(certificateDateSaid('the certificate came last friday', TODAY), '2026-11-20');
    assert.equal(certificateDateSaid('got the certificate on 20/11/2026', TODAY), '2026-11-20');
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
