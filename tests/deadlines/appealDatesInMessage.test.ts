import assert from 'node:assert/strict';
import { appealDatesInMessage } from '../../src/domain/deadlines/appealDatesInMessage';
import { requestDatesInMessage } from '../../src/domain/deadlines/requestDatesInMessage';
import { allText, testBot } from '../helpers/bot';

describe('a decision date in a question about appealing: the dates at once', () => {
  const today = '2026-11-24';

  it('works out the adviser and tribunal dates from the letter, with the tribunal\'s day rules', () => {
    const text = appealDatesInMessage('the council refused to assess, the letter is dated 3/11/26, when do i have to appeal by', today)!;
    assert.match(text, /Contact a mediation adviser by \*\*Sunday 3 January 2027\*\*/);
    assert.match(text, /reach the tribunal by \*\*Monday 4 January 2027\*\*/);
    assert.doesNotMatch(text, /has passed/);
  });

  it('says when the dates have passed, and that there may still be options', () => {
    const text = appealDatesInMessage('decision letter was dated 20th june, when is the deadline to appeal', today)!;
    assert.match(text, /\*\*Tuesday 1 September 2026\*\*.*This date has passed/);
    assert.match(text, /you may still have options/);
  });

  it('says nothing without a decision date it is sure of', () => {
    assert.equal(appealDatesInMessage('when do i need to appeal by', today), undefined);
    assert.equal(appealDatesInMessage('the letter came a few weeks ago, when do i appeal by', today), undefined);
  });

  it('with a certificate: the later of the two periods; with the certificate alone, the earliest it can be and what would move it (set AR)', () => {
    // 1 October + 2 months = 1 December; 20 November + 1 month = Sunday 20 December, so Monday 21 December.
    const both = appealDatesInMessage('decision letter 1 october, certificate 20 november, when do i appeal by', today)!;
    assert.match(both, /reach the tribunal by \*\*Monday 21 December 2026\*\*/);
    assert.doesNotMatch(both, /Contact a mediation adviser/);
    // The mediation meeting's day is not the certificate's.
    const alone = appealDatesInMessage('had mediation on the 2nd of november and it didnt work, got the certificate on the 6th, when is the appeal deadline', today)!;
    assert.match(alone, /certificate is dated Friday 6 November 2026/);
    assert.match(alone, /by \*\*Monday 7 December 2026\*\*, or later if the time from the decision letter ends later/);
    assert.match(alone, /Tell me the date on the decision letter/);
  });

  it('the letter\'s date told after the certificate\'s: both used (set AR)', async () => {
    const { conversation } = testBot(new Date('2026-11-25T10:00:00Z'));
    const c = conversation();
    await c.say('had mediation on the 2nd of november and it didnt work, got the certificate on the 6th');
    assert.match(allText(await c.say('so when is the appeal deadline')), /Monday 7 December 2026\*\*, or later if/);
    const text = allText(await c.say('the decision letter was dated 15 september'));
    assert.match(text, /If the decision letter was sent on Tuesday 15 September 2026 and your mediation certificate is dated Friday 6 November 2026/);
    assert.match(text, /\*\*Monday 7 December 2026\*\*/);
  });

  it('the bot gives the dates and offers the guided flow instead of asking for the date again', async () => {
    const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));
    const text = allText(await conversation().say('they turned us down for an assessment, letter dated 3rd november, whats the deadline to appeal'));
    assert.match(text, /Monday 4 January 2027/);
    assert.match(text, /Get ready for mediation or an appeal/);
    assert.doesNotMatch(text, /Which decision do you disagree with/);
  });

  it('"the letter is dated 3rd November, when is my deadline then" just after the refusal answer: that letter\'s dates, not "I do not have more"', async () => {
    const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));
    const c = conversation();
    await c.say('Can I appeal the refusal to assess?');
    const text = allText(await c.say('the letter is dated 3rd November. when is my deadline then'));
    assert.match(text, /Contact a mediation adviser by \*\*Sunday 3 January 2027\*\*/);
    assert.match(text, /Monday 4 January 2027/);
    assert.doesNotMatch(text, /I do not have more on that/);
    // After an answer that is not about a decision, a letter's date is not taken for a decision letter.
    const d = conversation();
    await d.say('what is a draft ehc plan');
    assert.doesNotMatch(allText(await d.say('the letter is dated 3rd November. when is my deadline then')), /mediation adviser by/);
  });

  it('"so whats my deadline then" after "refused to assess my daughter AGAIN. letter dated 3rd march": that letter\'s dates, said plainly to have passed (set AP)', async () => {
    const { conversation } = testBot(new Date('2026-11-25T10:00:00Z'));
    const c = conversation();
    await c.say('Im so angry. the council have refused to assess my daughter AGAIN. letter dated 3rd march');
    const text = allText(await c.say('so whats my deadline then'));
    assert.match(text, /reach the tribunal by \*\*Tuesday 5 May 2026\*\*.*This date has passed/s);
    assert.match(text, /To see what you can still do about this decision/);
    assert.doesNotMatch(text, /I do not have more on that|sooner is safer/);
  });
});


describe('appeal dates in a question the recognizer reads as a question (tester BA)', () => {
  it('"my LA said no on 3rd october, when is my last day to appeal?" gets that letter\'s dates, not the general rule and "give me those dates"', async () => {
    const { conversation } = testBot(new Date('2026-11-25T10:00:00Z'));
    const text = allText(await conversation().say('our council refused the assessment on 3rd october, what is the last day i can appeal?'));
    assert.match(text, /Contact a mediation adviser by \*\*Thursday 3 December 2026\*\*/);
    assert.match(text, /reach the tribunal by \*\*Thursday 3 December 2026\*\*/);
    assert.doesNotMatch(text, /Just give me those dates/);
  });

  it('a day the letter arrived is not taken for the day it was sent without saying so', () => {
    const text = appealDatesInMessage('how long do i have to appeal, the refusal letter came on 20 november', '2026-11-25') ?? '';
    assert.match(text, /Wednesday 20 January 2027/);
    assert.match(text, /runs from the day the letter was sent.*Check the date on the letter/s);
    assert.doesNotMatch(appealDatesInMessage('the refusal letter is dated 20 november, how long do i have to appeal', '2026-11-25') ?? '', /runs from the day the letter was sent/);
  });

  it('"la decision 15 october 2025, got mediation certificate 10 december 2025. whens the deadline": both dates used, not asked for again (tester CB)', () => {
    const text = appealDatesInMessage('la decision 15 october 2025, got mediation certificate 10 december 2025. whens the deadline', '2026-11-25') ?? '';
    assert.match(text, /If the decision letter was sent on Wednesday 15 October 2025 and your mediation certificate is dated Wednesday 10 December 2025/);
    assert.doesNotMatch(text, /Tell me the date on the decision letter/);
  });

  it('"decision letter dated 20 june 2025 when is my appeal deadline", read as about their own case, still gets the dates (the August rule), not only an adviser (tester CB)', async () => {
    const text = allText(await testBot(new Date('2026-11-25T10:00:00Z')).conversation().say('decision letter dated 20 june 2025 when is my appeal deadline'));
    assert.match(text, /reach the tribunal by \*\*Monday 1 September 2025\*\*/);
    assert.doesNotMatch(text, /That is a question about your own case/);
  });

  it('"asked for ehcna on 3rd march 2025 when do they have to tell me" gets the council\'s dates for that day (tester CB)', async () => {
    const text = allText(await testBot(new Date('2026-11-25T10:00:00Z')).conversation().say('asked for ehcna on 3rd march 2025 when do they have to tell me'));
    assert.match(text, /Decide whether to assess \(6 weeks\): \*\*Monday 14 April 2025\*\* \(this date has passed\)/);
  });

  it('the request\'s day is read when the weeks or the final plan are only in the question ("is the 6 weeks up?", "when is the final plan due") (tester CB)', () => {
    const sent = requestDatesInMessage('i sent the request on 14 august 2026 by email. is the 6 weeks up?', '2026-11-25') ?? '';
    assert.match(sent, /If the council got your request on Friday 14 August 2026/);
    const got = requestDatesInMessage('la got my ehcna request on 2 november 2026, when do they have to decide and when is the final plan due', '2026-11-25') ?? '';
    assert.match(got, /If the council got your request on Monday 2 November 2026/);
    assert.equal(requestDatesInMessage('the draft plan came on 3 november, when is the final plan due', '2026-11-25'), undefined);
  });
});
