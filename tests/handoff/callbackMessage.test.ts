import assert from 'node:assert/strict';
import { bestTimeAlongside, soundsLikeBestTime } from '../../src/domain/handoff/bestTime';
import { findPhone, phoneForReading, preferredMethod, readContactChoice } from '../../src/domain/handoff/callbackDetails';
import { readCallbackMessage } from '../../src/domain/handoff/callbackMessage';
import { asksWhatHappensNext } from '../../src/domain/handoff/handoffCommands';

describe('reading messages during a call-back request', () => {
  it('a number with the best time after (or before) it keeps both', () => {
    assert.deepEqual(readCallbackMessage('07700 900123, after 3pm is best as I do the school run', 'phone'),
      { kind: 'detail', method: 'phone', value: '07700900123', bestTime: 'after 3pm is best as I do the school run' });
    assert.deepEqual(readCallbackMessage('mornings are best, my number is 07700 900123', 'phone'),
      { kind: 'detail', method: 'phone', value: '07700900123', bestTime: 'mornings are best' });
    assert.deepEqual(readCallbackMessage('sam@example.com, any time is fine thanks', 'email'),
      { kind: 'detail', method: 'email', value: 'sam@example.com', bestTime: 'any time is fine' });
    // Only words about the number: no best time.
    assert.deepEqual(readCallbackMessage("sorry wrong number, it's 07700 900124", 'phone'), { kind: 'detail', method: 'phone', value: '07700900124' });
    assert.deepEqual(readCallbackMessage('07700 900123 thanks', 'phone'), { kind: 'detail', method: 'phone', value: '07700900123' });
  });

  it('hears a change of method, and a real no, apart', () => {
    for (const [said, current, to] of [
      ['no actually phone is better', 'email', 'phone'],
      ['no, phone is better', 'email', 'phone'],
      ['can you call me instead', 'email', 'phone'],
      ['could they ring me back?', 'email', 'phone'],
      ['email me instead', 'phone', 'email'],
      ["I don't have a phone, email please", 'phone', 'email'],
    ] as const) assert.deepEqual(readCallbackMessage(said, current), { kind: 'switch', to }, said);
    for (const said of ['no thanks', "I'd rather not", 'no', 'cancel']) assert.deepEqual(readCallbackMessage(said, 'email'), { kind: 'decline' }, said);
    // Turning the other one down is not asking for it.
    assert.equal(preferredMethod("I don't want a phone call"), undefined);
    assert.equal(preferredMethod('no phone please'), undefined);
    assert.equal(preferredMethod('a call-back by email please'), 'email');
    assert.deepEqual(readCallbackMessage("no that's the wrong number", 'phone'), { kind: 'wrong-detail' });
    assert.deepEqual(readCallbackMessage('weekday mornings', 'phone'), { kind: 'other' });
  });

  it('"no actually phone is better" at the Phone / Email / No thanks question is phone', () => {
    assert.equal(readContactChoice('no actually phone is better'), 'phone');
    assert.equal(readContactChoice('no, email me'), 'email');
    assert.equal(readContactChoice('No thanks'), 'none');
    assert.equal(readContactChoice('3'), 'none');
  });

  it('tells a late best time from a question for the bot', () => {
    for (const time of ['after 3pm is better actually', 'after 3pm', 'mornings are best', 'can they ring after 3 instead?', 'any time after school'])
      assert.ok(soundsLikeBestTime(time), time);
    for (const other of ['what is an EHC plan', 'what happens at the annual review on Monday', 'is a tribunal hearing better in the morning', 'thanks'])
      assert.equal(soundsLikeBestTime(other), false, other);
  });

  it('asks where they are or what happens next', () => {
    for (const q of ['where am I in the queue?', 'how long will it be?', 'when will they call me?', 'what happens now']) assert.ok(asksWhatHappensNext(q), q);
    assert.equal(asksWhatHappensNext('after 3pm'), false);
  });

  it('reads a number back as people write it', () => {
    assert.equal(phoneForReading('07700900123'), '07700 900123');
    assert.equal(phoneForReading('+447700900123'), '07700 900123');
    assert.equal(phoneForReading('02079460000'), '020 7946 0000');
    assert.equal(phoneForReading('01614960000'), '0161 496 0000');
    assert.equal(phoneForReading('08001234567'), '0800 123 4567');
    assert.equal(findPhone('call me on (0161) 496 0000 please')?.value, '01614960000');
    assert.equal(bestTimeAlongside({ value: '07700900123', before: '', after: ' please' }), undefined);
  });
});
