import assert from 'node:assert/strict';
import { questionAfterNo, readConsentReply, type ConsentReply } from '../../src/domain/handoff/consentReply';

/** The reply to "Is it OK to pass this conversation to an adviser?", read. */
describe('handoff: reading the reply to the consent question', () => {
  const cases: Record<ConsentReply, readonly string[]> = {
    yes: ['Yes', 'yes please', 'ok that is fine', 'Talk to a person', 'can I talk to someone about my case', 'I want to speak to an adviser',
      'is there anyone who can actually help me', 'i just need someone to help', 'can someone help me please'],
    no: ['No', 'no thanks', 'nope', 'not really', 'end chat', "no i don't want them seeing everything", 'No. Can you just answer my question', "no, what's the point"],
    'no-and-question': ["No. I don't need Samaritans I need to know what to do about the refusal",
      'no its ok, i just want to know if he can get help at school before the diagnosis', 'no thanks, can I appeal the refusal?',
      "nope. what's the deadline for appealing to the tribunal?", 'nah im ok thanks. does she need a diagnosis to get sen support',
      "No thank you - I'd like to know how long the council has to reply", 'not really, I just want to understand what the council should have done',
      'no i dont want the school to know, how do i ask for an assessment myself?'],
    'not-now': ['maybe later', 'Not now', 'no not now', 'No, not now.', 'not yet', "I'll think about it", 'I\u2019ll have a think', 'let me think about it',
      'no thanks, maybe later', 'not now thanks', "I'm not ready yet", 'later'],
    'who-sees': ['who will see this?', 'what will they see?', 'ok but who will see it?', 'will the school see this', 'will the council find out?',
      'is it confidential?', 'I want to talk to a person about what they will see'],
    'how-long': ['how long will I wait?', 'how long will it take', 'what happens next?', 'what happens if I say yes?', 'is anyone free now?'],
    options: ['what can I do?', 'so what are my options', 'what should i do now', 'what do you suggest'],
    unclear: ['hmm', 'what?', '?', 'what does that mean', "I don't understand", 'yes but can I change my mind later?', 'no, but can they ring me?',
      'no, will the school see it?', 'No, why would I want that?'],
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

describe('handoff: the question after a no', () => {
  it('is what comes after the no and any "it\'s ok": the asking words, or the next clause that asks', () => {
    assert.equal(questionAfterNo("No. I don't need Samaritans I need to know what to do about the refusal"), 'I need to know what to do about the refusal');
    assert.equal(questionAfterNo('no its ok, i just want to know if he can get help at school before the diagnosis'), 'i just want to know if he can get help at school before the diagnosis');
    assert.equal(questionAfterNo('no thanks, can I appeal the refusal?'), 'can I appeal the refusal?');
    assert.equal(questionAfterNo('no not now, but how do i appeal'), 'how do i appeal');
  });

  it('is not there in a plain no, a no with its reason, or a question about the offer', () => {
    for (const message of ['no', 'no thanks', "no i don't want them seeing everything", 'no, but can they ring me?', 'yes, how do I appeal?']) {
      assert.equal(questionAfterNo(message), undefined, message);
    }
  });
});
