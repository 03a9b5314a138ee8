import assert from 'node:assert/strict';
import { requestDatesInMessage } from '../../src/domain/deadlines/requestDatesInMessage';
import { allText, testBot } from '../helpers/bot';

describe('a request date in a question: the council\'s dates for it', () => {
  const today = '2026-11-24';

  it('works out the 6, 16 and 20 week dates from the day the request went in, and says which have passed', () => {
    const text = requestDatesInMessage('i sent the ehcp request on 3rd november, how long does the council have', today)!;
    assert.match(text, /Decide whether to assess \(6 weeks\): \*\*Tuesday 15 December 2026\*\*/);
    assert.match(text, /\(16 weeks\): \*\*Tuesday 23 February 2027\*\*/);
    assert.match(text, /\(20 weeks\): \*\*Tuesday 23 March 2027\*\*/);
    assert.match(text, /If you posted it, count from the day it arrived/);
    const late = requestDatesInMessage('we applied for an assessment on 1 september and heard nothing', today)!;
    assert.match(late, /Tuesday 13 October 2026\*\* \(this date has passed\)/);
  });

  it('says nothing without a request, a date it is sure of, or when the date is of something else', () => {
    assert.equal(requestDatesInMessage('how long does the council have to decide on an assessment', today), undefined);
    assert.equal(requestDatesInMessage('we sent the request a few weeks ago', today), undefined);
    assert.equal(requestDatesInMessage('the council refused the assessment on 1 october, what now', today), undefined);
    assert.equal(requestDatesInMessage('the draft plan came on 3 november, when did we apply', today), undefined);
  });

  it('the bot puts the dates above its answer', async () => {
    const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));
    const text = allText(await conversation().say('i sent the ehcp request on 3rd november, how long does the council have'));
    assert.ok(text.indexOf('Tuesday 15 December 2026') >= 0 && text.indexOf('Tuesday 15 December 2026') < text.indexOf('Source:'), text);
  });

  it('a question about their own case still gets the dates the law sets, before the offer of an adviser', async () => {
    const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));
    const text = allText(await conversation().say('we asked for an assessment on 1 september and have heard nothing, is that allowed'));
    assert.match(text, /Tuesday 13 October 2026\*\* \(this date has passed\)/);
    assert.match(text, /adviser/);
  });
});

describe('"what are my dates?": which dates, and the day to count from', () => {
  const at = new Date('2026-11-24T10:00:00Z');

  it('a request already sent, with no day given: the council\'s time limits and a request for the day, not the mediation flow or an offer to ask again', async () => {
    const { conversation } = testBot(at);
    const text = allText(await conversation().say('I posted my request for an ehc assessment last week, tell me my dates'));
    assert.match(text, /within 6 weeks/);
    assert.match(text, /Tell me the day the council got your request/);
    assert.doesNotMatch(text, /Which decision do you disagree with/);
    assert.doesNotMatch(text, /I can help you ask for an assessment step by step/);
  });

  it('the day, said on its own next, gives that request\'s dates', async () => {
    const { conversation } = testBot(at);
    const c = conversation();
    await c.say('I posted my request for an ehc assessment last week, tell me my dates');
    const text = allText(await c.say('it arrived on the 17th'));
    assert.match(text, /Decide whether to assess \(6 weeks\): \*\*Tuesday 29 December 2026\*\*/);
    assert.match(text, /Issue the final EHC plan \(20 weeks\): \*\*Tuesday 6 April 2027\*\*/);
  });

  it('a rough day or "not sure" is not counted from: it says what day is needed and waits for it', async () => {
    const { conversation } = testBot(at);
    const c = conversation();
    await c.say('I posted my request for an ehc assessment last week, tell me my dates');
    assert.match(allText(await c.say('about 3 weeks ago')), /I need the exact date/);
    assert.match(allText(await c.say('not sure')), /ask the council's SEN team in writing to confirm the date/);
    assert.match(allText(await c.say('3/11')), /\(6 weeks\): \*\*Tuesday 15 December 2026\*\*/);
  });

  it('with nothing to say which, it asks which dates; "dates after asking for an assessment" then asks for the day', async () => {
    const { conversation } = testBot(at);
    const c = conversation();
    const which = allText(await c.say('what is my deadline?'));
    assert.match(which, /I can work out two kinds of dates/);
    assert.match(allText(await c.say('Dates after asking for an assessment')), /Tell me the day the council got your request/);
    assert.match(allText(await c.say('2nd november')), /\(6 weeks\): \*\*Monday 14 December 2026\*\*/);
  });

  it('straight after the draft plan\'s answer, "what\'s my deadline" is the draft plan\'s 15 days', async () => {
    const { conversation } = testBot(at);
    const c = conversation();
    await c.say('what happens when the draft ehc plan arrives');
    const text = allText(await c.say("what's my deadline"));
    assert.match(text, /15 days/);
    assert.doesNotMatch(text, /Which decision do you disagree with|two kinds of dates/);
  });

  it('mediation or an appeal named still starts getting ready for mediation', async () => {
    const { conversation } = testBot(at);
    assert.match(allText(await conversation().say('what are my appeal dates')), /Which decision do you disagree with/);
  });

  it('a date after some other answer is not taken as a request day', async () => {
    const { conversation } = testBot(at);
    const c = conversation();
    await c.say('what is a SENCo');
    assert.doesNotMatch(allText(await c.say('3 November')), /these are its dates/);
  });
});
