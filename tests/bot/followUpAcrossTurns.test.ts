import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import {
  asSearched, firstUnshownPart, namesASendTopic, ownTopicOf, repeatsWhatWasShown, restatedQuestion, sectionNamedBy, shownWordsOf, wantsItSaidSimply,
} from '../../src/domain/recognizer/followUp';
import { allText, buttonLabels, testBot } from '../helpers/bot';

type Replies = Awaited<ReturnType<ReturnType<ReturnType<typeof testBot>['conversation']>['say']>>;
/** The replies to the message itself (the first message also gets the short hello). */
const own = (replies: Replies) => replies.filter((r) => metaOf(r)?.kind !== 'welcome');
const kindsOf = (replies: Replies) => own(replies).map((r) => metaOf(r)?.kind);
/** The answer's own words: its text up to the sources (what a parent reads as "the answer"). */
const answerPart = (replies: Replies) => allText(own(replies)).split('\nSource:')[0]!.trim();

/**
 * What a parent sees across several turns of free chat: a follow-up that asks something new is
 * never given the very answer just shown again.
 */
describe('follow-ups across turns: something new, never the same answer again', () => {
  it('a run of review questions gets a new reply each time: the under-5 line alone, then the meeting, then amending', async () => {
    const c = testBot().conversation();
    const first = await c.say('how often is an ehcp reviewed');
    assert.match(allText(first), /\*\*Annual reviews of an EHC plan\*\*/);

    const toddler = await c.say('what about for a toddler');
    assert.deepEqual(kindsOf(toddler), ['answer']);
    assert.match(allText(toddler), /For a child under 5, the council should think about reviewing every 3 months to 6 months/);
    // Only the part that answers it: not the summary the parent has just read.
    assert.doesNotMatch(answerPart(toddler), /at least every 12 months/);

    const meeting = await c.say('and what goes on at the review meeting itself');
    assert.match(allText(meeting), /\*\*The annual review meeting and the council's decision\*\*/);

    const unhappy = await c.say("and if i'm not happy with what they change?");
    assert.match(allText(unhappy), /\*\*Changing \(amending\) an EHC plan after a review\*\*/);
    assert.match(allText(unhappy), /at least 15 days to comment/);

    const replies = [first, toddler, meeting, unhappy].map(answerPart);
    for (let i = 1; i < replies.length; i++) assert.notEqual(replies[i], replies[i - 1], `turn ${i + 1} repeats turn ${i}`);
  });

  it('"and if they say no to us?" after the time limits is about a refusal, not the time limits again', async () => {
    const c = testBot().conversation();
    await c.say('how long does the council have to decide on an assessment');
    const text = allText(await c.say('what happens if they say no then?'));
    assert.match(text, /\*\*If the council refuses to assess\*\*/);
    assert.doesNotMatch(text, /\*\*How long the EHC process takes\*\*/);
  });

  it('a clear new question after the council-is-late answer gets its own article (complaints), not the late one a second time', async () => {
    const c = testBot().conversation();
    await c.say('the council is late with our ehcp');
    const text = allText(await c.say('can i make a complaint about them'));
    assert.match(text, /\*\*How to complain about a school or council, and the Ombudsman\*\*/);
    assert.doesNotMatch(text, /\*\*What to do when the council is late\*\*/);
  });

  it('"will they meet me if I ask?" after the SENCo answer is about meetings with school, not the SENCo again', async () => {
    const c = testBot().conversation();
    await c.say('who is the senco');
    const text = allText(await c.say('will they meet me if i ask them to'));
    assert.match(text, /\*\*Preparing for a meeting with school\*\*/);
    assert.doesNotMatch(text, /\*\*The SENCo\*\*/);
  });

  it('"how much notice do I get?" straight after the review meeting answer is not that whole answer again', async () => {
    const c = testBot().conversation();
    const before = answerPart(await c.say('what happens at the annual review meeting'));
    const replies = await c.say('how much notice do i get');
    assert.notEqual(answerPart(replies), before);
    assert.match(allText(replies), /2 weeks notice/);
  });

  it('when the answer just shown is all there is, it says so plainly, in short, and offers a person (not the long answer again)', async () => {
    const c = testBot().conversation();
    await c.say('the council wants to stop my son\'s ehcp');
    const replies = await c.say('can the council really just do that?');
    assert.deepEqual(kindsOf(replies), ['info']);
    const text = allText(replies);
    assert.match(text, /^I do not have more on that than my answer above about "When the council wants to end \(cease\) an EHC plan"\. In short: /);
    assert.match(text, /It must consult you first/);
    assert.doesNotMatch(text, /Source:|Was this helpful\?/);
    assert.ok(buttonLabels(replies).includes('Talk to a person'), buttonLabels(replies).join(' | '));
  });

  it('"how much time do I have?" after a refusal to assess gets the appeal deadline, not the refusal answer again', async () => {
    const c = testBot().conversation();
    await c.say("my daughter's council refused an assessment");
    const text = allText(await c.say('how much time do i have'));
    assert.match(text, /within 2 months after the decision letter was sent, or 1 month from your mediation certificate/);
    assert.doesNotMatch(text, /\*\*If the council refuses to assess\*\*/);
  });

  it('the same question typed twice is answered the same way twice (only a different question avoids the repeat)', async () => {
    const c = testBot().conversation();
    const once = answerPart(await c.say('what is the local offer'));
    assert.equal(answerPart(await c.say('what is the local offer')), once);
  });
});

describe('follow-ups across turns: "say that more simply"', () => {
  it('"could you put that in plain words" and "what\'s that mean in everyday english" explain the last answer\'s words, not "which word?"', async () => {
    const c = testBot().conversation();
    await c.say('what is mediation');
    for (const ask of ['could you put that in plain words', "what's that mean in everyday english"]) {
      const text = allText(await c.say(ask));
      assert.match(text, /Here are the words from that answer, in plain English/, ask);
      assert.match(text, /\*\*Mediation\*\*: A meeting where an independent mediator/, ask);
      assert.doesNotMatch(text, /Which word/, ask);
    }
  });

  it('a meaning with a time limit in it is filled in, never shown as {{...}}', async () => {
    const c = testBot().conversation();
    await c.say('what is an annual review');
    const text = allText(await c.say('can you say that in simpler words'));
    assert.match(text, /at least every 12 months/);
    assert.doesNotMatch(text, /\{\{/);
  });

  it('with no answer before, "can you say that more simply" still asks which part', async () => {
    assert.match(allText(await testBot().conversation().say('can you say that more simply')), /Which word or part would you like me to explain\?/);
  });
});

describe('follow-ups across turns: "that\'s not what I asked"', () => {
  it('says sorry in one line, then answers the question as said again, from the topic before and not the same answer', async () => {
    const c = testBot().conversation();
    const before = answerPart(await c.say('my son is 18 and at college, does he make his own decisions now'));
    const replies = await c.say("no that's not what I meant, I meant whether I can appeal on his behalf");
    assert.deepEqual(kindsOf(replies), ['info', 'answer']);
    assert.equal(own(replies)[0]?.text, 'Sorry, I got that wrong. Here is my answer to what you asked.');
    const text = allText(own(replies).slice(1));
    assert.match(text, /their parent or another representative can make it for them/);
    assert.notEqual(answerPart(own(replies).slice(1)), before);
  });

  it('with nothing answered before, the question as said again is answered as usual', async () => {
    const replies = own(await testBot().conversation().say("that's not what i asked. i asked how long the council has to decide about an assessment"));
    assert.match(allText(replies), /^Sorry, I got that wrong/);
    assert.match(allText(replies), /within 6 weeks/);
  });
});

describe('follow-ups across turns: after the draft plan', () => {
  it('"there\'s no school named in it, is that a mistake?" gets the draft plan\'s own reason, not another article', async () => {
    const c = testBot().conversation();
    await c.say('what happens with the draft plan');
    const text = allText(await c.say("there's no school named in it, has the council made a mistake?"));
    assert.match(text, /\*\*The draft EHC plan\*\*/);
    assert.match(text, /must not name a school or say what type of school/);
  });

  it('"who do I send it to" stays with the draft plan ("send" is not SEND)', async () => {
    const c = testBot().conversation();
    await c.say('what do i do with a draft ehc plan');
    const text = allText(await c.say('who do i send it to'));
    assert.match(text, /\*\*The draft EHC plan\*\*/);
    assert.match(text, /Send your reply before the deadline, and keep a copy/);
    assert.doesNotMatch(text, /What SEN and SEND mean/);
  });
});

describe('follow-up helpers', () => {
  it('reads the question said again after "that\'s not what I asked"', () => {
    assert.equal(restatedQuestion('thats not what I asked, I asked if I can appeal for her'), 'I can appeal for her');
    assert.equal(restatedQuestion("That's not what I meant - my question was whether the school can refuse"), 'the school can refuse');
    assert.equal(restatedQuestion("no, I asked about section I of the plan"), 'section I of the plan');
    assert.equal(restatedQuestion("you've misunderstood me, I wanted to know if mediation is free"), 'mediation is free');
    assert.equal(restatedQuestion("that's not what I asked"), undefined, 'nothing said again');
    assert.equal(restatedQuestion('I asked for an assessment in March, how long do they have'), undefined, 'not a correction');
    assert.equal(restatedQuestion('no'), undefined);
  });

  it('hears "say it more simply" in everyday ways, and not a question about a named word', () => {
    for (const t of ['what does that mean in normal english', "what's that mean in plain english?", 'could you put it in simpler words please', 'in plain english please', 'what does that mean']) {
      assert.equal(wantsItSaidSimply(t), true, t);
    }
    for (const t of ['what does ehcp mean', 'what is the local offer in plain english', 'what words should i use']) assert.equal(wantsItSaidSimply(t), false, t);
  });

  it('"send" as a verb is not SEND', () => {
    assert.equal(namesASendTopic('who do i send that to'), false);
    assert.equal(namesASendTopic('what is SEND'), true);
    assert.equal(asSearched('can I send it by email'), 'can I write it by email');
    assert.equal(asSearched("what if I don't agree with the changes"), 'what if I disagree with the changes');
  });

  it('a part already on screen is not shown again; a short section comes whole when its answering paragraph was shown', () => {
    const sections = [
      { heading: 'Who decides', paragraphs: ['After 16 the rights belong to the young person, who can appeal.', 'Parents can still help, and can act for them if they lack capacity.'] },
      { heading: 'Why no school is named yet', paragraphs: ['The draft must not name a school, so you can ask for the one you want.'] },
    ];
    const shown = shownWordsOf('After 16 the rights belong to the young person, who can appeal.');
    assert.deepEqual(firstUnshownPart(sections, [sections[0]!.paragraphs[0]!], shown), sections[0]!.paragraphs);
    assert.deepEqual(firstUnshownPart(sections, [sections[0]!.paragraphs[0]!], shownWordsOf(sections[0]!.paragraphs.join('\n\n'))), undefined);
    assert.equal(repeatsWhatWasShown(sections[0]!.paragraphs.join('\n\n'), shown), false);
    assert.deepEqual(sectionNamedBy(sections, 'there is no school named in it, is that a mistake?', undefined), [sections[1]!.paragraphs[0]]);
  });

  it('a question\'s own topic wins over the last one when it belongs with it, or is found more surely', () => {
    const hit = (id: string, score: number, coverage: number, related = false) => ({ id, score, coverage, related });
    // "can they change the plan after" (the review meeting): amending, just behind reforms, goes with the meeting.
    assert.equal(ownTopicOf([hit('reforms', 20, 1), hit('amending', 18, 1, true)], 'meeting', 35), 'amending');
    // "and if they say no?" (the time limits): refusal, found more surely than the time limits with the topic.
    assert.equal(ownTopicOf([hit('refusal', 40, 1)], 'timescales', 32), 'refusal');
    // "does it cost anything?" (mediation): a weak match of two words says nothing of its own.
    assert.equal(ownTopicOf([hit('naming', 7, 0.5), hit('mediation-day', 5, 0.5, true)], 'mediation', 25), undefined);
  });
});
