import assert from 'node:assert/strict';
import { allText, testBot } from '../helpers/bot';

/** Short social replies get a reply that fits them, not "out of scope" or an article. */
describe('small talk a parent would notice', () => {
  const say = async (message: string): Promise<string> => allText(await testBot().conversation().say(message));

  it('"maybe later" and "forget it" with nothing under way: fine, and the door stays open', async () => {
    for (const message of ['maybe later', 'forget it', 'no not now', 'another time']) {
      const text = await say(message);
      assert.match(text, /OK, no problem/, message);
      assert.doesNotMatch(text, /can only help with|nothing to stop/, message);
    }
  });

  it('"see you later" is still goodbye', async () => {
    assert.doesNotMatch(await say('see you later'), /OK, no problem/);
  });

  it('thanks with extra words, or "ta", is thanks, not an article about schools', async () => {
    for (const message of ["thanks, you've been more help than the school", 'brilliant ta', 'cheers ta']) {
      const text = await say(message);
      assert.match(text, /You are welcome/, message);
      assert.doesNotMatch(text, /Source:/, message);
    }
  });

  it('a bare "ok" is acknowledged, not thanked', async () => {
    const text = await say('ok');
    assert.match(text, /anything else you would like to know/);
    assert.doesNotMatch(text, /You are welcome/);
  });

  it('a parent starting with background is listened to, and asked to leave names out', async () => {
    const c = testBot().conversation();
    assert.match(allText(await c.say('hi, bit of background first')), /Tell me in your own words.*do not need to give names/s);
    assert.match(allText(await c.say('my daughter is 7, has Down syndrome, in year 2 at a mainstream primary')), /Thank you for telling me about your child/);
  });

  it('"how are you?" gets an honest answer from a computer program', async () => {
    assert.match(await say('how are you today'), /I am a computer program/);
  });

  it('"I think I\'ll ring someone" gets how to reach SENDIASS, not "you are welcome"', async () => {
    const text = await say("ok i think i'll ring someone");
    assert.match(text, /SENDIASS/);
    assert.doesNotMatch(text, /You are welcome/);
  });

  it('tiredness said lightly gets a kind word, not crisis numbers; heavier words still get the offer of a person', async () => {
    const light = await say('lol sorry im so tired, been up all night with him');
    assert.match(light, /That sounds exhausting/);
    assert.doesNotMatch(light, /Samaritans|999/);
    assert.doesNotMatch(await say("i'm so tired and i can't cope with any of this any more"), /That sounds exhausting/);
  });

  it('"ok so nothing changes for now?" is a question, not thanks', async () => {
    assert.doesNotMatch(await say('ok so nothing changes for now?'), /You are welcome/);
  });

  it('"who can I talk to about this properly" is a request for a person; "nobody ever helps" gets the offer of one', async () => {
    assert.match(await say('who can i talk to about this properly'), /Yes, you can talk to a person/);
    assert.match(await say('this is ridiculous, nobody ever helps us'), /SENDIASS adviser/);
  });

  it('"is that right?" with nothing of ours to check is not thanks: it asks what they were told', async () => {
    const text = await say('is that right');
    assert.doesNotMatch(text, /You are welcome/);
    assert.match(text, /Tell me what you were told/);
  });
});

describe('somewhere else, after "Wales has its own system" (set AR)', () => {
  it('"what about my sister in bristol" is told England\'s law applies there; a place in Scotland is told Scotland has its own', async () => {
    const c = testBot().conversation();
    assert.match(allText(await c.say('we live in cardiff does any of this apply')), /Wales has its own system/);
    const bristol = allText(await c.say('what about my sister in bristol'));
    assert.match(bristol, /If they live in England, yes/);
    assert.doesNotMatch(bristol, /I can only help with/);
    assert.match(allText(await c.say('what about my cousin in glasgow')), /Scotland has its own system/);
  });
});

describe('"can you represent me at the tribunal?" (set AR)', () => {
  it('says it cannot, as a program, then who can help (no lawyer needed, free help), with the way to a person', async () => {
    const replies = await testBot().conversation().say('are you a lawyer? can you represent me at the tribunal');
    const text = allText(replies);
    assert.match(text, /^I cannot represent you or come with you: I am a computer program, not a person or a lawyer\./m);
    assert.match(text, /You do not need a lawyer, and there is no fee/);
    assert.doesNotMatch(text, /That is a question about your own case/);
  });

  it('"okay can you write me a letter for that" says which letters it can make, not "You are welcome"; "back to the letter" after cancel says how to start again (tester CA)', async () => {
    const c = testBot().conversation();
    await c.say('who is responsible for helping a child with send');
    const letter = allText(await c.say('okay can you write me a letter for that'));
    assert.match(letter, /I can make two things for you/);
    assert.doesNotMatch(letter, /You are welcome/);
    const d = testBot().conversation();
    await d.start();
    for (const said of ['Ask for an EHC needs assessment', 'I am a parent or carer', 'cancel']) await d.say(said);
    const back = allText(await d.say('ok can we go back to the letter where we were'));
    assert.match(back, /There is no letter under way now/);
    assert.doesNotMatch(back, /cease/i);
  });
});
