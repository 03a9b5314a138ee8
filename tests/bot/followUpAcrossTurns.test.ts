import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import {
  asSearched, asksHowToDoIt, asksIfTold, firstUnshownPart, leavesTheTopic, nameAskedAbout, nameAskedBeside, namesASendTopic, newTopicIn, ownTopicOf, paragraphsAnswering,
  repeatsWhatWasShown, restatedQuestion, sectionNamedBy, shownWordsOf, stillOnTheTopic, wantsItSaidSimply, whoTakesPart,
} from '../../src/domain/recognizer/followUp';
import { allText, buttonLabels, testBot } from '../helpers/bot';
import { asksForOptions, asksIfLate, carriesOn } from '../../src/domain/conversation/threadFacts';

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

  it('"we had it in june and still nothing back" after the annual review answer gets the council\'s 4 weeks to decide after the meeting', async () => {
    const c = testBot().conversation();
    await c.say('when should the annual review happen');
    const text = allText(await c.say('we had it in june and still nothing back from the council'));
    assert.match(text, /\*\*The annual review meeting and the council's decision\*\*/);
    assert.match(text, /decide within 4 weeks of the meeting/);
  });

  it('"how do i ask" after the answer on who can ask for an assessment is how to ask, also when said at the question about an adviser', async () => {
    const c = testBot().conversation();
    await c.say('can i ask for an ehc assessment myself');
    const text = allText(await c.say('how do i ask'));
    assert.match(text, /\*\*How to ask for an EHC needs assessment\*\*/);
    assert.doesNotMatch(text, /I can only help with special educational needs/);

    // ("Ok so..." first is no thanks.)
    const e = testBot().conversation();
    await e.say('im his nan, ive had him since he was 2, his mum isnt around. can i ask for the assessment or does it have to be his mum');
    await e.say('i dont have any official papers for him');
    const okSo = allText(await e.say('ok so how do i ask'));
    assert.match(okSo, /\*\*How to ask for an EHC needs assessment\*\*/);
    assert.doesNotMatch(okSo, /You are welcome/);

    const d = testBot().conversation();
    await d.say('can i ask for an ehc assessment myself');
    await d.say('i want to talk to someone');
    const atConsent = allText(await d.say('how do i ask'));
    assert.match(atConsent, /I have not passed anything on/);
    assert.match(atConsent, /\*\*How to ask for an EHC needs assessment\*\*/);
  });

  it('"can i change it" after an answer about the plan is a question about changing it, not "nothing to go back to" (set AR)', async () => {
    const c = testBot().conversation();
    await c.say('the final plan came through last month and its rubbish, section f just says access to support as needed');
    const text = allText(await c.say('can i change it'));
    assert.doesNotMatch(text, /nothing to go back to/);
    assert.match(text, /\*\*Changing \(amending\) an EHC plan|\*\*Section F/);
  });

  it('"when does the plan need to say the school" after moving up to reception stays with phase transfer (15 February), not the whole process\'s weeks (set AR)', async () => {
    const c = testBot().conversation();
    await c.say('my little girl is 4 and at nursery with an ehcp, she starts reception next september');
    const text = allText(await c.say('when does the plan need to say the school'));
    assert.match(text, /\*\*Moving school or college with an EHC plan \(phase transfer\)\*\*/);
    assert.match(text, /15 February/);
    assert.doesNotMatch(text, /\*\*How long the EHC process takes\*\*/);
  });

  it('"so is that late?" after an answer with its own time limit gets that limit (12 months for a review, 15 days for a draft), not the assessment\'s 20 weeks (set AU)', async () => {
    const c = testBot().conversation();
    await c.say('when should the annual review happen');
    const review = allText(await c.say('so is that late?'));
    assert.match(review, /Whether it is late depends on your dates/);
    assert.match(review, /- 12 months: An EHC plan must be reviewed at least this often/);
    assert.doesNotMatch(review, /3 months|20 weeks/);
    const d = testBot().conversation();
    await d.say('the draft plan came and they gave us 4 days to reply');
    assert.match(allText(await d.say('so is that late?')), /- 15 days: The least time a family has to comment on a draft EHC plan/);
  });

  it('"what do i do then", "ok and then what" lean on the answer just given (set AU)', () => {
    assert.ok(asksForOptions('what do i do then') && asksForOptions('so what can i do then'));
    assert.ok(carriesOn('ok and then what') && carriesOn('then what'));
    assert.ok(asksIfLate('so is that late?') && asksIfLate('theyre late then?') && !asksIfLate('is it too late to ask for an assessment'));
  });

  it('an adviser is not offered twice running: after "is that legal" offers one, "should i ask for an ehc assessment then" gets the general answer, then "whats the deadline" the 6 weeks (set AU)', async () => {
    const c = testBot().conversation();
    await c.say('my daughter is 13 with autism and no ehcp, school have her on 2 hours a day since half term because of anxiety. they say its for her own good');
    assert.match(allText(await c.say('is that legal')), /Is that OK\?/);
    const should = allText(await c.say('should i ask for an ehc assessment then'));
    assert.doesNotMatch(should, /Is that OK\?/);
    assert.match(should, /Here is what the law and guidance say in general/);
    assert.match(should, /EHC needs assessment/);
    assert.match(allText(await c.say('whats the deadline for them')), /within 6 weeks/);
  });

  it('"can i bring the school senco" after the tribunal answer is who may come to the hearing, not what a SENCo is (set AU)', async () => {
    const c = testBot().conversation();
    await c.say('what happens at a tribunal hearing');
    const text = allText(await c.say('can i bring the school senco'));
    assert.match(text, /You can bring a supporter or a representative/);
    assert.doesNotMatch(text, /\*\*The SENCo\*\*/);
  });

  it('"can they refuse?", "can the council say no?" after naming a school or a personal budget are about that, not a refusal to assess (set AX)', async () => {
    const c = testBot().conversation();
    await c.say('can i ask for a special school to be named');
    const school = allText(await c.say('can they refuse'));
    assert.match(school, /\*\*Asking for a school to be named in the EHC plan\*\*/);
    assert.doesNotMatch(school, /\*\*If the council refuses to assess\*\*/);
    const d = testBot().conversation();
    await d.say('can i get a personal budget for his therapy');
    assert.match(allText(await d.say('can the council say no')), /If the council says no, ask it to explain why in writing/);
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

/** Fresh tester AL: follow-ups that named another topic were given the last article again. */
describe('follow-ups across turns: a new topic named in a follow-up is answered, not the last one again (tester AL)', () => {
  const title = (replies: Replies) => /^\*\*([^*]+)\*\*/m.exec(answerPart(replies))?.[1];

  it('a dad at his first annual review: who is there, then the cut TA hours, then "is that even legal", then "forget the review"', async () => {
    const c = testBot().conversation();
    const first = await c.say('Dad here. Got the annual review meeting for my lad next week. Never been to one, wife usually does it. What actually happens');
    assert.equal(title(first), "The annual review meeting and the council's decision");

    // The meeting itself: who is invited, not the notice and time limits again.
    const meeting = await c.say("right but what happens IN the meeting. who's there, do i have to say anything");
    assert.match(allText(meeting), /The head teacher, someone from the council's SEN team, a health professional and someone from social care must be invited/);
    assert.match(allText(meeting), /Your child's views matter/);
    assert.doesNotMatch(answerPart(meeting), /notice/);

    await c.say('Annual reviews of an EHC plan');
    const cut = await c.say('his TA hours got cut last term without anyone asking us. can i bring that up');
    assert.equal(title(cut), 'When the school or council is not giving the help in the plan');

    const legal = await c.say('his plan says 25 hours 1:1 support. school now only giving him 15. is that even legal');
    assert.equal(title(legal), 'When the school or council is not giving the help in the plan');
    assert.match(allText(legal), /A lack of money or staff is not a lawful excuse/);

    const forget = await c.say('forget the review for a sec. the school is not giving him the hours in his EHCP. what do i do');
    assert.equal(title(forget), 'When the school or council is not giving the help in the plan');
    assert.match(allText(forget), /write to the council's SEN team/);
    assert.doesNotMatch(allText(forget), /annual review/i);

    const replies = [first, meeting, cut, legal, forget].map(answerPart);
    for (let i = 1; i < replies.length; i++) assert.notEqual(replies[i], replies[i - 1], `turn ${i + 1} repeats turn ${i}`);
  });

  it('straight after the review meeting answer, "is that even legal" about missing hours and "forget the review" both get the duty to deliver the plan', async () => {
    for (const ask of [
      'his plan says 25 hours 1:1 support. school now only giving him 15. is that even legal',
      'forget the review for a sec. the school is not giving him the hours in his EHCP. what do i do',
      // (Our own wording.)
      'the school is not doing the 1:1 hours his plan says he should get, can they do that',
    ]) {
      const c = testBot().conversation();
      await c.say('what happens at the annual review meeting');
      const text = allText(await c.say(ask));
      assert.match(text, /\*\*When the school or council is not giving the help in the plan\*\*/, ask);
      assert.doesNotMatch(text, /\*\*The annual review meeting/, ask);
    }
  });

  it('"different question", "something else", "forget that": the topic before is dropped and the rest answered on its own', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['tell me about mediation', 'different question: what does a SENCo do?', /\*\*The SENCo\*\*/],
      ['what is the local offer', 'something else - how do i complain about my sons school', /\*\*How to complain about a school or council, and the Ombudsman\*\*/],
      ['what happens at the annual review meeting', 'forget the meeting for now, does she need a diagnosis to get help', /\*\*Do you need a diagnosis for SEN help\?\*\*/],
    ];
    for (const [before, ask, expected] of cases) {
      const c = testBot().conversation();
      await c.say(before);
      assert.match(allText(await c.say(ask)), expected, ask);
    }
    // "Forget it" on its own is still nothing to do; a person asked for, after the change or beside a word, is still offered.
    const c = testBot().conversation();
    await c.say('what is mediation');
    assert.deepEqual(kindsOf(await c.say('forget it')), ['smalltalk']);
    for (const ask of ['forget that. i want to talk to a real person', 'I want to talk to a person. What is a SENCo?']) {
      const d = testBot().conversation();
      await d.say('tell me about mediation');
      assert.ok(kindsOf(await d.say(ask)).includes('handoff'), ask);
    }
  });

  it('spelling as typed, after SEN support: "how do i no if they r doing it" gets that the school must tell and involve her parent', async () => {
    const c = testBot().conversation();
    const what = await c.say('what is sen support then what do they have to do');
    const know = await c.say('how do i no if they r doing it');
    assert.match(allText(know), /The school must tell you when it starts giving your child SEN support/);
    assert.notEqual(answerPart(know), answerPart(what));
    // (Our own wording, straight after the graduated approach.)
    const d = testBot().conversation();
    await d.say('what is sen support');
    assert.match(allText(await d.say('how would i know if the school are actually doing it')), /meet parents at least three times a year/);
  });

  it('a parent who spells as she speaks: SEN support first, then never the same answer twice, and "what the sen register" is explained', async () => {
    const c = testBot().conversation();
    const first = await c.say('my dauter has dyslexa and adhd i think the school is not doing nothing for her she in year 4 what help she shud get');
    assert.equal(title(first), 'SEN support and the graduated approach');
    const turns = [first];
    for (const ask of ['what is sen support then what do they have to do', 'how do i no if they r doing it', 'she not on the sen register i dont think']) {
      const replies = await c.say(ask);
      assert.deepEqual(kindsOf(replies), ['answer'], ask);
      turns.push(replies);
    }
    const register = await c.say('what the sen register');
    assert.match(allText(register), /\*\*SEN support\*\*[^\n]* means: The extra help a school, nursery or college gives a child with SEN/);
    assert.doesNotMatch(allText(register), /I do not have more on that/);
    turns.push(register);
    const parts = turns.map(answerPart);
    for (let i = 1; i < parts.length; i++) assert.notEqual(parts[i], parts[i - 1], `turn ${i + 1} repeats turn ${i}`);
  });

  it('a word the answer just shown does not explain is said so plainly (with a person), not the answer again in short', async () => {
    const c = testBot().conversation();
    await c.say('what is sen support');
    const replies = await c.say('how would i know if the school are actually doing it');
    assert.ok(replies.length);
    const text = allText(await c.say('what the sen register'));
    assert.match(text, /\*\*SEN support\*\* \(you may hear it called "sen register"\) means:/);
    assert.doesNotMatch(text, /In short:/);
  });

  it('a parent with little English: not the plan-holder\'s article, then what an EHC plan is, then how to ask for one', async () => {
    const c = testBot().conversation();
    const first = await c.say('Hello, my English is not so good. My son have Down syndrome, he is 4 years. He start school next September. What I must do now?');
    assert.notEqual(title(first), 'Moving school or college with an EHC plan (phase transfer)');
    assert.match(allText(first), /You can ask for an EHC needs assessment before your child starts school/);

    const what = await c.say("He don't have EHC plan. Only nursery help him. What is EHC plan?");
    assert.equal(title(what), 'What an EHC plan is');
    assert.match(allText(what), /\*\*EHC plan\*\* means: An education, health and care plan/);

    await c.say('what is EHC plan');
    const how = await c.say('He need EHC plan for school? How I ask it?');
    assert.equal(title(how), 'How to ask for an EHC needs assessment');
    assert.ok(buttonLabels(how).includes('Ask for an EHC needs assessment'), buttonLabels(how).join(' | '));
  });

  it('"how do we apply for one" after the time limits is how to ask for an assessment', async () => {
    const c = testBot().conversation();
    await c.say('how long does the council have to decide on an assessment');
    assert.match(allText(await c.say('how do we apply for one')), /\*\*How to ask for an EHC needs assessment\*\*/);
  });

  it('a preschool parent: "will they tell me how she\'s getting on?" and "is she too young" are answered, not a dead end or a definition', async () => {
    const c = testBot().conversation();
    await c.say('my daughter is 3 and at preschool. she doesnt really talk yet and has massive tantrums. no diagnosis, GP said wait and see. preschool want to do something called SEN support, what is that');
    await c.say('ok good. but what actually is SEN support, what will they do with her');
    const told = await c.say('will they tell me what they are doing and how shes getting on?');
    assert.match(allText(told), /The school must tell you when it starts giving your child SEN support/);
    assert.doesNotMatch(allText(told), /I do not have more on that/);
    const young = await c.say('should i be asking for an EHCP now or is she too young');
    assert.equal(title(young), 'SEN support in nurseries and colleges');
    assert.match(allText(young), /You can ask for an EHC needs assessment before your child starts school/);
  });

  it('"I already complained, heard nothing back" after the complaints answer is not the late answer again', async () => {
    const c = testBot().conversation();
    const late = await c.say('its been 27 weeks since I asked the council for an assessment. they did assess him but still no draft plan nothing. emails ignored');
    await c.say('can i take them to tribunal for being late?');
    const complain = await c.say('how do i complain');
    const already = await c.say('i already complained to the council 6 weeks ago, heard nothing back');
    assert.notEqual(answerPart(already), answerPart(late));
    assert.notEqual(answerPart(already), answerPart(complain));
    assert.match(allText(already), /Ombudsman/);
    assert.doesNotMatch(allText(already), /\*\*What to do when the council is late\*\*/);
  });

  it('two questions in one message: "What are working days? And does she have to stay at her old school then?" gets both, not the move again', async () => {
    const c = testBot().conversation();
    const moving = await c.say('we are moving from leeds to manchester next month and my daughter has an ehcp. what happens to it');
    const replies = await c.say('What are working days? And does she have to stay at her old school then?');
    assert.deepEqual(kindsOf(replies), ['info', 'answer']);
    // Nothing in the knowledge base explains the term: said so, never guessed.
    assert.match(own(replies)[0]!.text!, /I do not have an explanation of "working days"/);
    const answer = own(replies).slice(1);
    assert.equal(title(answer), 'Moving to a new council area with an EHC plan');
    assert.match(allText(answer), /The new council must keep it going and make sure the help in section F happens/);
    assert.notEqual(answerPart(answer), answerPart(moving));
    // A word the glossary has is explained in a line, and the other question answered after it.
    const d = testBot().conversation();
    await d.say('what happens with the draft plan');
    const both = own(await d.say('What is section F? And can I ask for changes to it?'));
    assert.match(both[0]!.text!, /^\*\*Section F\*\* means: /);
    assert.match(allText(both.slice(1)), /\*\*The draft EHC plan\*\*/);
  });

  it('"when will the changes happen then" after the reforms is about the reforms (Parliament), not amending a plan', async () => {
    const c = testBot().conversation();
    await c.say('i keep hearing EHCPs are being scrapped. is that true');
    await c.say('what are individual support plans? will he be moved onto one of those');
    const text = allText(await c.say('when will the changes happen then'));
    assert.match(text, /\*\*Proposed SEND reforms: what changes today\*\*/);
    assert.match(text, /only becomes law if Parliament passes it/);
    assert.doesNotMatch(text, /Changing \(amending\) an EHC plan/);
  });

  it('first messages that ask "what can I do": the SENCo, or SEN support, not what SEN means', async () => {
    assert.equal(title(await testBot().conversation().say('school keeps saying hes fine but hes not. what can i do')), 'The SENCo');
    assert.equal(title(await testBot().conversation().say('my dauter has dyslexa and adhd i think the school is not doing nothing for her she in year 4 what help she shud get')), 'SEN support and the graduated approach');
  });

  it('"what if the senco says he\'s fine with his work? he struggles with friends and noise" is answered, not "not sure"', async () => {
    const c = testBot().conversation();
    await c.say('my son is 6 and they think he might be autistic but we are on a waiting list for 2 years. can he get help at school before the diagnosis');
    await c.say('who do i talk to at school about it');
    const replies = await c.say('what if the senco says hes doing fine with his work so he doesnt need anything? hes really struggling with friends and noise');
    assert.deepEqual(kindsOf(replies), ['answer']);
    assert.equal(title(replies), 'What SEN and SEND mean');
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
    // "is that even legal" about missing hours: the words find the last one first; a related one behind, with half of them, is not it.
    assert.equal(ownTopicOf([hit('not-delivered', 10, 0.78), hit('section-f', 7.8, 0.56, true)], 'not-delivered', 10), undefined);
    // "who appeals, me or him? he's 17" after ending a plan: one that goes with it has all the words too.
    assert.equal(ownTopicOf([hit('ceasing', 25, 1), hit('over-16', 22, 1, true)], 'ceasing', 34), 'over-16');
  });

  it('a long message leaves the topic when its own words find another article and not the last one; not when they find the last one close behind', () => {
    const hit = (id: string, score: number, coverage: number, related = false) => ({ id, score, coverage, related });
    // "his plan says 25 hours 1:1 ... is that even legal" after the review meeting.
    assert.equal(leavesTheTopic([hit('not-delivered', 10, 0.78), hit('vs', 11, 0.56)], 9, 'meeting', [hit('meeting', 22, 0.56), hit('not-delivered', 9, 0.67)]), true);
    // Too few words of its own ("who will be at it?").
    assert.equal(leavesTheTopic([hit('not-delivered', 10, 1)], 2, 'meeting', []), false);
    // The last article found by them as well.
    assert.equal(leavesTheTopic([hit('not-delivered', 10, 0.8), hit('meeting', 8, 0.6)], 6, 'meeting', []), false);
    // One that goes with the last one found as surely ("the school hasn't sent the reports" after reviews).
    assert.equal(leavesTheTopic([hit('records', 7, 0.75), hit('review-meeting', 9, 0.5, true)], 5, 'reviews', []), false);
    // Half the words, and no more of them than the last one has with the topic read in.
    assert.equal(leavesTheTopic([hit('not-delivered', 12, 0.45)], 9, 'reviews', [hit('reviews', 21, 0.58), hit('not-delivered', 11, 0.5)]), false);
    // "does she have to stay at her old school?" after moving: the last one close behind.
    assert.equal(stillOnTheTopic([hit('over-16', 5.9, 1), hit('moving', 5.6, 0.67)], 'moving'), true);
    assert.equal(stillOnTheTopic([hit('over-16', 5.9, 1), hit('moving', 2, 0.67)], 'moving'), false);
  });

  it('hears a change of topic at the start, and gives back only what is asked after it', () => {
    assert.equal(newTopicIn('forget the review for a sec. the school is not giving him the hours in his EHCP. what do i do'), 'the school is not giving him the hours in his EHCP. what do i do');
    assert.equal(newTopicIn('Thanks. Different question: what is the local offer?'), 'what is the local offer?');
    assert.equal(newTopicIn('something else - can i get help with transport'), 'can i get help with transport');
    assert.equal(newTopicIn('on a different note, who pays for the 1:1'), 'who pays for the 1:1');
    assert.equal(newTopicIn('never mind that, can the school exclude him'), 'can the school exclude him');
    assert.equal(newTopicIn('leave the plan aside for a minute, how do i complain'), 'how do i complain');
    for (const t of ['forget it', 'forget it, thanks', 'I forgot to say, he has an EHCP', 'another question about the review, who comes', 'what about something else']) {
      assert.equal(newTopicIn(t), undefined, t);
    }
  });

  it('reads a name asked about in a sentence of its own, and the other questions beside it', () => {
    assert.equal(nameAskedAbout('what the sen register'), 'sen register');
    assert.equal(nameAskedAbout('What are working days?'), 'working days');
    assert.equal(nameAskedAbout('whats a senco'), 'senco');
    for (const t of ['what happens next', 'what age can she start', 'what does that mean', 'what are my options', 'what is the deadline for an appeal', 'what is it', 'what time']) {
      assert.equal(nameAskedAbout(t), undefined, t);
    }
    assert.deepEqual(nameAskedBeside('What are working days? And does she have to stay at her old school then?'),
      { sentence: 'What are working days?', name: 'working days', otherQuestions: 'And does she have to stay at her old school then?' });
    assert.equal(nameAskedBeside("He don't have EHC plan. Only nursery help him. What is EHC plan?")?.otherQuestions, '');
    assert.equal(nameAskedBeside('what is a senco'), undefined, 'one sentence: asked as usual');
  });

  it('hears a question about being told ("how do i no if they r doing it"), and finds the part that says the parent is told', () => {
    for (const t of ['how do i no if they r doing it', 'will they tell me what they are doing and how shes getting on?', 'how would we know if the school is doing it', 'will the nursery keep us updated']) {
      assert.equal(asksIfTold(t), true, t);
    }
    for (const t of ['how do i ask for an assessment', 'what do they have to do', 'will they pay for it']) assert.equal(asksIfTold(t), false, t);
    const sections = [
      { heading: 'Assess, plan, do, review', paragraphs: ['The school does the help and checks it.'] },
      { heading: 'How you should be involved', paragraphs: ['The school must tell you when it starts. It should meet parents three times a year.'] },
    ];
    assert.deepEqual(paragraphsAnswering(sections, 'how do i know if they are doing it')[0], sections[1]!.paragraphs[0]);
  });

  it('"who\'s there?" finds the section on who takes part, here or in an article that goes with it, when not shown', () => {
    const articles = [
      { id: 'meeting', sections: [{ heading: 'Before the meeting', paragraphs: ['You get 2 weeks notice of the meeting.'] }] },
      { id: 'reviews', sections: [{ heading: 'Who takes part', paragraphs: ['The head teacher and the council are invited.'] }] },
    ];
    assert.deepEqual(whoTakesPart(articles, "right but what happens IN the meeting. who's there", undefined), { id: 'reviews', part: ['The head teacher and the council are invited.'] });
    assert.equal(whoTakesPart(articles, 'who will be at it?', shownWordsOf('The head teacher and the council are invited.')), undefined);
    assert.equal(whoTakesPart(articles, 'who decides', undefined), undefined);
  });

  it('"how I ask it?" is searched as a request; "if I ask them to" is not', () => {
    assert.equal(asSearched('He need EHC plan for school? How I ask it?'), 'He need EHC plan for school? How I request it?');
    assert.equal(asSearched('how do we apply for one'), 'how do we request it');
    assert.equal(asSearched('will they meet me if i ask them to'), 'will they meet me if i ask them to');
    // "How do I ask?" with nothing after it asks for the thing just read about; "how do I ask the school to..." does not.
    assert.equal(asSearched('how do i ask?'), 'how do i request it?');
    assert.equal(asSearched('how do i ask the school for a meeting'), 'how do i ask the school for a meeting');
    assert.ok(asksHowToDoIt('ok so how do we apply?'));
    assert.ok(asksHowToDoIt('How do I ask'));
    assert.ok(!asksHowToDoIt('how do i ask the senco for a meeting'));
    // The article's own title names no one section of it: "EHC plan" after "What an EHC plan is".
    const sections = [{ heading: 'What an EHC plan is', paragraphs: ['It is a legal document.'] }, { heading: 'Who gets one', paragraphs: ['Children who need it.'] }];
    assert.equal(sectionNamedBy(sections, 'He need EHC plan for school?', undefined, 'What an EHC plan is'), undefined);
  });

  it('"whats the difference between that and sen support" after phase transfers gets SEN support or a plan, not phase transfers again (tester AZ)', async () => {
    const c = testBot().conversation();
    await c.say('my grandson is moving from nursery to reception next september, when does the plan need to name the school');
    const text = allText(await c.say('whats the difference between that and sen support'));
    assert.match(text, /\*\*SEN support or an EHC plan\?\*\*/);
    assert.doesNotMatch(text, /\*\*Moving school or college with an EHC plan/);
  });

  it('a 19-year-old: going to reviews without mum, what mum can still do, and not wanting the plan any more (tester AZ: "I cannot help with that")', async () => {
    const c = testBot().conversation();
    const first = allText(await c.say('im 19 and i have an ehcp, my mum keeps going to my reviews and talking for me. can i go on my own and say what i want'));
    assert.match(first, /\*\*Young people over 16: decisions, rights and how long a plan lasts\*\*/);
    const mum = allText(await c.say('can my mum still ask for changes without me'));
    assert.doesNotMatch(mum, /I can only help with special educational needs/);
    assert.match(mum, /\*\*Young people over 16/);
    assert.match(allText(await c.say('what if i dont want my ehcp anymore')), /\*\*When the council wants to end \(cease\) an EHC plan\*\*/);
  });
});
