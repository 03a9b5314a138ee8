import assert from 'node:assert/strict';
import { checkBestTime, checkEmail, checkPhone, readContactChoice } from '../../src/domain/handoff/callbackDetails';
import { isLeaveCommand, isQueuePositionQuestion, readConsent } from '../../src/domain/handoff/handoffCommands';

describe('call-back details and handoff commands', () => {
  it('understands how a parent would like to be contacted', () => {
    assert.equal(readContactChoice('Phone'), 'phone');
    assert.equal(readContactChoice('please call me'), 'phone');
    assert.equal(readContactChoice('Email'), 'email');
    assert.equal(readContactChoice('e-mail please'), 'email');
    assert.equal(readContactChoice('No thanks'), 'none');
    assert.equal(readContactChoice('banana'), undefined);
  });

  it('accepts UK phone numbers written in everyday ways, and kindly refuses others', () => {
    for (const ok of ['07700 900123', '07700-900-123', '+44 7700 900123', '(0161) 496 0000']) assert.ok(checkPhone(ok).ok, ok);
    const bad = checkPhone('12345');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /does not look like a UK phone number.*07700 900123.*no thanks/);
  });

  it('accepts a plausible email address and explains a wrong one', () => {
    assert.ok(checkEmail('sam.parent@example.co.uk').ok);
    const bad = checkEmail('sam at example');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /name@example\.com/);
  });

  it('takes any best time in their words, and "any time"', () => {
    assert.deepEqual(checkBestTime('weekday mornings'), { ok: true, value: 'weekday mornings' });
    assert.deepEqual(checkBestTime('any time'), { ok: true, value: 'any time' });
    assert.equal(checkBestTime('x'.repeat(300)).ok, false);
  });

  it('tells yes, no, "end chat" and "where am I in the queue" apart from ordinary messages', () => {
    assert.equal(readConsent('Yes'), true);
    assert.equal(readConsent('ok that is fine'), true);
    assert.equal(readConsent('ok but who will see it?'), undefined);
    assert.equal(readConsent('yes please'), true);
    assert.equal(readConsent('No thanks'), false);
    assert.equal(readConsent('what will they see?'), undefined);
    // Asked whether to pass the conversation on, asking for a person is a yes.
    for (const yes of ['I want to talk to a real person please', 'can I speak to an adviser', 'please put me through to someone']) assert.equal(readConsent(yes), true, yes);
    assert.equal(readConsent('I want to talk to a person about what they will see'), undefined);
    for (const leave of ['end chat', 'End the chat', 'leave the queue', 'cancel', 'I want to leave']) assert.ok(isLeaveCommand(leave), leave);
    assert.equal(isLeaveCommand('I want to end the EHC plan'), false);
    for (const where of ['where am I in the queue', 'Where am I in the queue?', 'how many people are ahead of me', 'what number am I']) {
      assert.ok(isQueuePositionQuestion(where), where);
    }
    assert.equal(isQueuePositionQuestion('where is the tribunal'), false);
  });

  it('finds a phone number or email inside a sentence, and hears "actually never mind, end chat" as leaving', () => {
    assert.deepEqual(checkPhone('its 07700 900 123, after 3pm is best'), { ok: true, value: '07700900123' });
    assert.deepEqual(checkEmail("it's sam@example.com thanks"), { ok: true, value: 'sam@example.com' });
    assert.equal(checkPhone('my number is 123').ok, false);
    for (const leave of ['actually never mind, end chat', 'i want to stop waiting', "i don't want to wait any more"]) assert.ok(isLeaveCommand(leave), leave);
    assert.equal(isLeaveCommand('I want to end the EHC plan'), false);
  });

  it('hears a no with its reason as a no, and "no problem" as a yes', () => {
    assert.equal(readConsent("no i don't want them seeing everything"), false);
    assert.equal(readConsent('no problem'), true);
    assert.equal(readConsent('no worries'), true);
    assert.equal(readConsent('no, but can they ring me?'), undefined);
  });
});
