import assert from 'node:assert/strict';
import { allText, fileText, testBot } from '../helpers/bot';

/**
 * What a parent sees when the mediation flow reads an answer that says more than the question
 * asked (found by a fresh tester, set V): a certificate already in hand, a date inside a
 * question, "do I need to?" for a section-I-only appeal, the school named for the decision, and
 * a day the parent cannot know.
 */
describe('dialog: prepare for mediation, reading what parents type (set V)', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  async function begin() {
    const c = conversation();
    await c.start();
    assert.match(allText(await c.say('help me get ready for mediation please')), /Which decision do you disagree with/);
    return c;
  }


  it('"yes and they gave me the certificate" goes straight to the certificate\'s date', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    await c.say('1st october');
    const next = allText(await c.say('yes and they gave me the certificate'));
    assert.match(next, /you have your certificate already/);
    assert.match(next, /What date is on the certificate\?/);
    assert.doesNotMatch(next, /On what date did you contact the mediation adviser/);
    assert.match(allText(await c.say('last friday')), /I have read that as Friday 20 November 2026/);
    await c.say('I want the plan to stay while he finishes his course');
    await c.say('1, 2');
    const end = await c.say('no one');
    // 2 months from 1 October is 1 December; 1 month from Friday 20 November is Sunday 20 December, so Monday 21 December.
    assert.match(allText(end), /Monday 21 December 2026/);
    assert.match(fileText(end, /summary\.txt$/), /Your certificate is dated Friday 20 November 2026/);
  });

  it('"no we dont want mediation... the certificate came last friday" takes the no and the certificate, and asks the date printed on it (set AN)', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    await c.say('1st october');
    await c.say('yes');
    await c.say('3rd november');
    const next = allText(await c.say('no we dont want mediation, we just want to appeal. the certificate came last friday'));
    // The day it came is not the day it was issued: its printed date is asked for, never taken from the day it came.
    assert.match(next, /You said it came on Friday 20 November 2026/);
    assert.match(next, /What date is on the certificate\?/);
    assert.doesNotMatch(next, /Do you have a certificate/);
    assert.match(allText(await c.say('19th november')), /I have read that as Thursday 19 November 2026[\s\S]*what do you disagree with/);
  });

  it('"still waiting for the certificate" is not a certificate in hand', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    await c.say('1st october');
    await c.say('yes');
    await c.say('3rd november');
    assert.match(allText(await c.say('no, still waiting for the certificate')), /Do you have a certificate/);
  });

  it('a date inside a question is taken, the deadline given, and the question not lost', async () => {
    const c = await begin();
    await c.say('2');
    const text = allText(await c.say('the letter is dated saturday 3rd october which is weird, is that allowed?'));
    assert.match(text, /I have read that as Saturday 3 October 2026/);
    assert.match(text, /Thursday 3 December 2026/);
    assert.match(text, /You asked about the letter being dated on a Saturday/);
    assert.match(text, /Have you contacted a mediation adviser yet\?/);
    assert.doesNotMatch(text, /meeting with school/);
  });

  it('section I only: "the school one" is the plan\'s school, no adviser is asked for as if required, and "no, do i need to??" is a no', async () => {
    const c = await begin();
    const decision = allText(await c.say('the school one'));
    assert.match(decision, /Section I: the school or placement named/);
    assert.match(decision, /What date is on the decision letter/);
    const asked = allText(await c.say('2nd october'));
    assert.match(asked, /you do not have to contact a mediation adviser first/);
    assert.doesNotMatch(asked, /Before most appeals you must contact one/);
    const answered = allText(await c.say('no, do i need to??'));
    assert.match(answered, /^No\. Your appeal would only be about the school/m);
    assert.match(answered, /what do you disagree with/);

    const letter = await begin();
    assert.match(allText(await letter.say('I')), /Section I: the school or placement named/);
  });

  it('"not sure" when the council was told about mediation gives an estimate from the day the adviser was contacted, labelled as one', async () => {
    const c = await begin();
    await c.say('The council will not change the plan after a review');
    await c.say('17/11/2026');
    await c.say('yes');
    await c.say('yesterday');
    await c.say('yes we want mediation');
    const reply = allText(await c.say("not sure, the mediation lady said she'd let them know"));
    assert.match(reply, /count from the day you contacted the adviser \(Sunday 22 November 2026\)/);
    assert.match(reply, /estimate/);
    // ("No, not yet" is an answer, not a correction of an earlier one.)
    assert.match(allText(await c.say('no not yet, mediation hasnt happened')), /what do you disagree with/);
    await c.say('I want section F to include the OT and TA hours everyone agreed');
    await c.say('1, 2');
    const end = await c.say('my husband');
    const summary = fileText(end, /summary\.txt$/);
    assert.match(summary, /Mediation should take place by about \(an estimate\): Tuesday 22 December 2026/);
    assert.match(fileText(end, /\.ics$/), /an estimate/);
    // The appeal date is still firm: 17 November + 2 months is Sunday 17 January, so Monday 18 January 2027.
    assert.match(summary, /Monday 18 January 2027/);
  });
});
