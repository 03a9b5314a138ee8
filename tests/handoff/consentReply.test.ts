import assert from 'node:assert/strict';
import { readConsentReply, type ConsentReply } from '../../src/domain/handoff/consentReply';

/** The reply to "Is it OK to pass this conversation to an adviser?", read. */
describe('handoff: reading the reply to the consent question', () => {
  const cases: Record<ConsentReply, readonly string[]> = {
    yes: ['Yes', 'yes please', 'ok that is fine', 'Talk to a person', 'can I talk to someone about my case', 'I want to speak to an adviser',
      'is there anyone who can actually help me', 'i just need someone to help', 'can someone help me please'],
    no: ['No', 'no thanks', 'nope', 'not really', 'end chat', "no i don't want them seeing everything"],
    'not-now': ['maybe later', 'Not now', 'no not now', 'No, not now.', 'not yet', "I'll think about it", 'I\u2019ll have a think', 'let me think about it',
      'no thanks, maybe later', 'not now thanks', "I'm not ready yet", 'later'],
    'who-sees': ['who will see this?', 'what will they see?', 'ok but who will see it?', 'will the school see this', 'will the council find out?',
      'is it confidential?', 'I want to talk to a person about what they will see'],
    'how-long': ['how long will I wait?', 'how long will it take', 'what happens next?', 'what happens if I say yes?', 'is anyone free now?'],
    options: ['what can I do?', 'so what are my options', 'what should i do now', 'what do you suggest'],
    unclear: ['hmm', 'what?', '?', 'what does that mean', "I don't understand", 'yes but can I change my mind later?', 'no, but can they ring me?'],
    question: ["what's an individual support plan", 'what should i bring to the meeting', "what's the equality act", 'should I appeal',
      'who can see the EHC plan?', 'how long does the council have to decide', 'tell me about mediation'],
    'something-else': ['my son has autism and the school will not help', 'bye', 'EHCP'],
  };
  for (const [expected, messages] of Object.entries(cases)) {
    for (const message of messages) {
      it(`${expected}: "${message}"`, () => assert.equal(readConsentReply(message), expected));
    }
  }
});
