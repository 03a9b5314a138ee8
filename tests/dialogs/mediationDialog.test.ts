import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { allText, fileText, testBot } from '../helpers/bot';
import { tickOnCard } from '../helpers/cardSubmit';

/** Walks the "prepare for mediation" flow as a parent would (today: Monday 23 November 2026). */
describe('dialog: prepare for mediation', function () {
  this.timeout(20000);
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  async function begin() {
    const c = conversation();
    await c.start();
    const first = await c.say('help me get ready for mediation please');
    assert.ok(first.every((r) => metaOf(r)?.kind === 'flow' && metaOf(r)?.flow === 'mediation'), allText(first));
    assert.match(allText(first), /Which decision do you disagree with/);
    return c;
  }


  it('a deadline close or passed is said as soon as the letter\'s date is given, not only in the summary at the end', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    const close = allText(await c.say('29 September 2026'));
    assert.match(close, /Please note:\*\* last day to contact the mediation adviser is Sunday 29 November 2026, in 6 days; last day to appeal to the tribunal is Monday 30 November 2026, in 7 days/);
    assert.match(close, /Have you contacted a mediation adviser/);

    const late = await begin();
    await late.say('The council said no to an EHC needs assessment');
    const passed = allText(await late.say('10 September 2026'));
    assert.match(passed, /the usual time limit has passed \(last day to contact the mediation adviser: Tuesday 10 November 2026/);
    assert.match(passed, /There may still be things you can do/);

    const inTime = await begin();
    await inTime.say('The council said no to an EHC needs assessment');
    assert.doesNotMatch(allText(await inTime.say('2 November 2026')), /Please note/);
  });

  it('refusal to assess, no adviser contact yet: the 2-month contact date, the appeal date, a summary and a calendar', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    assert.match(allText(await c.say('2 November 2026')), /Have you contacted a mediation adviser/);
    await c.say('no');
    await c.say('I want them to assess my son because he is falling behind in reading');
    await c.say('1, 3');
    const end = await c.say('a friend or family member');
    const text = allText(end);
    assert.match(text, /Saturday 2 January 2027/, 'contact the mediation adviser by 2 months after the letter, never moved');
    assert.match(text, /does not move/i);
    assert.match(text, /falling behind in reading/, 'their own words are in the summary');
    assert.ok(!/undefined|null/.test(text));
    const ics = fileText(end, /\.ics$/);
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270102/);
    assert.match(fileText(end, /summary\.txt$/), /falling behind in reading/);
    assert.match(text, /SENDIASS/);
    // Said once in "Where you stand", not again straight after they named who is coming.
    assert.equal(text.match(/You do not have to go alone/g)?.length, 1);
  });

  it('takes the decision typed in the parent\'s own words, and asks again only when they fit none', async () => {
    const c = await begin();
    assert.match(allText(await c.say('the council said no')), /did not catch which decision/);
    const next = await c.say("they won't change section F after the annual review");
    assert.match(allText(next), /date/i, 'on to the decision letter\'s date');
    assert.doesNotMatch(allText(next), /did not catch/);
  });

  it('reads "have you told the adviser you want mediation?" answered in words', async () => {
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['we want it', /council being told/],
      ["we don't want it", /Do you have a certificate/],
      ['still thinking about it', /Do you have a certificate/],
    ];
    for (const [answer, next] of cases) {
      const c = await begin();
      await c.say('The council said no to an EHC needs assessment');
      await c.say('2 November 2026');
      await c.say('yes');
      await c.say('10 November 2026');
      assert.match(allText(await c.say(answer)), next, answer);
    }
  });

  it('plan content, placement only: mediation advice is not needed', async () => {
    const c = await begin();
    const parts = await c.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    assert.match(allText(parts), /Which parts of the plan/);
    const note = await c.say('I');
    assert.match(allText(note), /do not (have|need) to contact a mediation adviser|not (required|needed)/i);
  });

  it('reads the parts of the plan in everyday words ("just the school" is section I)', async () => {
    const c = await begin();
    await c.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    assert.match(allText(await c.say('just the school')), /do not (have|need) to contact a mediation adviser|not (required|needed)/i);
    const both = await begin();
    await both.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    assert.match(allText(await both.say('the help and the school')), /What date is on the decision letter/);
  });

  it('takes the parts of the plan ticked on the card, and the evidence and companions ticked too (QA: every tick was refused)', async () => {
    const c = await begin();
    const parts = await c.say('What the plan says: the needs (section B), the help (section F) or the school (section I)');
    const next = await c.say('', tickOnCard(parts, ['Section B: the needs', 'Section F: the help my child must get']));
    assert.doesNotMatch(allText(next), /Please choose at least one/);
    assert.match(allText(next), /decision letter/i);
    await c.say('10 November 2026');
    await c.say('no');
    const evidenceCard = await c.say('I want the plan to say he gets speech therapy every week');
    const evidenceQuestion = await c.say('', tickOnCard(evidenceCard,
      ['the decision letter', 'reports from professionals (for example an educational psychologist or speech and language therapist)']));
    assert.match(allText(evidenceQuestion), /Who would you like to bring|bring/i);
    const end = await c.say('', tickOnCard(evidenceQuestion, ['a friend or family member', 'SENDIASS']));
    const text = allText(end);
    assert.match(text, /section B/i);
    assert.match(text, /section F/i);
    assert.match(text, /educational psychologist|reports from professionals/i);
    assert.match(text, /SENDIASS/);
  });

  it('with a certificate: the appeal deadline is the later of 2 months from the letter and 1 month from the certificate', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    await c.say('1 September 2026');
    await c.say('yes');
    await c.say('10 October 2026');
    await c.say('No, I do not want mediation');
    await c.say('yes');
    await c.say('12 November 2026');
    await c.say('an assessment');
    await c.say('none');
    const end = await c.say('no one');
    // 2 months from 1 Sep = 1 Nov 2026; 1 month from the certificate = 12 Dec 2026 (a Saturday) -> Monday 14 December 2026.
    assert.match(allText(end), /Monday 14 December 2026/);
  });

  it('re-asks a bad or future date kindly', async () => {
    const c = await begin();
    await c.say('The council wants to end (cease) the plan');
    assert.match(allText(await c.say('the thirty-second of Smarch')), /could not read that as a date/);
    assert.match(allText(await c.say('1 January 2027')), /cannot be after today/);
  });

  it('asks for the exact date when given a rough one, helps when the parent does not know it, and reads "3 days ago"', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    assert.match(allText(await c.say('about 3 weeks ago')), /I need the exact date to work out your deadlines/);
    assert.match(allText(await c.say('the other week')), /I need the exact date/);
    assert.match(allText(await c.say("I'm not sure")), /Look for the date on the letter or email.*talk to a person/s);
    assert.match(allText(await c.say('3 days ago')), /Have you contacted a mediation adviser/);
    await c.say('no');
    await c.say('I want them to assess my son');
    await c.say('1');
    const end = await c.say('no one');
    assert.match(allText(end), /Friday 20 November 2026/, 'the letter date, 3 days before Monday 23 November');
  });

  it('"back" changes the last answer', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    const back = await c.say('go back');
    assert.match(allText(back), /Which decision do you disagree with/);
    const next = await c.say('The council wants to end (cease) the plan');
    assert.match(allText(next), /What date is on the decision letter/);
  });

  it('"cancel" stops the flow and nothing is kept', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    const cancelled = await c.say('cancel');
    assert.match(allText(cancelled), /stopped/);
    const after = await c.say('what is mediation');
    assert.ok(after.some((r) => metaOf(r)?.kind === 'answer'), 'back with the bot: questions are answered again');
  });

  it('safeguarding mid-way gets emergency help at once, then the flow can carry on', async () => {
    const c = await begin();
    await c.say('The council said no to an EHC needs assessment');
    const help = await c.say('my son says he wants to kill himself');
    assert.equal(metaOf(help[0])?.kind, 'safeguarding');
    assert.match(allText(help), /999/);
    assert.doesNotMatch(allText(help), /What date is on the decision letter/, 'the help stays in view');
    assert.match(allText(await c.say('continue')), /What date is on the decision letter/, 'the question is asked again');
    assert.match(allText(await c.say('2 November 2026')), /Have you contacted a mediation adviser/);
  });

  it('asking for a person mid-way leaves the flow and gives SENDIASS', async () => {
    const c = await begin();
    const r = await c.say('can I talk to a real person please');
    assert.equal(metaOf(r[0])?.kind, 'handoff');
    assert.match(allText(r), /SENDIASS/);
  });
});

describe('dialog: distress inside a guided flow', function () {
  this.timeout(20000);
  it('meets distress with a kind word and the way to a person, and keeps the answer', async () => {
    const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));
    const c = conversation();
    await c.start();
    await c.say('help me get ready for mediation please');
    await c.say('The council said no to an EHC needs assessment');
    await c.say('2 November 2026');
    await c.say('no');
    const r = await c.say("i just can't cope with any of this anymore, nobody listens to us");
    assert.match(allText(r), /not on your own/);
    assert.match(allText(r), /What evidence do you have/, 'the flow carries on with their words as the answer');
  });
});

/** Dates with no year, yes and no in words, questions and "skip" in the middle, another nation, the other flow. */
describe('dialog: prepare for mediation, reading what the parent means', function () {
  this.timeout(20000);
  // Today is Monday 23 November 2026.
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  async function toLetterDate() {
    const c = conversation();
    await c.start();
    await c.say('help me get ready for mediation please');
    await c.say('The council said no to an EHC needs assessment');
    return c;
  }

  async function toAdviserQuestion() {
    const c = await toLetterDate();
    await c.say('2 November 2026');
    return c;
  }

  it('a decision letter date with no year is the most recent one, read back in words', async () => {
    const c = await toLetterDate();
    const read = allText(await c.say('15 December'));
    assert.match(read, /I have read that as Monday 15 December 2025/);
    assert.match(read, /Have you contacted a mediation adviser/);
    assert.doesNotMatch(read, /after today/);
  });

  it('"29 February" this year: 2026 has no 29 February', async () => {
    const c = await toLetterDate();
    assert.match(allText(await c.say('29 February')), /2026 has no 29 February/);
  });

  it('reads "last Tuesday" and "a fortnight ago" to the day', async () => {
    let c = await toLetterDate();
    assert.match(allText(await c.say('last Tuesday')), /I have read that as Tuesday 17 November 2026/);
    c = await toLetterDate();
    assert.match(allText(await c.say('a fortnight ago')), /I have read that as Monday 9 November 2026/);
  });

  it('"I have not" is a no', async () => {
    const c = await toAdviserQuestion();
    const next = allText(await c.say('I have not'));
    assert.match(next, /what do you disagree with/i);
    assert.doesNotMatch(next, /On what date did you contact/);
  });

  it('"ok", "no idea", "maybe" and "dunno" are not a yes or a no: asked again, with help to find out', async () => {
    const c = await toAdviserQuestion();
    assert.match(allText(await c.say('ok')), /could not tell if that was a yes or a no.*Have you contacted a mediation adviser/s);
    for (const unsure of ['no idea', 'maybe', 'dunno']) {
      const reply = allText(await c.say(unsure));
      assert.match(reply, /Look for an email or a note of a call.*choose "No" for now/s, unsure);
      assert.match(reply, /Have you contacted a mediation adviser/, unsure);
    }
    assert.match(allText(await c.say('yes')), /On what date did you contact the mediation adviser/);
  });

  it('"what is a mediation certificate?" is answered, and the date question asked again', async () => {
    const c = await toLetterDate();
    const reply = allText(await c.say('what is a mediation certificate?'));
    assert.match(reply, /certificate/i);
    assert.match(reply, /What date is on the decision letter/);
    assert.doesNotMatch(reply, /could not read that as a date/);
  });

  it('"skip" cannot skip what they want changed, and is never put in the summary', async () => {
    const c = await toAdviserQuestion();
    await c.say('no');
    const skip = allText(await c.say('skip'));
    assert.match(skip, /cannot be skipped: your summary needs to say what you want/);
    assert.match(allText(await c.say('?')), /speech therapy every week/);
    await c.say('I want them to assess my son');
    await c.say('1');
    const end = allText(await c.say('no one'));
    assert.match(end, /I want them to assess my son/);
    assert.doesNotMatch(end, /"skip"|"\?"/);
  });

  it('"We live in Wales, Newport council said no": the flow stops to ask, and goes on for a family in England', async () => {
    const c = await toLetterDate();
    const wales = allText(await c.say('We live in Wales, Newport council said no'));
    assert.match(wales, /Wales has its own system/);
    assert.doesNotMatch(wales, /could not read that as a date/);
    assert.match(allText(await c.say('We live in England')), /What date is on the decision letter/);
    assert.match(allText(await c.say('2 November 2026')), /Have you contacted a mediation adviser/);
  });

  it('"I want to ask for an EHC needs assessment instead" starts that flow', async () => {
    const c = await toLetterDate();
    const switched = await c.say('I want to ask for an EHC needs assessment instead');
    assert.match(allText(switched), /Who is asking for the assessment/);
    assert.equal(metaOf(switched.at(-1)!)?.flow, 'ehc-request');
  });
});

/** The summary and calendar at the end (today: Monday 23 November 2026). */
describe('dialog: prepare for mediation, the files at the end', function () {
  this.timeout(20000);
  const { conversation } = testBot(new Date('2026-11-23T10:00:00Z'));

  function attachmentsIn(replies: Partial<Activity>[]) {
    return replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentUrl?.startsWith('data:'));
  }
  function uidsIn(replies: Partial<Activity>[]): string[] {
    const ics = attachmentsIn(replies).find((a) => /\.ics$/.test(a.name ?? ''));
    assert.ok(ics, 'no calendar file');
    return Buffer.from(ics.contentUrl!.split(',')[1], 'base64').toString('utf8').match(/^UID:.*$/gm) ?? [];
  }

  /** A refusal to assess, no adviser contacted yet, with the decision letter's date as typed. */
  async function walk(letterDate: string, c = conversation()) {
    await c.start();
    await c.say('help me get ready for mediation please');
    for (const answer of ['The council said no to an EHC needs assessment', letterDate, 'No', 'I want them to assess my daughter', '1']) await c.say(answer);
    return { c, end: await c.say('no one') };
  }

  it('every date passed: no calendar file, and no word about one (QA m02)', async () => {
    const { end } = await walk('15 September 2026');
    assert.deepEqual(attachmentsIn(end).map((a) => a.name), ['mediation-preparation-summary.txt']);
    const text = allText(end);
    assert.match(text, /Here is your summary\. You can save it/);
    assert.doesNotMatch(text, /calendar file/i);
  });

  it('dates still to come: the calendar file, and the words about it', async () => {
    const { end } = await walk('2 November 2026');
    assert.ok(attachmentsIn(end).some((a) => /\.ics$/.test(a.name ?? '')));
    assert.match(allText(end), /The calendar file adds your dates to your phone or computer calendar/);
  });

  it('calendar events keep their ids in the same conversation, and never share them with another family', async () => {
    const first = await walk('2 November 2026');
    const mine = uidsIn(first.end);
    const again = await walk('3 November 2026', first.c);
    assert.deepEqual(uidsIn(again.end), mine, 'a corrected date replaces the events instead of adding new ones');
    const other = uidsIn((await walk('2 November 2026')).end);
    assert.ok(other.length > 0 && other.every((uid) => !mine.includes(uid)), `${other.join()} / ${mine.join()}`);
  });
});
