import assert from 'node:assert/strict';
import { asksAsProfessional, asksAsYoungPerson } from '../../src/domain/recognizer/askerRole';

describe('who is asking: a professional or a parent', () => {
  it('knows a professional asking for their work', () => {
    for (const text of ["I'm a social worker, how long do I have to give my advice?", 'as a SENCo how much notice do parents get for a review',
      'senco here - can we ask for an assessment without the parents', 'one of my pupils may need an ehcp, what do I do']) {
      assert.equal(asksAsProfessional(text), true, text);
    }
  });

  it('treats a professional who is also the parent, and any parent, as a parent', () => {
    for (const text of ["I'm a teacher and my own son has ADHD, can I ask for an assessment", 'im a single parent', 'as a parent can I ask for one']) {
      assert.equal(asksAsProfessional(text), false, text);
    }
  });

  it('knows a young person asking for themselves', () => {
    for (const text of ["I'm 17, can I ask for an assessment for myself?", 'im dyslexic and 19, what happens to my plan at college', 'can my parents read my EHCP', 'my mum thinks i should appeal, im 17']) {
      assert.equal(asksAsYoungPerson(text), true, text);
    }
  });

  it('does not take a parent, or an age in weeks, for a young person', () => {
    for (const text of ['my son is 17, can he ask himself', 'I am 35 and my daughter is 16', 'i am 20 weeks pregnant', "I'm a teacher, I am 24", 'can my mum come with me to the mediation meeting', 'can I ask for the assessment myself', 'is it ok if my dad sits in at the annual review with us']) {
      assert.equal(asksAsYoungPerson(text), false, text);
    }
  });
});
