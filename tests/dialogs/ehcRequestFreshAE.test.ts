import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { allText, buttonLabels, testBot } from '../helpers/bot';

/**
 * What a parent sees in the EHC request flow when they put an earlier answer right mid-flow, say
 * their child is out of school, ask a question inside an answer, or name the council loosely
 * (found by a fresh tester, set AE). Each test asserts the reply, and the letter where it matters.
 */
describe('dialog: request an EHC needs assessment, corrections and loose answers (set AE)', function () {
  this.timeout(20000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));

  function letterOf(replies: Partial<Activity>[]): string {
    const f = replies.flatMap((r) => r.attachments ?? []).find((a) => /letter\.txt$/.test(a.name ?? ''));
    assert.ok(f?.contentUrl, 'no letter');
    return Buffer.from(f.contentUrl.split(',')[1], 'base64').toString('utf8');
  }

  async function begin(...answers: string[]) {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my son');
    for (const answer of answers) await c.say(answer);
    return c;
  }

  /** From the areas of need to the letter, with the usual answers. */
  async function toTheEnd(c: Awaited<ReturnType<typeof begin>>) {
    for (const answer of ['2', 'He cannot follow lessons and hides under the table', 'A reading group since September, no change', 'none', '1', 'email']) await c.say(answer);
    return c.say('today');
  }

  it('"no wait its 12 not 11" at the next question changes the age, says so, and is never read as an answer', async () => {
    const c = await begin('I am a parent or carer', 'Kai', '11');
    const fixed = await c.say('no wait its 12 not 11');
    const text = allText(fixed);
    assert.match(text, /Thank you\. I have changed the age to 12\./);
    assert.match(text, /Where does your child go to learn at the moment\?/);
    assert.doesNotMatch(text, /Please choose one of the buttons/);
    const again = allText(await c.say("actually he's 13"));
    assert.match(again, /I have changed the age to 13/);
    await c.say('School');
    await c.say('Ridgeway Academy');
    await c.say('Leeds City Council');
    assert.match(letterOf(await toTheEnd(c)), /^Age: 13$/m);
  });

  it('an age put right two questions later is asked about first, and changed on "yes"', async () => {
    const c = await begin('I am a parent or carer', 'Kai', '11', 'School', 'Ridgeway Academy');
    const asked = await c.say('oops, 12 not 11');
    assert.match(allText(asked), /Did you mean to change the age to 12\?/);
    assert.deepEqual(buttonLabels(asked), ['Yes', 'No']);
    const yes = allText(await c.say('yes'));
    assert.match(yes, /I have changed the age to 12/);
    assert.match(yes, /Which council will you send it to\?/);
  });

  it('"I typed the wrong school, it\'s Oak Lane" and "sorry the school is Oak Lane not St Marys" change the school in the letter', async () => {
    const c = await begin('I am a parent or carer', 'Alfie', '7', 'School', 'St Marys');
    const first = allText(await c.say("I typed the wrong school, it's Oak Lane"));
    assert.match(first, /I have changed the name of the school or setting to Oak Lane\./);
    assert.match(first, /Which council will you send it to\?/);
    assert.doesNotMatch(first, /looks like the name of a school/);
    const second = allText(await c.say('sorry the school is Oak Lane Primary not Oak Lane'));
    assert.match(second, /changed the name of the school or setting to Oak Lane Primary/);
    await c.say('Kent County Council');
    const letter = letterOf(await toTheEnd(c));
    assert.match(letter, /^School or setting: Oak Lane Primary$/m);
    assert.doesNotMatch(letter, /St Marys/);
  });

  it('a school named with its kind of place ("st marys primary") can be put right too', async () => {
    const c = await begin('I am a parent or carer', 'Alfie', '7', 'st marys primary');
    assert.match(allText(await c.say('wrong school - Oak Lane Primary')), /changed the name of the school or setting to Oak Lane Primary/);
  });

  it('"shes not been in school since easter... took her off roll" is no school now, said back, never a school\'s name', async () => {
    const c = conversation();
    await c.start();
    await c.say('I want to ask for an EHC needs assessment for my granddaughter');
    for (const answer of ['I am a parent or carer', 'Aimee', '10']) await c.say(answer);
    const text = allText(await c.say('shes not been in school since easter, anxiety, school took her off roll'));
    assert.match(text, /I have noted that Aimee is not in a school or setting now/);
    assert.match(text, /Which council will you send it to\?/);
    assert.doesNotMatch(text, /noted the name as/);
    await c.say('Birmingham City Council');
    const letter = letterOf(await toTheEnd(c));
    assert.match(letter, /School or setting: not at a school or setting at the moment/);
    assert.doesNotMatch(letter, /easter|off roll/i);
  });

  it('a sentence at the school\'s name is not stored as the name: the name in it is taken, or asked for', async () => {
    const c = await begin('I am a parent or carer', 'Alfie', '7', 'School');
    const asked = allText(await c.say('he goes to the one by the park but they cant cope with him'));
    assert.match(asked, /I could not find the name in that\. Please type just the name/);
    assert.match(asked, /What is the name of the school or setting\?/);
    const found = allText(await c.say("the one on the hill, it's called Oak Lane"));
    assert.match(found, /I have noted the name as "Oak Lane"/);
  });

  it('a question inside an answer ("- can they actually say that?") is left out of the letter, and the parent is told which', async () => {
    const c = await begin('I am a parent or carer', 'Oliver', '9', 'School', 'Hillside Juniors', 'Manchester City Council', '1, 4');
    await c.say('he struggles with changes and cannot write more than a sentence');
    const reply = allText(await c.say('a wobble cushion and a TA some afternoons. none of it has worked. the school say they cant afford more without a plan - can they actually say that?'));
    assert.match(reply, /I have kept your answer for your letter, but left out your question, "can they actually say that\?"/);
    for (const answer of ['none', '1', 'email']) await c.say(answer);
    const letter = letterOf(await c.say('today'));
    assert.doesNotMatch(letter, /can they actually say that/i);
    assert.match(letter, /the school say they cant afford more without a plan\./i);
  });

  it('the council: "kent cc" is spelt out and read back; "the LA" is asked about; filler words are left out', async () => {
    const c = await begin('I am a parent or carer', 'Maisie', '3', 'Nursery, pre-school or childminder', 'Little Acorns');
    const la = allText(await c.say('the LA'));
    assert.match(la, /Which council is it\? The letter needs its name/);
    assert.match(la, /Which council will you send it to\?/);
    const kent = allText(await c.say('kent cc'));
    assert.match(kent, /The letter will go to the SEN team at Kent County Council\. If that is not right, say "back"\./);
    assert.match(letterOf(await toTheEnd(c)), /^To: the SEN team, Kent County Council$/m);

    const d = await begin('I am a parent or carer', 'Sam', '17', 'College or other post-16 place', 'Croydon College');
    assert.match(allText(await d.say('croydon then')), /The letter will go to the SEN team at Croydon\./);
  });

  it('"end of last month, the 28th i think" and "2 wks ago monday" are read and said back as dates', async () => {
    const c = await begin('I am a parent or carer', 'Kai', '9', 'School', 'Ridgeway Academy', 'Leeds City Council');
    for (const answer of ['2', 'He cannot follow lessons', 'A reading group, no change', 'none', '1', 'email']) await c.say(answer);
    assert.match(allText(await c.say('end of last month, the 28th i think')), /I have read that as Wednesday 28 October 2026/);

    const d = await begin('I am a parent or carer', 'Kai', '9', 'School', 'Ridgeway Academy', 'Leeds City Council');
    for (const answer of ['2', 'He cannot follow lessons', 'A reading group, no change', 'none', '1', 'email']) await d.say(answer);
    assert.match(allText(await d.say('2 wks ago monday')), /I have read that as Monday 9 November 2026/);
  });

  it('"not sure" at the evidence question is "none yet", not a reason to ask again', async () => {
    const c = await begin('I am a parent or carer', 'Kai', '9', 'School', 'Ridgeway Academy', 'Leeds City Council', '2', 'He cannot follow lessons', 'A reading group, no change', 'none');
    assert.match(allText(await c.say('not sure')), /How will you send it\?/);
  });
});
