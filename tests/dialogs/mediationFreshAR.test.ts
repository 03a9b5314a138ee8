import assert from 'node:assert/strict';
import { allText, testBot } from '../helpers/bot';

/**
 * The letter's date in the mediation flow given the way a tired parent gives it: the month first
 * ("beginning of october"), then the day ("the 2nd"); or the day alone, read as the nearest one,
 * then put right with the whole date typed at the next question (found by a fresh tester, set AR).
 * A wrong month here moves every deadline by a month.
 */
describe('dialog: prepare for mediation or an appeal, a date given in two goes (set AR)', function () {
  this.timeout(20000);
  // Today is Wednesday 25 November 2026.
  const { conversation } = testBot(new Date('2026-11-25T10:00:00Z'));

  async function atTheLetterDate() {
    const c = conversation();
    await c.start();
    await c.say('Get ready for mediation or an appeal');
    await c.say('The council said no to an EHC needs assessment');
    return c;
  }

  it('"beginning of october", then "the 2nd": 2 October, with the appeal due on Wednesday 2 December (not 2 November and a January deadline)', async () => {
    const c = await atTheLetterDate();
    assert.match(allText(await c.say('beginning of october')), /I need the exact date/);
    const text = allText(await c.say('the 2nd'));
    assert.match(text, /I have read that as Friday 2 October 2026/);
    assert.match(text, /last day to appeal to the tribunal is Wednesday 2 December 2026/);
    assert.doesNotMatch(text, /2 November 2026/);
  });

  it('"the 2nd" read as 2 November, then "2 october" at the adviser question: the date is changed, not taken as a yes or no', async () => {
    const c = await atTheLetterDate();
    assert.match(allText(await c.say('the 2nd')), /I have read that as Monday 2 November 2026/);
    const fixed = allText(await c.say('2 october'));
    assert.match(fixed, /I have changed the date on the decision letter to Friday 2 October 2026/);
    assert.match(fixed, /Wednesday 2 December 2026/);
    assert.match(fixed, /Have you contacted a mediation adviser yet\?/);
    assert.doesNotMatch(fixed, /could not tell if that was a yes or a no/);
    assert.match(allText(await c.say('no not yet')), /In your own words/);
  });
});

describe('dialog: ask for an EHC needs assessment, a young person asking if a parent must agree (set AR)', () => {
  it('"do i need their permission" at the first question: no (s36(1), CoP 8.13), then the question again (a question at the name too)', async () => {
    const c = testBot().conversation();
    await c.start();
    await c.say('im 17 and i want to ask for an ehcp for myself, my parents dont think i need one');
    const text = allText(await c.say('do i need their permission'));
    assert.match(text, /^No\. A young person can ask the council for an assessment themselves/m);
    assert.match(text, /Your parents do not have to agree/);
    // ("for myself" at the start: the question on the screen is the first one after who is asking.)
    assert.match(text, /What is your first name\?/);
    assert.doesNotMatch(text, /ask me again when we have finished/i);
  });
});

describe('dialog: "whats next" at a flow\'s question (set AR)', () => {
  it('says what the questions lead to and asks the question again, where it answered with SEN support', async () => {
    const c = testBot().conversation();
    await c.start();
    await c.say('Ask for an EHC needs assessment');
    const text = allText(await c.say('whats next'));
    assert.match(text, /After a few more questions, I will give you your draft letter/);
    assert.match(text, /Who is asking for the assessment\?/);
    assert.doesNotMatch(text, /SEN support is the help/);
  });
});

describe('dialog: "is that calendar days" in the mediation flow (set AU)', () => {
  it('says the months are calendar months and when a last day moves, then asks the question again (not the draft plan\'s 15 days)', async () => {
    const c = testBot().conversation();
    await c.start();
    await c.say('Get ready for mediation or an appeal');
    await c.say('The council said no to an EHC needs assessment');
    const text = allText(await c.say('is that calendar days'));
    assert.match(text, /are calendar months, not working days/);
    assert.match(text, /What date is on the decision letter\?/);
    assert.doesNotMatch(text, /draft EHC plan|could not read that as a date/);
  });
});

describe('dialog: a young person says where they learn in their own words (set AY)', () => {
  it('"I am at college" is a college, with its name asked next, not a name "am at college"', async () => {
    const c = testBot().conversation();
    await c.start();
    for (const m of ['Ask for an EHC needs assessment', '2', 'Jordan', "I'm 17"]) await c.say(m);
    const text = allText(await c.say('I am at college'));
    assert.doesNotMatch(text, /noted the name as "am at college"/);
    assert.match(text, /What is the name of your school or college\?/);
  });
});

describe('dialog: a young person in the mediation flow asks about their parents (set AY)', () => {
  it('"do i need my parents permission" gets no (CoP 8.13), spoken to them, then the question again', async () => {
    const c = testBot().conversation();
    await c.start();
    for (const m of ['Get ready for mediation or an appeal', 'im 18, the council said no to assess me', '12/11/2026']) await c.say(m);
    const text = allText(await c.say('do i need my parents permission'));
    assert.match(text, /^No\. After the end of the school year in which you turn 16, these decisions and the right to appeal are yours/m);
    assert.doesNotMatch(text, /your child/);
    assert.match(text, /Have you contacted a mediation adviser yet\?/);
  });
});

describe('dialog: "what can i do now its too late?" once the parent\'s own appeal date has passed (tester AZ)', () => {
  const steps = ['Get ready for mediation or an appeal', 'The council wants to end (cease) the plan', '1/9/2026', 'no'];

  it('during the flow and after its summary: the late appeal and SENDIASS, not the council being late', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    await c.start();
    for (const said of steps) await c.say(said);
    const during = allText(await c.say('what can i do now its too late?'));
    assert.match(during, /the usual last day to appeal was Monday 2 November 2026/);
    assert.match(during, /Ask the tribunal to accept a late appeal/);
    assert.doesNotMatch(during, /not lawful reasons to miss EHC deadlines/);
    for (const said of ['i want the plan kept', 'none', 'none', 'no']) await c.say(said);
    const after = allText(await c.say('i missed the deadline didnt i, what now'));
    assert.match(after, /Ask the tribunal to accept a late appeal/);
  });

  it('with time still to go, the question is not answered as if it had passed', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    await c.start();
    for (const said of ['Get ready for mediation or an appeal', 'The council wants to end (cease) the plan', '20/11/2026', 'no']) await c.say(said);
    assert.doesNotMatch(allText(await c.say('is it too late?')), /the usual last day to appeal was/);
  });
});

describe('dialog: mediation flow, the adviser question read as parents answer it (tester CA)', () => {
  const start = ['Get ready for mediation or an appeal', 'LA refused to assess, classic', 'dated 3/11/26'];

  it('"got it on the 5th" is when the letter came, not a yes to "have you contacted a mediation adviser?"', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    await c.start();
    for (const said of start) await c.say(said);
    const text = allText(await c.say('got it on the 5th'));
    assert.match(text, /could not tell if that was a yes or a no/);
    assert.doesNotMatch(text, /On what date did you contact the mediation adviser/);
  });

  it('"oh sorry no i havent contacted them yet" where the day of contact is asked puts the yes right, and is never read as a day', async () => {
    const c = testBot(new Date('2026-11-25T10:00:00Z')).conversation();
    await c.start();
    for (const said of [...start, 'yes']) await c.say(said);
    const text = allText(await c.say('oh sorry no i havent contacted them yet, the 5th was when the letter arrived'));
    assert.match(text, /I have put that right: you have not contacted a mediation adviser yet/);
    assert.doesNotMatch(text, /I have read that as/);
    assert.match(text, /In your own words, what do you disagree with/);
  });
});
