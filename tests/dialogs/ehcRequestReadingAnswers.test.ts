import assert from 'node:assert/strict';
import { allText, buttonLabels, fileText, testBot } from '../helpers/bot';

/**
 * What a parent sees when the EHC request flow reads an answer that says more, or less, than the
 * question asked (found by a fresh tester, set V): a past date said in the past tense, a delivery
 * day without its month, a question with detail after it, "I don't know", a school's name where
 * the council was asked, and a correction of an earlier answer.
 */
describe('dialog: request an EHC needs assessment, reading what parents type (set V)', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));


  /** Up to "How will you send it?", with `overrides` in place of the usual answers. */
  async function upToSending(overrides: Partial<Record<'name' | 'age' | 'school' | 'council' | 'hard' | 'help', string>> = {}) {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    await c.say('I am a parent or carer');
    await c.say(overrides.name ?? 'Mia');
    await c.say(overrides.age ?? '9');
    await c.say('School');
    await c.say(overrides.school ?? 'Brookfield Primary');
    await c.say(overrides.council ?? 'Kent County Council');
    await c.say('2');
    await c.say(overrides.hard ?? 'She cannot read more than a few words and cries before school every day');
    await c.say(overrides.help ?? 'A reading group three times a week since September, with little change');
    await c.say('none');
    await c.say('1');
    return c;
  }

  it('"i think it was 5th may" for when it was sent is the May just gone, so the dates have passed, not a year away', async () => {
    const c = await upToSending();
    await c.say('email');
    const end = await c.say('i think it was 5th may');
    const text = allText(end);
    assert.match(text, /I have read that as Tuesday 5 May 2026/);
    assert.doesNotMatch(text, /2027/);
    const dates = fileText(end, /key-dates\.txt$/);
    assert.match(dates, /By Tuesday 16 June 2026 \(6 weeks; this date has passed\)/);
    assert.match(dates, /By Tuesday 22 September 2026 \(20 weeks; this date has passed\)/);
  });

  it('"I posted it on 3/11", "emailed it yesterday" at "How will you send it?" are the way it was sent (set AQ)', async () => {
    for (const said of ['I posted it on 3/11', 'emailed it yesterday', 'I handed it in at the office']) {
      const c = await upToSending();
      const next = allText(await c.say(said));
      assert.doesNotMatch(next, /Please choose one of the buttons/, said);
      assert.match(next, /When will you send it, or when did you send it\?/, said);
    }
  });

  it('a day without a year that could be either side of today is asked about, with a button for each', async () => {
    const c = await upToSending();
    await c.say('email');
    const asked = await c.say('5th may');
    assert.match(allText(asked), /Which do you mean: Tuesday 5 May 2026, which has passed \(you have sent it\), or Wednesday 5 May 2027, which is still to come\?/);
    assert.deepEqual(buttonLabels(asked), ['Tuesday 5 May 2026: already sent', 'Wednesday 5 May 2027: not sent yet']);
    const end = await c.say('we already sent it');
    assert.match(allText(end), /I have read that as Tuesday 5 May 2026/);
    assert.match(fileText(end, /key-dates\.txt$/), /Tuesday 25 August 2026 \(16 weeks; this date has passed\)/);

    const future = await upToSending();
    await future.say('email');
    await future.say('5 may');
    const pressed = await future.say('Wednesday 5 May 2027: not sent yet');
    assert.match(allText(pressed), /I have read that as Wednesday 5 May 2027/);
  });

  it('"back in may" asks which day in May, with this year in the example', async () => {
    const c = await upToSending();
    await c.say('email');
    const text = allText(await c.say('back in may'));
    assert.match(text, /Which day in May\?/);
    assert.match(text, /like 12 May 2026/);
  });

  it('"signed for on the 16th" after posting on 14 October is 16 October, and the dates count from it', async () => {
    const c = await upToSending();
    await c.say('post');
    assert.match(allText(await c.say('14/10')), /Do you know the day it was delivered/);
    const end = await c.say('it was signed for on the 16th');
    const text = allText(end);
    assert.match(text, /I have read that as Friday 16 October 2026/);
    assert.match(text, /delivered on Friday 16 October 2026/);
    assert.match(text, /By Friday 27 November 2026 \(6 weeks\)/);
    assert.match(text, /By Friday 5 March 2027 \(20 weeks\)/);
    assert.doesNotMatch(text, /November 2026, so the clock starts/);
  });

  it('a delivery long after posting is checked with the parent before the dates count from it', async () => {
    const c = await upToSending();
    await c.say('post');
    await c.say('14/10');
    const check = await c.say('16/11/2026');
    assert.match(allText(check), /You posted it on Wednesday 14 October 2026\. Did it arrive on Monday 16 November 2026, 33 days later\?/);
    assert.deepEqual(buttonLabels(check), ['Yes', 'No']);
    const end = await c.say('Yes');
    assert.match(allText(end), /By Monday 28 December 2026 \(6 weeks\)/);

    const wrong = await upToSending();
    await wrong.say('post');
    await wrong.say('14/10');
    await wrong.say('16/11/2026');
    assert.match(allText(await wrong.say('no')), /Please type the day it was delivered, like 16 October 2026/);
    assert.match(allText(await wrong.say('the 17th')), /I have read that as Saturday 17 October 2026/);
  });

  it('a question with detail after it is answered, and none of it goes in the letter', async () => {
    const c2 = conversation();
    await c2.start();
    await c2.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', 'Brookfield Primary', 'Kent County Council', '2', 'She cannot read and is very anxious']) await c2.say(answer);
    const reply = allText(await c2.say("what's an EP? the school said she needs one but theres a long wait"));
    assert.match(reply, /[Ee]ducational psychologist/);
    assert.match(reply, /I have not put that message in your letter/);
    assert.match(reply, /What help has been tried so far/);
    await c2.say('small group phonics, no change');
    await c2.say('none');
    await c2.say('1');
    await c2.say('email');
    const letter = fileText(await c2.say('today'), /letter\.txt$/);
    assert.doesNotMatch(letter, /EP\?|long wait/);
    assert.match(letter, /Small group phonics, no change/i);
  });

  it('"I don\'t know" for the help tried leaves a space to fill in, and says so, never the words themselves', async () => {
    const c = await upToSending({ help: "I don't know" });
    await c.say('email');
    const end = await c.say('today');
    const letter = fileText(end, /letter\.txt$/);
    assert.doesNotMatch(letter, /I don.t know/i);
    assert.match(letter, /\[The help Mia has had so far, and what difference it made\. The school can tell you: ask the SENCo\.\]/);

    const d = conversation();
    await d.start();
    await d.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', 'Brookfield Primary', 'Kent County Council', '2', 'She cannot read']) await d.say(answer);
    const told = allText(await d.say('dunno'));
    assert.match(told, /I have not put "I don.t know" in the letter/);
    assert.match(told, /space in \[square brackets\]/);
  });

  it('a school\'s name where the council is asked is asked again, and the letter goes to the council', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', "St Mary's C of E Primary, year 4"]) await c.say(answer);
    const again = allText(await c.say("St Mary's C of E Primary"));
    assert.match(again, /That looks like the name of a school/);
    assert.match(again, /Which council will you send it to/);
    assert.match(allText(await c.say('Oakshire Council')), /Which of these areas/);
    for (const answer of ['2', 'She cannot read', 'None yet', 'none', '1', 'email']) await c.say(answer);
    const letter = fileText(await c.say('today'), /letter\.txt$/);
    assert.match(letter, /To: the SEN team, Oakshire Council/);
    assert.match(letter, /School or setting: St Mary's C of E Primary$/m, 'the school year is not part of its name');
    assert.doesNotMatch(letter, /To: the SEN team, St Mary/);
  });

  it('a correction of an earlier answer changes it, says so, and asks the question on the screen again', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    await c.say('I am a parent or carer');
    await c.say('Amy');
    const spelt = allText(await c.say('sorry its spelt Aimee not Amy'));
    assert.match(spelt, /I have changed the name to Aimee/);
    assert.match(spelt, /How old is your child/);
    await c.say('13');
    const age = allText(await c.say('sorry I meant 14 not 13'));
    assert.match(age, /I have changed the age to 14/);
    assert.match(age, /Where does your child go to learn/);
    for (const answer of ['School', 'Brookfield Primary', 'Kent County Council', '2', 'She cannot read', 'None yet', 'none', '1', 'post']) await c.say(answer);
    await c.say('13/10');
    const date = allText(await c.say('sorry I meant 14 not 13'));
    assert.match(date, /I have changed the day you sent it to Wednesday 14 October 2026/);
    assert.match(date, /Do you know the day it was delivered/);
    const end = await c.say('not yet');
    const letter = fileText(end, /letter\.txt$/);
    assert.match(letter, /Name: Aimee \[surname\]/);
    assert.match(letter, /Age: 14/);
    assert.match(letter, /^14 October 2026$/m);
  });

  it('a correction that fits no earlier answer explains how to change one', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    await c.say('I am a parent or carer');
    await c.say('Mia');
    const text = allText(await c.say('sorry I meant Leeds not York'));
    assert.match(text, /type "back"/);
    assert.match(text, /How old is your child/);
  });

  it('"he\'s 7, year 3" is 7; "not sure, hes in year 2" leaves a space for the date of birth', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my son');
    await c.say('I am a parent or carer');
    await c.say('Leo');
    assert.match(allText(await c.say("he's 7, year 3")), /Where does your child go to learn/);

    const d = conversation();
    await d.start();
    await d.say('I want to ask for an EHC needs assessment for my son');
    await d.say('I am a parent or carer');
    await d.say('Leo');
    const reply = allText(await d.say('not sure, hes in year 2'));
    assert.match(reply, /left a space in the letter for the date of birth/);
    assert.match(reply, /Where does your child go to learn/);
    for (const answer of ['School', 'Brookfield Primary', 'Kent County Council', '2', 'He cannot read', 'None yet', 'none', '1', 'email']) await d.say(answer);
    const letter = fileText(await d.say('prob thursday'), /letter\.txt$/);
    assert.match(letter, /Date of birth: \[date of birth\]/);
    assert.match(letter, /^26 November 2026$/m, '"prob thursday" is this Thursday');
  });

  it('"none yet" for the council leaves a space, not "the SEN team at None Yet"; "yes" to "any other professionals?" is asked who (tester AZ)', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', 'Brookfield Primary']) await c.say(answer);
    const council = allText(await c.say('none yet'));
    assert.doesNotMatch(council, /None Yet/i);
    assert.match(council, /Which of these areas/);
    await c.say('2');
    await c.say('She cannot read more than a few words');
    await c.say('none yet');
    const yes = allText(await c.say('yes'));
    assert.match(yes, /Who are they\? For example "speech therapist and paediatrician"/);
    assert.doesNotMatch(yes, /not sure what you meant/);
    assert.match(allText(await c.say('speech therapist')), /What do you have that you could send/);
  });

  it('"None yet" where what the child finds hard is asked is not put in the letter as their needs (tester BB)', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', 'Brookfield Primary', 'Kent County Council', '2']) await c.say(answer);
    const none = allText(await c.say('None yet'));
    assert.match(none, /This question is about what your child finds hard/);
    assert.doesNotMatch(none, /I have put that in the letter/);
    assert.match(allText(await c.say('She cannot read more than a few words')), /help has been tried/i);
  });

  it('"can you just send it to the council for me" and "can you do the rest for me im exhausted" get honest answers, with no emergency line for tiredness (tester AZ)', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my daughter');
    for (const answer of ['I am a parent or carer', 'Mia', '9', 'School', 'Brookfield Primary']) await c.say(answer);
    const send = allText(await c.say('can you just send it to the council for me'));
    assert.match(send, /I cannot send it for you/);
    assert.match(send, /Which council will you send it to\?/);
    await c.say('Kent County Council');
    const rest = allText(await c.say('can you do the rest for me im exhausted'));
    assert.match(rest, /I cannot answer for you, but you can keep it short/);
    assert.match(rest, /That sounds tiring/);
    assert.doesNotMatch(rest, /call 999/);
  });
});
