import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import { allText, buttonLabels, testBot } from '../helpers/bot';

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

  function file(replies: Partial<Activity>[], name: RegExp): string {
    const f = replies.flatMap((r) => r.attachments ?? []).find((a) => name.test(a.name ?? ''));
    assert.ok(f?.contentUrl, `no file matching ${name}`);
    return Buffer.from(f.contentUrl.split(',')[1], 'base64').toString('utf8');
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
    const letter = file(end, /letter\.txt$/);
    assert.match(letter, /section 36\(1\)/i);
    assert.match(letter, /has or may have special educational needs/i);
    assert.match(letter, /may be necessary for special educational provision/i);
    assert.match(letter, /He cannot read yet and melts down every afternoon/);
    assert.match(letter, /little progress/);
    assert.match(letter, /Sam/);
    assert.match(letter, /6 weeks/);
    assert.ok(!/undefined|null|\[object/.test(letter), letter);
    // The timeline from the day the council receives it (email: the same day).
    assert.match(text, /Monday 13 April 2026/);
    assert.match(text, /Monday 22 June 2026/);
    assert.match(text, /Monday 20 July 2026/);
    const ics = file(end, /\.ics$/);
    assert.deepEqual(ics.match(/DTSTART;VALUE=DATE:\d+/g), ['DTSTART;VALUE=DATE:20260413', 'DTSTART;VALUE=DATE:20260622', 'DTSTART;VALUE=DATE:20260720']);
    // The checklist marks what they have.
    assert.match(file(end, /checklist\.txt$/), /✓/);
    // And an offer of a person to check the letter.
    assert.ok(buttonLabels(end).includes('Talk to a person'));
  });

  it('a young person asking for themselves gets a first-person letter', async () => {
    const c = await begin('help me request an EHC needs assessment for myself');
    await c.say('I am a young person (16 to 25) asking for myself');
    await c.say('skip');
    await c.say('14 March 2007');
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
    const letter = file(end, /letter\.txt$/);
    assert.match(letter, /\bI find it very hard to keep up with written work/);
    assert.match(letter, /\bmy (own )?(needs|education)|I am (asking|writing)/i);
    assert.match(allText(end), /Monday 4 January 2027/, '6 weeks from today (23 November 2026)');
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
    assert.match(allText(await c.say('31/02/2017')), /date|age/i);
    assert.match(allText(await c.say('he is 40')), /25/);
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

  it('safeguarding mid-way: emergency help at once, then the same question again', async () => {
    const c = await begin();
    await c.say('I am a parent or carer');
    await c.say('Sam');
    const help = await c.say('his dad hit him and he has bruises, I am scared to go home');
    assert.equal(metaOf(help[0])?.kind, 'safeguarding');
    assert.match(allText(help), /999/);
    assert.match(allText(help), /How old is your child/);
    assert.match(allText(await c.say('7')), /Where does your child go to learn/);
  });
});
