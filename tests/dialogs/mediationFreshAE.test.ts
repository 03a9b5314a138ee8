import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { allText, testBot } from '../helpers/bot';

/**
 * What a parent (or a young person) sees in the mediation flow when a date is put right with
 * "no wait", mediation has already happened, the appeal is about section I only, or the plan is
 * their own (found by a fresh tester, set AE).
 */
describe('dialog: prepare for mediation or an appeal, corrections and what has happened (set AE)', function () {
  this.timeout(20000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));

  function fileText(replies: Partial<Activity>[], name: RegExp): string {
    const f = replies.flatMap((r) => r.attachments ?? []).find((a) => name.test(a.name ?? ''));
    assert.ok(f?.contentUrl, `no file matching ${name}`);
    return Buffer.from(f.contentUrl.split(',')[1], 'base64').toString('utf8');
  }

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
