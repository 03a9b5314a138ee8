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
