import assert from 'node:assert/strict';
import { answerThenQuestion, asksWhatAWordMeans, livesInEngland, offScriptIn, pauseWish, returnsToFlow, saysInEngland, type AnswerKind } from '../../src/domain/flowAnswers/offScript';

describe('flow answers: replies that are not an answer', () => {
  const kind = (text: string, expects: AnswerKind, current?: 'ehc-request' | 'mediation') => offScriptIn(text, expects, current)?.kind;

  it('hears "why do you need that?" and "what does that mean?" about the question on the screen', () => {
    for (const why of ['why do you need that', 'Why?', 'why do you need to know', 'what is that for?', 'do I have to answer this', 'but why is that important']) {
      assert.equal(kind(why, 'date'), 'why', why);
    }
    for (const meaning of ['what does that mean', '?', '??', 'what do you mean?', "I don't understand", 'huh?', "I'm not sure what that means", 'which one should I choose']) {
      assert.equal(kind(meaning, 'choice'), 'meaning', meaning);
    }
  });

  it('hears another question, but not an answer that starts like one', () => {
    assert.equal(kind('what is a SENCo?', 'name'), 'question');
    assert.equal(kind('what does EHC mean', 'words'), 'question');
    // Not a child called "what does SENCo stand for".
    assert.equal(kind('what does SENCo stand for', 'name'), 'question');
    assert.equal(kind('what is EHC short for', 'words'), 'question');
    assert.equal(kind('what is a mediation certificate?', 'date'), 'question');
    assert.equal(kind('Do I count as a parent?', 'choice'), 'question');
    // Answers in the parent's own words, a child called Will, a date in May, a plan's contents:
    for (const [answer, expects] of [
      ['What he finds hard is reading', 'words'], ['When it is noisy he hides', 'words'], ['Will', 'name'], ['May 3', 'date'],
      ['What the plan says about his needs', 'choice'], ['15 December?', 'date'], ['Leeds?', 'name'],
    ] as const) assert.equal(kind(answer, expects), undefined, answer);
  });

  it('hears a question asked inside a longer reply, and leaves answers with a question about the child as answers (found by set W)', () => {
    assert.equal(kind('my mum says im too old for an EHCP now because im over 18, is that true?', 'name'), 'question');
    assert.equal(kind('does the school have to agree before I ask? the SENCo said I have to wait a year', 'words'), 'question');
    assert.equal(kind('hmm actually what does cognition and learning mean', 'choices'), 'question');
    assert.equal(kind('what happens if I miss the 3 december date', 'words'), 'question');
    for (const [answer, expects] of [['Leeds?', 'name'], ['15 December?', 'date'], ['He cannot read, is that normal? he is 9 and his sister could read at 5', 'words'],
      ['Is he autistic? we dont know, he struggles with noise and change', 'words'], ['I want section F to say 1:1 support every morning. can they do that?', 'words']] as const) {
      assert.equal(kind(answer, expects), undefined, answer);
    }
  });

  it('"skip" is a wish to skip; "no" or "none" is one only where a name, words or a date is wanted', () => {
    assert.deepEqual(offScriptIn('skip', 'name'), { kind: 'skip', none: false });
    assert.deepEqual(offScriptIn("I'd rather not say", 'words'), { kind: 'skip', none: false });
    assert.deepEqual(offScriptIn('none', 'words'), { kind: 'skip', none: true });
    assert.equal(kind('no', 'yes-no'), undefined, 'an answer');
    assert.equal(kind('none', 'choices'), undefined, 'an answer');
  });

  it('"ok", "hmm", "x" and a number where a name is wanted say nothing', () => {
    // ("thanks mate" at the evidence question went into a summary as the evidence: set AP.)
    for (const [text, expects] of [['ok', 'name'], ['okay', 'yes-no'], ['hmm', 'words'], ['x', 'date'], ['5', 'name'], ['5', 'words'], ['...', 'choice'],
      ['thanks mate', 'choices'], ['cheers love', 'words'], ['ok thanks x', 'words']] as const) {
      assert.equal(kind(text, expects), 'unclear', `${text} for ${expects}`);
    }
    for (const [text, expects] of [['5', 'choices'], ['7', 'age'], ['yes', 'yes-no'], ['Sam', 'name']] as const) {
      assert.equal(kind(text, expects), undefined, `${text} for ${expects}`);
    }
  });

  it('hears a wish for the other flow, not the flow under way or a decision described', () => {
    assert.deepEqual(offScriptIn('Actually I want help with mediation instead', 'name', 'ehc-request'), { kind: 'switch', to: 'mediation' });
    assert.deepEqual(offScriptIn('I want to ask for an EHC needs assessment instead', 'date', 'mediation'), { kind: 'switch', to: 'ehc-request' });
    assert.equal(kind('I would like mediation instead of going to tribunal', 'words', 'mediation'), undefined);
    assert.equal(kind('I wanted to ask for an assessment but they refused', 'choice', 'mediation'), undefined);
    assert.equal(kind('I want them to assess my son', 'words', 'mediation'), undefined);
  });

  it('tells "we live in England" apart from a family elsewhere', () => {
    assert.ok(saysInEngland('We live in England'));
    assert.ok(saysInEngland('england'));
    assert.ok(!saysInEngland('not in England, we are in Wales'));
    assert.ok(livesInEngland('we live in England, near Wrexham'));
    assert.ok(!livesInEngland('We live in Wales'));
  });

  it('a question that opens a reply with detail after it is a question, with the question itself kept to answer (set V)', () => {
    assert.deepEqual(offScriptIn("what's an EP? the school said she needs one but theres a long wait", 'words'), { kind: 'question', asked: "what's an EP?" });
    assert.deepEqual(offScriptIn('does the school have to agree before I ask? the SENCo said I have to wait a year', 'words'), { kind: 'question', asked: 'does the school have to agree before I ask?' });
    // About the child, it opens an answer.
    assert.equal(kind("what's wrong with him? nobody can tell us, he cannot read", 'words'), undefined);
  });

  it('an answer with a question after it: the answer to keep, and the question to reply to (set V)', () => {
    assert.deepEqual(answerThenQuestion('He has a TA in the mornings and a reading group. Is that enough?'), { answer: 'He has a TA in the mornings and a reading group.', question: 'Is that enough?', questions: ['Is that enough?'] });
    assert.equal(answerThenQuestion('He has a TA in the mornings'), undefined);
    assert.equal(answerThenQuestion('Why? What for?'), undefined);
    // A question inside the answer is taken out too (set AE): nothing asked goes in a letter.
    assert.deepEqual(answerThenQuestion('He cannot read, is that normal? he is 9 and his sister could read at 5'), { answer: 'He cannot read. he is 9 and his sister could read at 5', question: 'is that normal?', questions: ['is that normal?'] });
  });
});

describe('flow answers: questions inside an answer in the parent\'s words (set AE)', () => {
  it('takes out a question after a dash or a comma, as well as one in a sentence of its own', () => {
    const split = answerThenQuestion('they gave him a writing slope and a TA some afternoons. none of it has worked. the school say they cant afford more without a plan - can they actually say that?');
    assert.deepEqual(split?.questions, ['can they actually say that?']);
    assert.equal(split?.answer, 'they gave him a writing slope and a TA some afternoons. none of it has worked. the school say they cant afford more without a plan.');
    const two = answerThenQuestion('He has a TA, is that normal? He still cannot write his name. Do I need a report first?');
    assert.deepEqual(two?.questions, ['is that normal?', 'Do I need a report first?']);
    assert.equal(two?.answer, 'He has a TA. He still cannot write his name.');
  });

  it('leaves an answer with no question alone, and a question mark that asks nothing', () => {
    assert.equal(answerThenQuestion('they said he was fine, he is not fine - he cries every night'), undefined);
    assert.equal(answerThenQuestion('he has a TA? not that we have seen'), undefined);
  });
});

describe('flow answers: stopping for now, coming back, and why a question was asked (set AN)', () => {
  it('"can i finish this later?" and the like are a pause, at any question', () => {
    for (const text of ['i have to go and do the school pick up, can i finish this later?', 'can I stop and come back to this later?', 'pause', 'can i finish this tomorrow', 'i will finish this later', 'save my answers', 'i need to stop now']) {
      assert.ok(pauseWish(text), text);
      for (const kind of ['choices', 'words', 'date'] as AnswerKind[]) assert.deepEqual(offScriptIn(text, kind, 'ehc-request'), { kind: 'pause' }, `${text} (${kind})`);
    }
    for (const text of ['he has to go to the toilet a lot', 'can i ask again later?', 'we will do it later if the school agrees', 'she finds it hard to finish work', 'can i stop them doing that?']) {
      assert.ok(!pauseWish(text), text);
    }
  });

  it('"ok im back", "right, where were we" and "can we carry on with my letter" are coming back', () => {
    for (const text of ['ok im back', 'hi im back, can we carry on with my letter for Noah', 'right, where were we', "ok i'm ready to carry on with the letter", 'can we carry on']) {
      assert.ok(returnsToFlow(text), text);
      assert.deepEqual(offScriptIn(text, 'choices', 'ehc-request'), { kind: 'resume' }, text);
    }
    for (const text of ['he is back at school now', 'back', 'can we appeal', 'can i carry on getting the support', 'where were we supposed to send it']) assert.ok(!returnsToFlow(text), text);
  });

  it('why "what\'s a SENCO?" was asked goes with the question, not into the answer kept', () => {
    assert.deepEqual(answerThenQuestion("speech therapist (NHS), and he's on the CAMHS waiting list. what's a SENCO btw? the school keeps mentioning them"), {
      answer: "speech therapist (NHS), and he's on the CAMHS waiting list.",
      question: "what's a SENCO btw? the school keeps mentioning them",
      questions: ["what's a SENCO btw? the school keeps mentioning them"],
    });
    // After any other question, what follows is still the answer.
    assert.equal(answerThenQuestion('He has a TA in the mornings. Is that enough? It has not helped.')?.answer, 'He has a TA in the mornings. It has not helped.');
    assert.ok(asksWhatAWordMeans("what's a SENCO btw? the school keeps mentioning them"));
    assert.ok(!asksWhatAWordMeans('can i even ask again this soon?'));
  });
});

describe('flow answers: "what happens next?" (set AR, left over from set AP)', () => {
  it('is where the questions lead, not a question for the knowledge base', () => {
    for (const text of ['whats next', 'what happens next?', 'so what happens after this', 'then what']) {
      assert.deepEqual(offScriptIn(text, 'choice'), { kind: 'next' }, text);
    }
    assert.notDeepEqual(offScriptIn('what happens next at the annual review', 'words'), { kind: 'next' });
  });
});

describe('flow answers: "what happens at mediation" at a choice (set AX)', () => {
  it('is a question, as "who will be there" and "what if we dont agree" are; a button label is still an answer', () => {
    for (const text of ['what happens at mediation', 'who will be there', 'what if we dont agree']) {
      assert.deepEqual(offScriptIn(text, 'choice', 'mediation'), { kind: 'question' }, text);
    }
    assert.equal(offScriptIn('What the plan says: the needs (section B), the help (section F) or the school (section I)', 'choice', 'mediation'), undefined);
  });
});
