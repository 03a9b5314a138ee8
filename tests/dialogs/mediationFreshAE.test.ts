import assert from 'node:assert/strict';
import { allText, fileText, testBot } from '../helpers/bot';

/**
 * What a parent (or a young person) sees in the mediation flow when a date is put right with
 * "no wait", mediation has already happened, the appeal is about section I only, or the plan is
 * their own (found by a fresh tester, set AE).
 */
describe('dialog: prepare for mediation or an appeal, corrections and what has happened (set AE)', function () {
  this.timeout(20000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));


  async function begin(opening = 'help me get ready for mediation please') {
    const c = conversation();
    await c.start();
    await c.say(opening);
    return c;
  }

  it('"no wait its 12 not 11" at the adviser question changes the letter\'s date, and the appeal date with it; it is not a "No"', async () => {
    const c = await begin();
    await c.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    await c.say('3');
    await c.say('11th november');
    const fixed = allText(await c.say('no wait its 12 not 11'));
    assert.match(fixed, /I have changed the date on the decision letter to Thursday 12 November 2026/);
    assert.match(fixed, /Have you contacted a mediation adviser yet\?/);
    assert.doesNotMatch(fixed, /In your own words/);
    await c.say('no');
    await c.say('I want Brook House special school named in section I');
    await c.say('1, 2');
    const end = await c.say('no one');
    const text = allText(end);
    // 12 November + 2 months = Tuesday 12 January 2027 (not Monday 11 January).
    assert.match(text, /Tuesday 12 January 2027/);
    assert.doesNotMatch(text, /11 January 2027/);
    assert.match(fileText(end, /summary\.txt$/), /The decision letter was sent on Thursday 12 November 2026/);
  });

  it('section I only: "Where you stand" names section I, not B and F', async () => {
    const c = await begin();
    await c.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    await c.say('3');
    await c.say('12/11/2026');
    await c.say('no');
    await c.say('I want Brook House named');
    await c.say('1');
    const text = allText(await c.say('no one'));
    assert.match(text, /about section I \(school or placement\) of the plan/);
    assert.doesNotMatch(text, /section B \(needs\), section F \(help\)/);
  });

  it('"we had the mediation on the 20th... yes i have the certificate" takes both facts, stores no date for the council, and the summary is for the appeal', async () => {
    const c = await begin();
    await c.say('The council will not change the plan after a review');
    await c.say('3.11.26');
    await c.say('yes');
    await c.say('5th nov');
    await c.say('yes i want mediation');
    const told = allText(await c.say('we had the mediation on the 20th and they still said no. yes i have the certificate'));
    assert.match(told, /You have had mediation on Friday 20 November 2026\. So your summary will be about the appeal/);
    assert.match(told, /You have your certificate already/);
    assert.match(told, /What date is on the certificate\?/);
    assert.doesNotMatch(told, /I have read that as Friday 20 November 2026/);
    assert.doesNotMatch(told, /Do you have a certificate/);
    await c.say('the 23rd');
    await c.say('I want the plan changed to add speech therapy');
    await c.say('1, 2');
    const end = await c.say('a friend or family member');
    const summary = fileText(end, /summary\.txt$/);
    assert.match(summary, /^Getting ready to appeal: your summary/);
    assert.match(summary, /You went to mediation on Friday 20 November 2026/);
    assert.doesNotMatch(summary, /Questions you might ask at mediation|What happens on the day|Mediation should take place by/);
    assert.match(summary, /Last day to appeal to the tribunal: Monday 4 January 2027/);
  });

  it('"the adviser said theyd tell them the same day" is the day the adviser was contacted', async () => {
    const c = await begin();
    await c.say('The council will not change the plan after a review');
    await c.say('3.11.26');
    await c.say('yes');
    await c.say('5th nov');
    await c.say('yes i want mediation');
    assert.match(allText(await c.say('the adviser said theyd tell them the same day')), /I have read that as Thursday 5 November 2026/);
  });

  it('mediation that has failed, said at the certificate question: the summary is for the appeal', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    await c.say('14th of August');
    await c.say('yes');
    assert.match(allText(await c.say('early september, the 2nd')), /I have read that as Wednesday 2 September 2026/);
    await c.say('Yes, I want mediation');
    await c.say('not sure');
    assert.match(allText(await c.say('yes, the mediation was on the 21st oct and it didnt work')), /What date is on the certificate\?/);
    await c.say('30/10/2026');
    await c.say('I want the council to assess him');
    await c.say('1');
    const end = await c.say('no one');
    const summary = fileText(end, /summary\.txt$/);
    assert.match(summary, /^Getting ready to appeal: your summary/);
    assert.match(summary, /You went to mediation on Wednesday 21 October 2026/);
    assert.match(summary, /Monday 30 November 2026/);
  });

  it('a young person asking about their own plan is spoken to as "you"; "not sure" is no evidence', async () => {
    const c = await begin('hi im 18, the council says theyre stopping my ehcp, i want to appeal');
    await c.say('The council wants to end (cease) the plan');
    await c.say('22 oct');
    await c.say('no');
    const evidence = allText(await c.say('i want to keep my plan. without my support worker in lessons i wouldnt pass'));
    assert.match(evidence, /help show what you need/);
    assert.match(evidence, /my own notes or diary\n/);
    assert.doesNotMatch(evidence, /your child|my child/);
    await c.say('not sure');
    const end = await c.say('SENDIASS');
    const summary = fileText(end, /summary\.txt$/);
    assert.doesNotMatch(summary, /your child|my child/);
    assert.doesNotMatch(summary, /not sure/);
    assert.match(summary, /You have not listed any evidence yet/);
  });

  it('a young person noticed from their words mid-flow hears it once, then "you" from there', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    await c.say('22 oct');
    await c.say('no');
    const next = allText(await c.say('i want to keep my plan, i only cope at college because of my support worker'));
    assert.match(next, /You are asking about your own plan, so from here on I will say "you" and "your plan"/);
    assert.match(next, /help show what you need/);
  });
});

describe('dialog: a date at a date question after "sorry" is its answer (set AE)', function () {
  this.timeout(20000);
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));

  it('"sorry, the 12th" after a date that could not be read answers the question on the screen', async () => {
    const c = conversation();
    await c.start();
    await c.say('help me get ready for mediation please');
    await c.say('The council wants to end (cease) the plan');
    await c.say('1st october');
    await c.say('yes');
    assert.match(allText(await c.say('erm the thursday after')), /could not read that as a date/);
    const text = allText(await c.say('sorry, the 12th'));
    assert.match(text, /I have read that as Thursday 12 November 2026/);
    assert.doesNotMatch(text, /changed the date on the decision letter/);
  });

  it('"no wait, the 12th" just after a date was read back puts that date right', async () => {
    const c = conversation();
    await c.start();
    await c.say('help me get ready for mediation please');
    await c.say('The council wants to end (cease) the plan');
    await c.say('1st october');
    await c.say('yes');
    await c.say('11th november');
    const text = allText(await c.say('no wait, the 12th'));
    assert.match(text, /I have changed the day you contacted the mediation adviser to Thursday 12 November 2026/);
    assert.match(text, /Have you told the adviser you want mediation\?/);
  });
});

/**
 * Answers a fresh tester typed (set AN): a decision date put right in the shape "its X not Y" at a
 * yes/no question, the day a certificate came said in place of the date on it, "do I have to do
 * mediation?", and answers that mix the buttons' numbers with their own words. Each test asserts
 * what the parent would notice: the dates in the summary and the calendar, and its words.
 */
describe('dialog: prepare for mediation or an appeal, what a parent types (set AN)', function () {
  this.timeout(30000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));


  async function begin(...answers: string[]) {
    const c = conversation();
    await c.start();
    await c.say('help me get ready for mediation please');
    for (const answer of answers) await c.say(answer);
    return c;
  }

  it('M7: "wait sorry, ive just found it, its dated 30th september not the 13th" at the adviser question moves every date, and the summary says 6 days are left', async () => {
    const c = await begin('The health or social care parts of the plan');
    assert.match(allText(await c.say('13th september')), /usual time limit has passed/);
    const fixed = allText(await c.say('wait sorry, ive just found it, its dated 30th september not the 13th'));
    assert.match(fixed, /I have changed the date on the decision letter to Wednesday 30 September 2026/);
    // The new dates at once, with the section letters as the plan writes them.
    assert.match(fixed, /Monday 30 November 2026, in 6 days/);
    assert.match(fixed, /section B, F or I/);
    assert.doesNotMatch(fixed, /could not tell if that was a yes or a no/);
    assert.match(fixed, /Have you contacted a mediation adviser yet\?/);
    await c.say('no');
    await c.say('I want the physio and short breaks put in the plan.');
    await c.say('none yet');
    const end = await c.say('not sure');
    const summary = fileText(end, /summary\.txt$/);
    assert.match(summary, /Monday 30 November 2026/);
    assert.doesNotMatch(summary, /13 November 2026|time to appeal has passed/);
    assert.match(fileText(end, /\.ics$/), /DTSTART;VALUE=DATE:20261130/);
  });

  it('a letter date put right later on, in other words ("its dated the 30th not the 13th", "sorry i got that wrong, it was the 30th not the 13th")', async () => {
    for (const correction of ['its dated the 30th not the 13th', 'sorry i got that wrong, it was the 30th not the 13th']) {
      const c = await begin('The council wants to end (cease) the plan', '13th october');
      await c.say('no');
      const fixed = allText(await c.say(correction));
      assert.match(fixed, /I have changed the date on the decision letter to Friday 30 October 2026/, correction);
      assert.match(fixed, /In your own words, what do you disagree with/, correction);
    }
  });

  it('M3: "the certificate came on the 12th" is the day it came: the date printed on it is asked for, and the appeal counts from that date', async () => {
    const c = conversation();
    await c.start();
    await c.say("we've had mediation and it didn't work, i need to appeal");
    await c.say('3');
    await c.say('F mainly, the help isnt specific. and B is missing her sensory needs');
    await c.say('the final plan came with a letter dated 15/9');
    const told = allText(await c.say('yes we had mediation on the 10th of this month, the certificate came on the 12th'));
    assert.match(told, /You said it came on Thursday 12 November 2026/);
    assert.match(told, /What date is on the certificate\?/);
    assert.doesNotMatch(told, /I have read that as Thursday 12 November 2026/);
    // The day it came again: asked once more; then "no date" counts from it, said plainly.
    assert.match(allText(await c.say('it came on the 12th')), /Please look for the date printed on the certificate/);
    assert.match(allText(await c.say('11th november')), /I have read that as Wednesday 11 November 2026/);
    await c.say('I want weekly OT written in section F');
    await c.say('6, 4 and the OT report from the private OT');
    const end = await c.say('none, just me');
    const summary = fileText(end, /summary\.txt$/);
    // 1 month from Wednesday 11 November is Friday 11 December (not Monday 14 December, from the 12th).
    assert.match(summary, /Your certificate is dated Wednesday 11 November 2026/);
    assert.match(summary, /Last day to appeal to the tribunal: Friday 11 December 2026/);
    assert.match(fileText(end, /\.ics$/), /DTSTART;VALUE=DATE:20261211/);
    // Numbers with their own words: the items, and the words kept as theirs.
    assert.match(summary, /- my own notes or diary about my child\n- reports from professionals/);
    assert.match(summary, /In your words: “the OT report from the private OT”/);
    assert.doesNotMatch(summary, /“6, 4/);
    assert.doesNotMatch(summary, /“none, just me”/);
  });

  it('M5: "yesterday" at "Do you have a certificate?" is checked as the date printed on it, not taken', async () => {
    const c = await begin('The council wants to end (cease) the plan', "it's dated 2nd October", 'yes', 'i rang them on the 18th', 'no i said i dont want it');
    const asked = allText(await c.say('yesterday'));
    assert.match(asked, /Is Monday 23 November 2026 the date printed on the certificate\?/);
    const no = allText(await c.say('no'));
    assert.match(no, /What date is on the certificate\?/);
    assert.match(allText(await c.say('20th november')), /I have read that as Friday 20 November 2026/);
  });

  it('M5: "yes, i rang them and said i didnt want mediation, the certificate came yesterday" takes the certificate and asks its date', async () => {
    const c = await begin('they want to cease it', "it's dated 2nd October");
    const told = allText(await c.say('yes, i rang them and said i didnt want mediation, the certificate came yesterday'));
    assert.match(told, /you have your certificate already/);
    assert.match(told, /You said it came on Monday 23 November 2026/);
    assert.match(told, /What date is on the certificate\?/);
    assert.doesNotMatch(told, /Have you told the adviser you want mediation\?/);
  });

  it('M1: "do I have to do mediation?" is answered no: mediation is a choice, contacting the adviser is not; the same words at another question (M6)', async () => {
    const c = await begin('1', '28th october');
    const reply = allText(await c.say('no. do I have to do mediation? i just want to go straight to tribunal'));
    assert.match(reply, /^No\. Mediation itself is your choice\. But before you can appeal, you must contact a mediation adviser/m);
    assert.doesNotMatch(reply, /^Yes\./m);
    const later = allText(await c.say('is mediation compulsory?'));
    assert.match(later, /No\. Mediation itself is your choice/);
    // Section I only: no adviser needed either.
    const school = await begin('3', 'I', '12/11/2026');
    assert.match(allText(await school.say('no, do i have to do mediation?')), /No\. Mediation is your choice\. Your appeal would only be about the school \(section I\), so you do not need to contact a mediation adviser first either/);
  });

  it('M1 and M6: "1, 3, 8 - including the senco\'s email..." and "my husband and maybe SENDIASS" keep every item and person', async () => {
    const c = await begin('1', 'it says 28th october but it didnt arrive till the 2nd', 'no', 'I want them to assess her properly');
    await c.say("1, 3, 8 - including the senco's email saying they cant meet her needs");
    const end = await c.say('my husband and maybe SENDIASS');
    const summary = fileText(end, /summary\.txt$/);
    assert.match(summary, /The decision letter was sent on Wednesday 28 October 2026/);
    assert.match(summary, /- the decision letter\n- school reports and records of progress\n- emails and letters with the school or council\n- In your words: “the senco's email saying they cant meet her needs”/);
    assert.match(summary, /- someone from SENDIASS\n- “my husband”/);
  });

  it('"they want to cease it" and "they assessed him but wouldnt give him a plan" name the decision', async () => {
    assert.match(allText(await (await begin()).say('they want to cease it')), /What date is on the decision letter\?/);
    assert.match(allText(await (await begin()).say('they assessed him but wouldnt give him a plan')), /What date is on the decision letter\?/);
  });

  it('"the letter with the final plan was dated last tuesday" reads the day it is dated', async () => {
    const c = await begin('3', 'I');
    assert.match(allText(await c.say('the letter with the final plan was dated last tuesday')), /I have read that as Tuesday 17 November 2026/);
  });
});
