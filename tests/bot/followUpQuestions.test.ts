import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { asksWhoDecides, topicOfTitle, looksLikeFollowUp } from '../../src/domain/recognizer/followUp';
import { allText, buttonLabels, testBot } from '../helpers/bot';

/** A short question that leans on the answer before it is read with that answer's topic. */
describe('follow-up questions after an answer ("is it free?", "what if they say no?")', () => {
  const kindsOf = (replies: Awaited<ReturnType<ReturnType<ReturnType<typeof testBot>['conversation']>['say']>>) =>
    replies.map((r) => metaOf(r)?.kind).filter((k) => k !== 'welcome');

  it('answers a short follow-up from the topic just read, not "out of scope"', async () => {
    const c = testBot().conversation();
    await c.say('tell me about mediation');
    const replies = await c.say('does it cost me anything?');
    assert.deepEqual(kindsOf(replies), ['answer']);
    assert.match(allText(replies), /\*\*Mediation: what it is/);
    assert.match(allText(replies), /free/i);
  });

  it('reads "they" in a follow-up with the topic, and finds the next step', async () => {
    const c = testBot().conversation();
    await c.say('what is an ehc plan');
    const replies = await c.say('and what happens if they refuse?');
    assert.deepEqual(kindsOf(replies), ['answer']);
    assert.match(allText(replies), /refuse/i);
  });

  it('asks for a few more words about that topic when even the topic does not help', async () => {
    const c = testBot().conversation();
    await c.say('what is a senco');
    const replies = await c.say('does it cost anything?');
    assert.deepEqual(kindsOf(replies), ['clarify']);
    assert.match(allText(replies), /If your question is about "The SENCo"/);
    assert.doesNotMatch(allText(replies), /cannot help with that/);
  });

  it('with no answer before, or for something plainly elsewhere, nothing changes', async () => {
    assert.deepEqual(kindsOf(await testBot().conversation().say('does it cost anything?')), ['out-of-scope']);
    const c = testBot().conversation();
    await c.say('what is mediation');
    assert.deepEqual(kindsOf(await c.say('is it raining outside')), ['out-of-scope']);
  });

  it('"what does that word mean?" asks which word', async () => {
    const c = testBot().conversation();
    await c.say('how long does the council have to decide whether to assess');
    const replies = await c.say('what does that word mean');
    assert.deepEqual(kindsOf(replies), ['clarify']);
    assert.match(allText(replies), /Which word/);
  });

  it('"thank you, will you email me?" (after an adviser has gone) gets how to reach SENDIASS, not just "you are welcome"', async () => {
    const c = testBot().conversation();
    const replies = await c.say('thank you Sam, will you email me?');
    assert.match(allText(replies), /SENDIASS/);
    assert.doesNotMatch(allText(replies), /You are welcome/);
    assert.match(allText(await c.say('thanks so much')), /You are welcome/);
  });

  it('"who decides if we get it?" after personal budgets: the part that says the council must, not "nothing more"', async () => {
    const c = testBot().conversation();
    await c.say('what is a personal budget');
    const text = allText(await c.say('who decides if we get it'));
    assert.match(text, /council must prepare one if you ask/);
    assert.doesNotMatch(text, /I do not have more on that/);
    assert.ok(asksWhoDecides('whose decision is it?') && asksWhoDecides('who has the final say') && !asksWhoDecides('who can I talk to'));
  });

  it('a topic is the title without its question words', () => {
    assert.equal(topicOfTitle('How to ask for an EHC needs assessment'), 'EHC needs assessment');
    assert.equal(topicOfTitle('Mediation: what it is and how it can help'), 'Mediation');
    assert.equal(topicOfTitle('What an EHC plan is'), 'EHC plan');
    assert.equal(looksLikeFollowUp('and what if they say no?'), true);
    assert.equal(looksLikeFollowUp('what is the local offer'), false);
  });

  it('"what does that mean?" after an answer explains the answer\'s words in plain English, not the help menu', async () => {
    const c = testBot().conversation();
    await c.say('how do i ask for an ehc needs assessment');
    const text = allText(await c.say('what does that mean'));
    assert.match(text, /in plain English/);
    assert.match(text, /\*\*EHC needs assessment\*\*: A detailed look by the council/);
    assert.doesNotMatch(text, /\*\*EHC\*\*:/, 'a term inside a longer one is not explained twice');
    const first = allText(await testBot().conversation().say('what does that mean'));
    assert.doesNotMatch(first, /in plain English/, 'with no answer before it, it is a question about what the bot does');
  });

  it('"and if they say no?" after the way to ask for an assessment finds what to do when the council refuses', async () => {
    const c = testBot().conversation();
    await c.say('how do i ask for an ehc needs assessment');
    assert.match(allText(await c.say('and if they say no?')), /If the council refuses to assess/);
  });

  it('"no thanks" (turning down an offer) is not answered "you are welcome"', async () => {
    const text = allText(await testBot().conversation().say('no thanks'));
    assert.doesNotMatch(text, /You are welcome/);
    assert.match(text, /That is fine/);
  });

  it('a question asked with a request to start a flow is answered first, then the flow starts', async () => {
    const replies = await testBot().conversation().say('i want to appeal. do i have to do mediation first');
    assert.deepEqual(kindsOf(replies).slice(0, 2), ['answer', 'flow']);
    assert.match(allText(replies), /Before you appeal: the mediation adviser and certificate/);
    assert.match(allText(replies), /you do not have to go to mediation/);
    assert.deepEqual(kindsOf(await testBot().conversation().say('i want to appeal the decision')).slice(0, 1), ['flow']);
  });

  it('"school said no what now" asks what was refused, with the three usual answers as buttons, each of which finds its article', async () => {
    const replies = await testBot().conversation().say('school said no what now');
    assert.deepEqual(kindsOf(replies), ['clarify']);
    assert.match(allText(replies), /What did they say no to\?/);
    const labels = buttonLabels(replies);
    assert.ok(labels.includes('The council said no to an assessment') && labels.includes('The council refused to issue an EHC plan'), labels.join(' | '));
    assert.match(allText(await testBot().conversation().say('The council refused to issue an EHC plan')), /If the council refuses to issue an EHC plan/);
    assert.match(allText(await testBot().conversation().say('The council said no to an assessment')), /If the council refuses to assess/);
  });

  it('"how long have I got?" after the draft plan answer is the draft plan\'s own time, not the whole process\'s', async () => {
    const c = testBot().conversation();
    await c.say('the draft ehcp has come, what happens now');
    const replies = await c.say('how much time do I have?');
    assert.deepEqual(kindsOf(replies), ['answer']);
    assert.match(allText(replies), /\*\*The draft EHC plan\*\*/);
    assert.match(allText(replies), /at least 15 days/);
    assert.doesNotMatch(allText(replies), /How long the EHC process takes/);
  });

  it('works out the last day of the draft plan\'s 15 days when the message says for certain when it was served', async () => {
    const c = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    await c.say('what do I do with the draft plan');
    const text = allText(await c.say('it arrived on monday 16th, when is my last day to reply'));
    assert.match(text, /served on Monday 16 November 2026, that day counts as the first, so the last day is Monday 30 November 2026/);
    // The draft plan's answer was just shown: the day and where the limit comes from, not the answer again.
    assert.match(text, /Source: SEN and Disability Regulations 2014, reg 13\(1\)\(a\)/);
    assert.doesNotMatch(text, /\*\*The draft EHC plan\*\*/);
    // A day that could be more than one date is never turned into a deadline.
    const d = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    await d.say('what do I do with the draft plan');
    const vague = allText(await d.say('it came last month, when is the last day'));
    assert.doesNotMatch(vague, /the last day is/);
    assert.match(vague, /at least 15 days/);
  });

  it('"so what\'s my deadline then, the 25th?" after "it came on the 20th": the 25th is a guess, the 20th is the day it came', async () => {
    const c = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    await c.say('got the draft plan, it only came this morning (20th). it doesnt name a school');
    const text = allText(await c.say('so whats my actual deadline then, the 25th?'));
    assert.match(text, /served on Friday 20 November 2026, that day counts as the first, so the last day is Friday 4 December 2026/);
    assert.doesNotMatch(text, /October/);
    // A letter's date is not the day it was served, and two days said to be the day it came are not read as either.
    const d = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    await d.say('what do I do with the draft plan');
    assert.doesNotMatch(allText(await d.say('the letter is dated 10th November, when is my last day')), /the last day is/);
    const e = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    assert.doesNotMatch(allText(await e.say('got the draft through today, but it came on the 20th really, what is my deadline')), /the last day is/);
  });

  it('"we got the draft yesterday ... reply by friday, 4 days?? is that allowed": the last day counted from yesterday (set AU)', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    const text = allText(await c.say('hi we got the draft ehcp for my daughter yesterday and the letter says we have to reply by friday which is like 4 days?? is that allowed'));
    assert.match(text, /served on Tuesday 24 November 2026, that day counts as the first, so the last day is Tuesday 8 December 2026/);
  });

  it('"it came on the 12th actually" puts the day right, and "whats the date then" keeps it (set AX)', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    await c.say('we got the draft EHC plan for my son yesterday. it doesnt say anything about which school');
    assert.match(allText(await c.say('how long do i have to reply')), /the last day is Tuesday 8 December 2026/);
    assert.match(allText(await c.say('it came on the 12th actually')), /served on Thursday 12 November 2026, that day counts as the first, so the last day is Thursday 26 November 2026/);
    assert.match(allText(await c.say('whats the date then')), /the last day is Thursday 26 November 2026/);
  });

  it('a first question that says when the draft came has its last day above the answer', async () => {
    const c = testBot(new Date('2026-11-24T10:00:00Z')).conversation();
    const text = allText(await c.say('the draft plan arrived on 20 November. when is the last day to reply?'));
    assert.match(text, /\nIf it was served on Friday 20 November 2026, that day counts as the first, so the last day is Friday 4 December 2026/);
    assert.match(text, /\*\*The draft EHC plan\*\*/);
  });

  it('a question about time after an article with no time limit of its own is searched as before', async () => {
    const c = testBot().conversation();
    await c.say('what is a senco');
    assert.doesNotMatch(allText(await c.say('how long have I got?')), /\*\*The SENCo\*\*/);
  });

  it('"what does served mean?" is explained in plain English, with the draft plan it belongs to', async () => {
    const text = allText(await testBot().conversation().say('what does served mean?'));
    assert.match(text, /\*\*Served\*\* means: Sent or given to you formally/);
    assert.match(text, /reg 13\(1\)\(a\)/);
  });

  it('a parent describing their child with nothing asked gets a kind question back with the main tasks, not a guessed article', async () => {
    const replies = await testBot().conversation().say('She finds maths really hard and gets upset in class. She has stopped eating breakfast. She says her tummy hurts every morning.');
    assert.deepEqual(kindsOf(replies), ['clarify']);
    assert.match(allText(replies), /What would you like to do\?/);
    assert.ok(buttonLabels(replies).includes('Ask for an EHC needs assessment'), buttonLabels(replies).join(' | '));
    // With a question, or a part of the system named, it is answered as before.
    assert.deepEqual(kindsOf(await testBot().conversation().say('She finds maths really hard and gets upset in class. What help can the school give?')), ['answer']);
  });

  it('a clear wish for the council to assess starts the guided request', async () => {
    assert.deepEqual(kindsOf(await testBot().conversation().say('we would like the council to assess our son')).slice(0, 1), ['flow']);
    assert.deepEqual(kindsOf(await testBot().conversation().say("I'm the SENCo at a junior school and want to request an EHC needs assessment for a child in year 4")).slice(0, 1), ['flow']);
  });

  it('their own child permanently excluded with a meeting ahead: an adviser is offered, not the part-time timetable answer', async () => {
    const replies = await testBot().conversation().say('my son got permanently excluded this morning and the governors are meeting on friday, what should i do');
    assert.ok(kindsOf(replies).includes('handoff') && !kindsOf(replies).includes('answer'), kindsOf(replies).join(' '));
    assert.match(allText(replies), /SENDIASS adviser/);
    assert.doesNotMatch(allText(replies), /part-time timetable/);
  });
});

describe('"who goes to the annual review?" asked first (set AY)', () => {
  it('gets who takes part, not the article\'s time limits', async () => {
    const text = allText(await testBot().conversation().say('who goes to the annual review'));
    assert.match(text, /You must be invited, or the young person if they are over 16/);
    assert.doesNotMatch(text, /at least every 12 months/);
  });

  it('"ok and then?" after an answer goes on with it, not "You are welcome" (tester AZ)', async () => {
    const c = testBot().conversation();
    await c.say('whats sen support');
    const text = allText(await c.say('ok and then?'));
    assert.doesNotMatch(text, /You are welcome/);
    assert.match(text, /SEN support/);
  });
});
