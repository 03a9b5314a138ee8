import assert from 'node:assert/strict';
import { asksWhatTheBotIs } from '../../src/domain/recognizer/botIdentity';

describe('recognizer: asked what the bot is', () => {
  it('hears the question however it is put', () => {
    for (const q of ['are you a real person', 'Are you human?', 'am i talking to a robot?', 'is this AI', 'r u a bot', 'are you a real person or not',
      'hi, are you a computer', 'am I chatting with a real person', 'is this automated', 'are you human or a bot', 'whats your name?', 'what should I call you']) {
      assert.equal(asksWhatTheBotIs(q), true, q);
    }
  });

  it('leaves requests for a person, and other questions, alone', () => {
    for (const q of ['is there a real person I can talk to', 'can I talk to someone', 'are you a real person or a bot i want a human',
      'is this the right place to ask about EHC plans', 'are you able to help with tribunal', 'is it a legal document', 'what is the name of the school in section I']) {
      assert.equal(asksWhatTheBotIs(q), false, q);
    }
  });
});
