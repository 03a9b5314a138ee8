import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { tickOnCard } from '../helpers/cardSubmit';
import { allText, buttonLabels, fileText, testBot } from '../helpers/bot';

/** Walks "ask for an EHC needs assessment" as a parent, a young person and a professional would. */
describe('dialog: request an EHC needs assessment', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  async function begin(opening = 'I want to ask the council to assess my son for an EHCP') {
    const c = conversation();
    await c.start();
    const first = await c.say(opening);
    assert.ok(first.length > 0 && first.every((r) => metaOf(r)?.kind === 'flow' && metaOf(r)?.flow === 'ehc-request'), allText(first));
    assert.match(allText(first), /Who is asking for the assessment/);
    return c;
  }


  async function answerAboutTheChild(c: Awaited<ReturnType<typeof begin>>) {
    await c.say('Sam');
    await c.say('12/5/2017');
    await c.say('School');
    await c.say('Hillside Primary');
    await c.say('Anytown Council');
    await c.say('1, 3');
    await c.say('He cannot read yet and melts down every afternoon');
    const note = await c.say('SEN support since Year 1 with a TA for reading groups, he has made little progress');
    // The truth about what is not needed, told as it goes.
    assert.match(allText(note), /diagnosis/);
    assert.match(allText(note), /36\(8\)/);
    await c.say('a speech and language therapist');
    await c.say('1, 2, 5');
  }

  it('a parent: from "I want to ask" to a letter, an evidence checklist and a calendar', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await answerAboutTheChild(c);
    await c.say('By email (you keep a dated copy)');
    const end = await c.say('2 March 2026');
    const text = allText(end);
    // The draft letter: section 36(1), both parts of the s36(8) test with the parent's own words, enclosures, 6 weeks.
    const letter = fileText(end, /letter\.txt$/);
    assert.match(letter, /section 36\(1\)/i);
    assert.match(letter, /has or may have special educational needs/i);
    assert.match(letter, /may be necessary for special educational provision/i);
    assert.match(letter, /He cannot read yet and melts down every afternoon/);
    assert.match(letter, /little progress/);
    assert.match(letter, /Sam/);
    assert.match(letter, /6 weeks/);
    assert.ok(!/undefined|null|\[object/.test(letter), letter);
    // In the chat (Markdown) the address keeps one line each, as in the file (set AT: it ran together); the file has no added spaces.
    assert.match(text, /\[Your full name\] {2}\n\[Your address\] {2}\n/);
    assert.match(letter, /\[Your full name\]\n\[Your address\]\n/);
    // The timeline from the day the council receives it (email: the same day).
    assert.match(text, /Monday 13 April 2026/);
    assert.match(text, /Monday 22 June 2026/);
    assert.match(text, /Monday 20 July 2026/);
    const ics = fileText(end, /\.ics$/);
    assert.deepEqual(ics.match(/DTSTART;VALUE=DATE:\d+/g), ['DTSTART;VALUE=DATE:20260413', 'DTSTART;VALUE=DATE:20260622', 'DTSTART;VALUE=DATE:20260720']);
    // The checklist marks what they have.
    assert.match(fileText(end, /checklist\.txt$/), /✓/);
    // And an offer of a person to check the letter.
    assert.ok(buttonLabels(end).includes('Talk to a person'));
  });

  it('a very short answer about what is hard goes in as written, with a nudge to add more before sending', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    for (const answer of ['Sam', '12/5/2017', 'School', 'Hillside Primary', 'Anytown Council', '1, 3']) await c.say(answer);
    const thin = allText(await c.say('idk, he just wont go'));
    assert.match(thin, /put that in the letter as you wrote it/);
    const full = await begin();
    await full.say('I am a parent or carer');
    for (const answer of ['Sam', '12/5/2017', 'School', 'Hillside Primary', 'Anytown Council', '1, 3']) await full.say(answer);
    assert.doesNotMatch(allText(await full.say('He cannot read yet and melts down every afternoon when he gets home')), /as you wrote it/);
  });

  it('the opening says what an assessment is without "your child": a young person may be asking for themselves', async () => {
    const c = conversation();
    await c.start();
    const text = allText(await c.say('help me request an EHC needs assessment for myself'));
    assert.match(text, /people who know the child or young person/);
    assert.doesNotMatch(text, /your child/);
  });

  it('"for myself, im 17" at the start is not asked again; a bare "me" to "Who is asking?" is asked which (tester AZ: 12 turns of "choose one of the buttons")', async () => {
    const c = conversation();
    await c.start();
    const first = allText(await c.say('hiya can u help me ask for an ehc assesment for myself im 17'));
    assert.match(first, /noted that you are asking for yourself/);
    assert.doesNotMatch(first, /Who is asking for the assessment/);
    assert.match(first, /What is your first name/);
    const d = await begin('I want to ask for an EHC needs assessment');
    const me = allText(await d.say('me'));
    assert.match(me, /Are you asking for yourself, as a young person aged 16 to 25\?/);
    assert.doesNotMatch(me, /did not catch that/);
    assert.match(allText(await d.say('dunno')), /talk to a person/);
    // A parent asking "myself" for their child is still asked who is asking (begin checks it).
    await begin('i want to ask for an assessment for my son myself');
  });

  it('a young person asking for themselves gets a first-person letter', async () => {
    const c = await begin('help me request an EHC needs assessment');
    await c.say('I am a young person (16 to 25) asking for myself');
    await c.say('skip');
    const where = await c.say('14 March 2007');
    assert.ok(!buttonLabels(where).some((l) => /Nursery/.test(l)), 'no nursery button for someone 16 or over');
    assert.ok(buttonLabels(where).includes('College or other post-16 place'));
    await c.say('College or other post-16 place');
    await c.say('skip');
    await c.say('not sure');
    await c.say('2');
    await c.say('I find it very hard to keep up with written work');
    await c.say('none yet');
    await c.say('none');
    await c.say('none yet');
    await c.say('By hand, at a council office');
    const end = await c.say('today');
    const letter = fileText(end, /letter\.txt$/);
    assert.match(letter, /\bI find it very hard to keep up with written work/);
    assert.match(letter, /\bmy (own )?(needs|education)|I am (asking|writing)/i);
    assert.match(allText(end), /Monday 4 January 2027/, '6 weeks from today (23 November 2026)');
    // A letter still to send says once, not twice, to fill in the [square brackets].
    assert.equal(allText(end).match(/Fill in the parts in \[square brackets\]/g)?.length, 1, allText(end));
  });

  it('a professional is told how a school makes a request, not given a parent letter', async () => {
    const c = await begin();
    const end = await c.say('I work for a school, college or another service');
    assert.match(allText(end), /school or college can ask/i);
    assert.ok(!end.some((r) => (r.attachments ?? []).some((a) => /letter/.test(a.name ?? ''))));
  });

  it('hears a grandparent, step-parent or kinship carer as the parent or carer', async () => {
    for (const who of ['i am his grandmother and have parental responsibility', 'im his nan', 'stepdad']) {
      const c = await begin();
      assert.match(allText(await c.say(who)), /What is your child.s first name\?/, who);
    }
  });

  it('reads where the child learns in words: "not in school" is no setting, "year 9" and "a PRU" are school', async () => {
    const whereAfter = async (answer: string) => {
      const c = await begin();
      await c.say('I am a parent or carer');
      await c.say('skip');
      await c.say('7');
      return allText(await c.say(answer));
    };
    // "Not in school" once named a school as well, and was asked again.
    assert.match(await whereAfter('he is not in school at the moment'), /Which council will you send it to\?/);
    assert.match(await whereAfter('year 9'), /name of the school or setting/);
    assert.match(await whereAfter("he's at a PRU"), /name of the school or setting/);
  });

  it('re-asks a bad date or age kindly', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    assert.match(allText(await c.say('31/02/2017')), /There is no 31 February/);
    assert.match(allText(await c.say('banana')), /like 7/);
    assert.match(allText(await c.say('7')), /Where does your child go to learn/);
  });

  it('"back" changes the last answer', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    const back = await c.say('oops, go back');
    assert.match(allText(back), /first name/);
    assert.match(allText(await c.say('Samuel')), /How old is your child/);
  });

  it('"cancel" mid-way stops and nothing is sent anywhere', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    const stop = await c.say('cancel');
    assert.match(allText(stop), /stopped/);
    assert.ok((await c.say('what is a SENCo')).some((r) => metaOf(r)?.kind === 'answer'));
  });

  it('"start again" restarts the flow from the first question', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    const again = await c.say('start again');
    assert.match(allText(again), /Who is asking for the assessment/);
  });

  it('safeguarding mid-way: emergency help at once, and the question waits until the parent says "Carry on"', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    const help = await c.say('his dad hit him and he has bruises, I am scared to go home');
    assert.equal(metaOf(help[0])?.kind, 'safeguarding');
    assert.match(allText(help), /999/);
    // On a phone the flow's buttons would push the help out of view: the question is not asked yet.
    assert.doesNotMatch(allText(help), /How old is your child/);
    assert.ok(buttonLabels(help).includes('Carry on'));
    // One "Talk to a person", and no promise that what was just typed is kept (set AT).
    assert.equal(buttonLabels(help).filter((l) => l === 'Talk to a person').length, 1);
    assert.match(allText(help), /What you just typed was not saved/);
    assert.match(allText(await c.say('Carry on')), /How old is your child/);
    assert.match(allText(await c.say('7')), /Where does your child go to learn/);
  });

  it('after the safeguarding help, an answer typed straight away is still taken', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    await c.say('his dad hit him and he has bruises, I am scared to go home');
    assert.match(allText(await c.say('7')), /Where does your child go to learn/);
  });
});

/** Replies that are not answers: questions, "skip", "ok", the other flow, a family outside England. Nothing of them reaches the letter. */
describe('dialog: request an EHC needs assessment, reading what the parent means', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  async function begin(opening = 'I want to ask the council to assess my son for an EHCP') {
    const c = conversation();
    await c.start();
    await c.say(opening);
    return c;
  }

  async function toCouncil() {
    const c = await begin();
    for (const answer of ['I am a parent or carer', 'Sam', '7', 'School', 'Hillside Primary']) await c.say(answer);
    return c;
  }

  const letterIn = (replies: Partial<Activity>[]): string => fileText(replies, /letter\.txt$/);

  /** From the areas of need to the end, by email today. */
  async function finish(c: Awaited<ReturnType<typeof begin>>, difficulties = 'He cannot read yet') {
    for (const answer of ['1', difficulties, 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    return c.say('today');
  }

  it('a question asked at the council question is answered, the question asked again, and it never reaches the letter (found by set W)', async () => {
    const c = await begin();
    for (const answer of ['I am a parent or carer', 'Sam', '7', 'School', 'Hillside Primary']) await c.say(answer);
    const asked = allText(await c.say('my mum says the school has to agree first, is that true?'));
    assert.match(asked, /Source:/);
    assert.match(asked, /council/i);
    const letter = letterIn(await finish(await (async () => { await c.say('Leeds'); return c; })()));
    assert.doesNotMatch(letter, /is that true/);
    assert.match(letter, /Leeds/);
  });

  it('a school named where the kind of place is asked is kept, not asked for again, and reaches the letter', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    await c.say('7');
    const named = allText(await c.say('st marys primary'));
    assert.match(named, /I have noted the name as "st marys primary"/);
    assert.match(named, /council/i);
    assert.doesNotMatch(named, /name of the school|What is the name/i);
    const letter = letterIn(await finish(await (async () => { await c.say('Leeds'); return c; })()));
    assert.match(letter, /st marys primary/);
  });

  it('an article button from an earlier answer, pressed at the name question, is answered, never taken as the name', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    const replies = await c.say('How long the EHC process takes');
    assert.match(allText(replies), /6 weeks/);
    assert.match(allText(replies), /What is your child.s first name\?/);
    const letter = letterIn(await finish(await (async () => { for (const a of ['Sam', '7', 'School', 'Hillside Primary', 'Leeds']) await c.say(a); return c; })()));
    assert.doesNotMatch(letter, /How long the EHC process takes/);
  });

  it('"wait, I got her age wrong" at a question in their own words says how to change it, and keeps it out of the letter', async () => {
    const c = await toCouncil();
    await c.say('Leeds');
    await c.say('1');
    await c.say('She cannot read yet');
    const replies = await c.say('wait, I got her age wrong, she is 8 not 7');
    assert.match(allText(replies), /type "back"/);
    assert.match(allText(replies), /What help has been tried so far/);
    const letter = letterIn(await (async () => { for (const a of ['none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(a); return c.say('today'); })());
    assert.doesNotMatch(letter, /got her age wrong/);
  });

  it('"what is provision" in the middle is a question, not what the child finds hard', async () => {
    const c = await toCouncil();
    await c.say('Leeds');
    await c.say('1');
    const replies = await c.say('what is provision');
    assert.match(allText(replies), /Now, back to where we were|not sure I can answer/);
    const letter = letterIn(await finish(c));
    assert.doesNotMatch(letter, /what is provision/i);
  });

  it('"I will do this later, I need to find his reports" pauses: says plainly how long the answers are kept, and "carry on" picks up where it stopped', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    const replies = await c.say('I will do this later, I need to find his reports');
    assert.match(allText(replies), /I keep your answers so far in this conversation for 24 hours after your last message, and nothing has been sent anywhere/);
    assert.match(allText(await c.say('ok im back')), /Welcome back\. Your answers so far are still here/);
  });

  it('a parent describing their child at "who is asking?" is never taken for school staff', async () => {
    const c = await begin();
    const replies = await c.say('he struggles with reading and gets very anxious, meltdowns after school every day');
    assert.doesNotMatch(allText(replies), /will not write a parent/);
    assert.match(allText(replies), /choose one of the buttons/i);
    assert.doesNotMatch(allText(await c.say('I am his teacher')), /first name/);
  });

  it('answers a question asked in the middle, asks the same question again, and keeps it out of the letter', async () => {
    const c = await toCouncil();
    const answer = allText(await c.say('what is a SENCo?'));
    assert.match(answer, /co-ordinator/i);
    assert.match(answer, /Which council will you send it to\?/);
    assert.doesNotMatch(answer, /Which of these areas/);
    assert.match(allText(await c.say('Leeds City Council')), /Which of these areas/);
    const letter = letterIn(await finish(c));
    assert.match(letter, /To: the SEN team, Leeds City Council/);
    assert.doesNotMatch(letter, /SENCo\?/);
  });

  it('"skip", "ok", "?" and "5" are never stored: the parent hears why and is asked again', async () => {
    const c = await toCouncil();
    const skip = allText(await c.say('skip'));
    assert.match(skip, /cannot leave this out, because the letter has to go to a council/);
    assert.match(skip, /Which council will you send it to\?/);
    assert.match(allText(await c.say('ok')), /not sure what you meant.*Which council/s);
    assert.match(allText(await c.say('5')), /not sure what you meant/);
    await c.say('Leeds City Council');
    await c.say('1');
    const difficulties = allText(await c.say('skip'));
    assert.match(difficulties, /cannot be skipped/);
    assert.match(difficulties, /what does your child find hard/);
    assert.match(allText(await c.say('?')), /for example reading, making friends/);
    for (const answer of ['He cannot read yet', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    const letter = letterIn(await c.say('today'));
    assert.match(letter, /He cannot read yet/);
    for (const junk of [/\bskip\b/i, /^\?$/m, /^ok\.?$/im, /^5\.?$/m]) assert.doesNotMatch(letter, junk);
  });

  it('"ok" for a name is not a name, and "sam" gets its capital', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    assert.match(allText(await c.say('ok')), /not sure what you meant.*first name/s);
    assert.match(allText(await c.say('no idea')), /Please type the first name, or say "skip"/);
    await c.say('sam');
    for (const answer of ['7', 'School', 'Hillside Primary', 'Leeds']) await c.say(answer);
    const letter = letterIn(await finish(c));
    assert.match(letter, /for my child, Sam\b/);
    assert.doesNotMatch(letter, /\bsam\b/);
  });

  it('"why do you need that?" gives the reason, and "what does that mean?" explains the buttons, each once', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    await c.say('7');
    const why = allText(await c.say('why do you need that'));
    assert.match(why, /The letter says where your child is now/);
    assert.match(why, /Where does your child go to learn/);
    const meaning = allText(await c.say('what does that mean'));
    assert.match(meaning, /pupil referral unit/);
    assert.match(meaning, /sixth form/);
    assert.match(meaning, /Where does your child go to learn/);
    const help = allText(await c.say('help'));
    assert.equal(help.match(/The letter says where your child is now/g)?.length, 1, help);
    assert.match(allText(await c.say('School')), /name of the school/);
  });

  it('"Actually I want help with mediation instead" starts the mediation flow; it is not the council', async () => {
    const c = await toCouncil();
    const switched = await c.say('Actually I want help with mediation instead');
    assert.match(allText(switched), /get ready for mediation/i);
    assert.match(allText(switched), /Which decision do you disagree with/);
    assert.equal(metaOf(switched.at(-1)!)?.flow, 'mediation');
    assert.match(allText(await c.say('The council said no to an EHC needs assessment')), /What date is on the decision letter/);
  });

  it('a family in Wales is told the letter would use England\'s law, and can say they live in England after all', async () => {
    const c = await toCouncil();
    const wales = await c.say('Cardiff Council, we live in Wales');
    assert.match(allText(wales), /covers the law in England only\. Wales has its own system/);
    assert.doesNotMatch(allText(wales), /Which of these areas/);
    assert.deepEqual(buttonLabels(wales), ['We live in England', 'Cancel']);
    assert.match(allText(await c.say('hmm')), /does your family live in England/);
    assert.match(allText(await c.say('We live in England')), /Which council will you send it to\?/);
    await c.say('Leeds City Council');
    assert.match(letterIn(await finish(c)), /To: the SEN team, Leeds City Council/);
  });

  it('a flow started with a place in Wales starts once the family says they live in England', async () => {
    const c = conversation();
    await c.start();
    assert.match(allText(await c.say('We are near Wrexham and I want to ask for an EHC needs assessment for my son')), /Wales has its own system/);
    assert.match(allText(await c.say('We live in England')), /Who is asking for the assessment/);
  });

  it('"We live in Wales and want an assessment": no England letter is started, and "no" ends it', async () => {
    const c = conversation();
    await c.start();
    const first = allText(await c.say('We live in Wales and I want to ask for an EHC needs assessment for my son'));
    assert.match(first, /Wales has its own system/);
    assert.doesNotMatch(first, /Who is asking/);
    assert.match(allText(await c.say('no')), /stopped here/);
    const after = await c.say('I am a parent or carer');
    assert.ok(!after.some((r) => metaOf(r)?.kind === 'flow'), allText(after));
  });

  it('a family that lives in England after all goes on from where it was, with their own words kept', async () => {
    const c = await toCouncil();
    await c.say('Leeds City Council');
    await c.say('1');
    assert.match(allText(await c.say('We moved here from Wales last year and he still cannot read')), /Wales has its own system/);
    assert.match(allText(await c.say('yes, England')), /What help has been tried/);
    // Once they have said England, Wales is not asked about again.
    assert.doesNotMatch(allText(await c.say('A reading group with a teacher from Cardiff')), /Wales has its own system/);
    for (const answer of ['none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    assert.match(letterIn(await c.say('today')), /We moved here from Wales last year and he still cannot read/);
  });

  it('the family in Scotland can cancel', async () => {
    const c = await begin('I want to ask for an EHC needs assessment');
    await c.say('I am a parent or carer');
    await c.say('skip');
    assert.match(allText(await c.say('we live in Glasgow, he is 9')), /Scotland has its own system/);
    assert.match(allText(await c.say('Cancel')), /stopped/);
  });

  it('at 16, asks for the date of birth and says whose right it is to ask', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('James');
    assert.match(allText(await c.say('16')), /What is your child.s date of birth\?/);
    const rights = allText(await c.say('born 15 August 2010'));
    assert.match(rights, /Compulsory school age ended on Friday 26 June 2026/);
    assert.match(rights, /Where does your child go to learn/);
  });

  it('at 16, the date of birth can be skipped, and the rule is given', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('James');
    await c.say('16');
    const skipped = allText(await c.say('skip'));
    assert.match(skipped, /leave a space for the date of birth/);
    assert.match(skipped, /depends on the date of birth/);
    assert.match(skipped, /Where does your child go to learn/);
  });

  it('"I\'m 26": told kindly that assessments are for people up to 25, offered a person, and not asked again', async () => {
    const c = await begin('help me request an EHC needs assessment');
    await c.say('I am a young person (16 to 25) asking for myself');
    await c.say('skip');
    const told = await c.say("I'm 26");
    assert.match(allText(told), /up to the age of 25, so I cannot help you ask for one at 26/);
    assert.match(allText(told), /SENDIASS/);
    assert.ok(buttonLabels(told).includes('Talk to a person'));
    assert.doesNotMatch(allText(told), /How old are you/);
    assert.doesNotMatch(allText(await c.say('I am 15')), /Where do you learn/);
  });

  it('a date of birth that never existed: "2013 had no 29 February"', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    assert.match(allText(await c.say('29/02/2013')), /2013 had no 29 February/);
  });

  it('a send date with no year is the next one coming, read back in words', async () => {
    const c = await toCouncil();
    await c.say('Leeds');
    for (const answer of ['1', 'He cannot read yet', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    const end = await c.say('10th of January');
    assert.match(allText(end), /I have read that as Sunday 10 January 2027\. If that is not right, say "back"/);
    assert.match(letterIn(end), /^10 January 2027$/m);
    assert.match(allText(end), /21 February 2027/, '6 weeks on');
  });

  it('by post: asks for the delivery day only for a letter already posted', async () => {
    for (const [sent, asked] of [['tomorrow', false], ['20/11/2026', true]] as const) {
      const c = await toCouncil();
      await c.say('Leeds');
      for (const answer of ['1', 'He cannot read yet', 'none yet', 'none', 'none yet', 'By post']) await c.say(answer);
      const next = allText(await c.say(sent));
      assert.equal(/Do you know the day it was delivered/.test(next), asked, `${sent}: ${next.slice(0, 200)}`);
    }
  });

  it('an answer too long to read gets the question again', async () => {
    const c = await toCouncil();
    await c.say('Leeds');
    await c.say('1');
    const long = allText(await c.say('He cannot sit still in class and runs out of the room. '.repeat(40)));
    assert.match(long, /longer than I can read in one message/);
    assert.match(long, /what does your child find hard/);
    assert.match(allText(await c.say('He cannot sit still in class')), /What help has been tried/);
  });
});

/** What the parent gets at the end, worded for who they are and where they stand. */
describe('dialog: request an EHC needs assessment, what the parent gets', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));
  type Chat = ReturnType<typeof conversation>;

  const uids = (ics: string) => ics.match(/^UID:.*$/gm) ?? [];

  /** A parent from the first question to the end; `age` and `sendDate` as typed. */
  async function walk(c: Chat, options: { name?: string; age?: string; sendDate?: string } = {}) {
    await c.say('I want to ask the council to assess my son for an EHCP');
    for (const answer of ['I am a parent or carer', options.name ?? 'Sam', options.age ?? '7', 'School', 'Hillside Primary', 'Leeds', '1',
      'He cannot read yet', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    return c.say(options.sendDate ?? 'today');
  }

  async function started(): Promise<Chat> {
    const c = conversation();
    await c.start();
    return c;
  }

  it('keeps every area of need ticked on the card, "Social, emotional and mental health" too (its label has a comma)', async () => {
    const c = await started();
    await c.say('I want to ask the council to assess my son for an EHCP');
    let areas: Awaited<ReturnType<Chat['say']>> = [];
    for (const answer of ['I am a parent or carer', 'Amira', '9', 'School', 'Oakfield Primary', 'Leeds']) areas = await c.say(answer);
    await c.say('', tickOnCard(areas, ['Communication and interaction', 'Social, emotional and mental health']));
    for (const answer of ['She cannot cope in class', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    const letter = fileText(await c.say('today'), /letter\.txt$/);
    assert.match(letter, /communication and interaction/i);
    assert.match(letter, /social, emotional and mental health/i);
  });

  it('a letter sent months ago closes with where things stand, not "send your letter" (QA e12)', async () => {
    const sent = allText(await walk(await started(), { sendDate: '3 March 2026' }));
    assert.match(sent, /What to do next: keep this letter with your records/);
    assert.doesNotMatch(sent, /send your letter/);
    const toSend = allText(await walk(await started(), { sendDate: 'today' }));
    assert.match(toSend, /What to do next: send your letter/);
  });

  it('calendar events keep their ids when the family does it again with a corrected date, and never share them with another family', async () => {
    const family = await started();
    const first = uids(fileText(await walk(family, { sendDate: 'today' }), /\.ics$/));
    const corrected = uids(fileText(await walk(family, { sendDate: 'tomorrow' }), /\.ics$/));
    assert.equal(first.length, 3);
    assert.deepEqual(corrected, first, 'a corrected date replaces the events instead of adding new ones');
    // Another family with the very same answers, and a brother in the same conversation: their own events.
    const other = uids(fileText(await walk(await started(), { sendDate: 'today' }), /\.ics$/));
    assert.ok(other.every((uid) => !first.includes(uid)), `${other.join()} / ${first.join()}`);
    const brother = uids(fileText(await walk(family, { name: 'Tom', sendDate: 'today' }), /\.ics$/));
    assert.ok(brother.every((uid) => !first.includes(uid)));
  });

  it('a young person asking for themselves ticks "My own views", not "The child’s own views" (QA e02)', async () => {
    const c = await started();
    await c.say('help me request an EHC needs assessment');
    for (const answer of ['I am a young person (16 to 25) asking for myself', 'Jordan', '19', 'College or other post-16 place', 'skip', 'Leeds', '3',
      'I get really anxious in big classes', 'none']) await c.say(answer);
    const evidence = await c.say('none');
    const card = JSON.stringify(evidence.flatMap((r) => r.attachments ?? []).map((a) => a.content));
    assert.match(allText(evidence), /My own views/);
    assert.match(card, /My own views/);
    assert.doesNotMatch(allText(evidence) + card, /child’s own views|school work/);
    // Ticked on the card, the box comes back as its label.
    await c.say('', { choices: 'My own views' });
    await c.say('By email (you keep a dated copy)');
    const end = await c.say('today');
    assert.match(fileText(end, /checklist\.txt$/), /✓ Your own views/);
  });

  it('a baby’s or toddler’s age typed in months or weeks is in the letter as typed, not "Age: 1" (QA e05, e16)', async () => {
    const toddler = fileText(await walk(await started(), { age: '18 months' }), /letter\.txt$/);
    assert.match(toddler, /^Age: 18 months old$/m);
    const baby = fileText(await walk(await started(), { age: '6 weeks old' }), /letter\.txt$/);
    assert.match(baby, /^Age: 6 weeks old$/m);
    // A date of birth given after all wins over the months typed first.
    const c = await started();
    await c.say('I want to ask the council to assess my son for an EHCP');
    for (const answer of ['I am a parent or carer', 'Sam', '18 months', 'back', '20/5/2025', 'School', 'Hillside Primary', 'Leeds', '1',
      'He cannot read yet', 'none yet', 'none', 'none yet', 'By email (you keep a dated copy)']) await c.say(answer);
    const letter = fileText(await c.say('today'), /letter\.txt$/);
    assert.match(letter, /Date of birth: 20 May 2025 \(18 months old\)/);
    assert.doesNotMatch(letter, /^Age:/m);
  });

  it('"what does EHC mean?" mid-way gets what EHC stands for, not the timescales, and the same question again (QA e09)', async () => {
    const c = await started();
    await c.say('I want to ask the council to assess my son for an EHCP');
    await c.say('I am a parent or carer');
    // At the name question, "what does SENCo stand for" is a question, not a child's name.
    const senco = allText(await c.say('what does SENCo stand for'));
    assert.match(senco, /\*\*SENCo\*\* means: Special educational needs co-ordinator/);
    assert.match(senco, /Now, back to where we were\.\n\n\*\*What is your child.s first name\?/);
    for (const answer of ['Sam', '7', 'School', 'Hillside Primary', 'Leeds', '1', 'He cannot read yet']) await c.say(answer);
    const ehc = allText(await c.say('what does EHC mean'));
    // The glossary has "EHC" itself, so its own meaning is given.
    assert.match(ehc, /\*\*EHC\*\* means: Education, health and care\. It is the start of "EHC plan" and "EHC needs assessment"/);
    assert.doesNotMatch(ehc, /6 weeks|16 weeks/);
    assert.match(ehc, /Source: .+\./);
    assert.match(ehc, /What help has been tried so far/);
    await c.say('none yet');
    await c.say('none');
    await c.say('none yet');
    await c.say('By email (you keep a dated copy)');
    const letter = fileText(await c.say('today'), /letter\.txt$/);
    assert.doesNotMatch(letter, /what does|SENCo stand/i);
    assert.match(letter, /for my child, Sam,/);
  });
});
