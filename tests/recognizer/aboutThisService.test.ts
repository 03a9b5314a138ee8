import assert from 'node:assert/strict';
import { serviceQuestionIn, type ServiceQuestion } from '../../src/domain/recognizer/aboutThisService';

describe('recognizer: questions about the chat itself', () => {
  const expect = (kind: ServiceQuestion, questions: readonly string[]) => {
    for (const q of questions) assert.equal(serviceQuestionIn(q), kind, q);
  };

  it('hears whether the chat is private, however it is asked', () => {
    expect('privacy', ['who runs this chat and what do you do with what i type', 'is this the council? i dont want them reading this', 'is this run by the council', 'is this confidential?', 'Is this chat private', 'is this anonymous', 'do you store what i type', 'Who can see what I type?',
      "can my child's school see this conversation", 'will the council find out about this', 'does anyone read my messages',
      'do you share my information with the council', 'what do you do with my data', 'privacy', 'can the LA see this']);
  });

  it('hears a request to delete, a question about who made it, and how to reach SENDIASS', () => {
    expect('erase', ['can you delete what ive told you', 'delete my data', 'please delete everything', 'how do i delete my conversation', 'clear this chat', 'forget what i said']);
    expect('maker', ['who made you', 'who runs this service?', 'which organisation runs this chat']);
    expect('sendiass-contact', ['whats the sendiass phone number', 'what time does sendiass open', 'number for my local sendiass', 'how do i contact sendiass',
      'iass email address', 'SENDIASS opening hours']);
    expect('contact-for-me', ['can you ring the council for me', 'could you email the school please', 'will you chase the LA for us', 'can u call them for me']);
  });

  it('hears a parent saying it is not helping, or asking for it more simply', () => {
    expect('not-helping', ['this is useless', "you're not helping", "that didn't help", "that's not what i asked", 'this is rubbish', 'not helpful', 'this bot is useless, u never answer anything', 'you are useless you dont understand me']);
    expect('tell-me-more', ['tell me more', 'ok tell me more please', 'can you tell me more about it', 'go on', 'more']);
    expect('explain-again', ['can you explain it more simply', 'please say that in plain english', "i don't understand that"]);
  });

  it('leaves questions about SEND itself alone, even with the same words', () => {
    for (const q of ['is it confidential if i talk to sendiass', "can the school see my child's ehcp", 'is the ehcp confidential', 'who can see my child\'s plan',
      'delete my ehcp', 'can the council refuse', 'tell me more about tribunals', 'i want more hours in his plan', 'can i talk to a SENDIASS adviser', 'who are SENDIASS', 'i want sendiass to call me', 'is the plan useless',
      'can the school contact the council for me', 'can you tell me how to email the council',
      'if we go to mediation how long is it and who comes, is it confidential']) {
      assert.equal(serviceQuestionIn(q), undefined, q);
    }
  });
});
