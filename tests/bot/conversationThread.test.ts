import assert from 'node:assert/strict';
import { allText, testBot } from '../helpers/bot';
import { asksForOptions, asksIfAllowed, carriesOn, factsIn, fitsTheFacts } from '../../src/domain/conversation/threadFacts';

/** What a parent sees across turns when a message leans on the conversation so far (fresh tester AG). */
describe('the conversation so far informs the next message', () => {
  it('reads facts given in passing, as labels only', () => {
    assert.deepEqual(factsIn('we are relocating to Kent after Easter'), ['moving']);
    assert.deepEqual(factsIn('my lad has ADHD and an EHCP'), ['has-plan']);
    assert.deepEqual(factsIn('they keep sending him home before lunch'), ['sent-home']);
    assert.deepEqual(factsIn('school keep sending my daughter home at lunchtime because they say they cant cope'), ['sent-home']);
    // Moving up to college or secondary is a change of school, not of home (set AS).
    assert.deepEqual(factsIn('my daughter is in year 11 moving to college in september'), []);
    assert.deepEqual(factsIn('he is moving to secondary next year'), []);
    assert.deepEqual(factsIn('we are moving to Leeds in the summer'), ['moving']);
    assert.ok(!fitsTheFacts('sen-support-graduated-approach', ['has-plan']));
    assert.ok(fitsTheFacts('plan-not-being-delivered', ['has-plan']));
    assert.ok(asksForOptions('ok so what do we do now?') && asksForOptions('what are our options'));
    assert.ok(asksIfAllowed('is that even legal?') && !asksIfAllowed('is that legal to record the meeting'));
    assert.ok(carriesOn('and?') && carriesOn('Why?') && !carriesOn('why does the council decide'));
  });

  it('"year 11 moving to college in september, when must the plan be amended by" gets the phase transfer date, 31 March, not moving council', async () => {
    const text = allText(await testBot().conversation().say('my daughter is in year 11 moving to college in september, when must the plan be amended by'));
    assert.match(text, /\*\*Moving school or college with an EHC plan \(phase transfer\)\*\*/);
    assert.match(text, /31 March/);
  });

  it('a move told at the start gets the moving article, and "what happens to it" stays there', async () => {
    const c = testBot().conversation();
    assert.match(allText(await c.say('we are moving from Derby to Norwich next spring')), /Moving to a new council area/);
    const next = allText(await c.say('my son has an EHCP'));
    assert.match(next, /Moving to a new council area/);
    assert.doesNotMatch(next, /What an EHC plan is/);
    assert.match(allText(await c.say('what happens to it')), /Moving to a new council area/);
  });

  it('help missing from a plan is never answered with SEN support once the parent said there is a plan', async () => {
    const c = testBot().conversation();
    await c.say('my son has an ehcp and school are not doing what it says');
    const next = allText(await c.say('he is supposed to have a TA every afternoon and it never happens'));
    assert.doesNotMatch(next, /graduated approach/);
    assert.match(next, /not giving the help in the plan/);
    const options = allText(await c.say('what should i do'));
    assert.doesNotMatch(options, /Here is what I can do/);
    assert.match(options, /not giving the help in the plan/);
  });

  it('a school transport refusal after a transport question is not sent down the assessment appeal route', async () => {
    const c = testBot().conversation();
    await c.say('does my daughter get free transport to school, she has an ehcp');
    const text = allText(await c.say('they turned us down as it is not the closest school'));
    assert.match(text, /do not cover the rules on school transport/);
    assert.doesNotMatch(text, /refuses to assess|Tribunal/);
  });

  it('being sent home, told at the start, is answered; "is that legal?" gets the rule in one line, then a person', async () => {
    const c = testBot().conversation();
    const first = allText(await c.say('the school keeps ringing me to collect him at lunchtime, it has happened 4 times'));
    assert.match(first, /Exclusions, part-time timetables/);
    assert.doesNotMatch(first, /That sounds hard/);
    const legal = allText(await c.say('is that legal?'));
    assert.match(legal, /^In general: Sending a child home without a formal exclusion is not allowed\./);
    assert.match(legal, /SENDIASS/);
  });

  it('"and?" or "why" after an answer carries on, never out of scope', async () => {
    const c = testBot().conversation();
    await c.say('the council refused to assess my son');
    for (const m of ['and?', 'why']) {
      const text = allText(await c.say(m));
      assert.doesNotMatch(text, /I can only help with special educational needs/, m);
    }
  });

  it('"what are my options" after a refusal lists the parent\'s options, not the bot\'s features', async () => {
    const c = testBot().conversation();
    await c.say('the LA said no to assessing my son');
    const text = allText(await c.say('what are my options?'));
    assert.match(text, /Your options|Ask the council to look again/);
    assert.doesNotMatch(text, /Here is what I can do/);
  });

  it("an article's title (its button) is that article's answer, even pressed again: not a follow-up to the last answer", async () => {
    const c = testBot().conversation();
    const first = allText(await c.say("Keeping records about your child's needs"));
    const again = allText(await c.say("Keeping records about your child's needs"));
    assert.match(first, /Keep a simple file of letters/);
    assert.match(again, /Keep a simple file of letters/);
  });

  it('a follow-up that leads back to the answer just shown, with a related article close behind, gets that article (the review meeting after annual reviews)', async () => {
    const c = testBot().conversation();
    await c.say('our daughter has an annual review of her EHCP coming up in a few weeks');
    const text = allText(await c.say("the school still haven't sent round any of the reports, is that ok?"));
    assert.match(text, /at least 2 weeks before/);
    assert.doesNotMatch(text, /Exclusions/);
  });

  it('"moving from nursery to reception" is a change of school, not a house move; "reduced hours", "ebsa" and "school refusal" are SEND questions (tester BA)', async () => {
    assert.match(allText(await testBot().conversation().say("he's moving from nursery to reception in september and has an ehcp, when should the plan say the new school")), /phase transfer/i);
    assert.match(allText(await testBot().conversation().say('we are moving from kent to surrey, what happens to his plan')), /Moving to a new council area/);
    for (const said of ['reduced hours', 'ebsa', 'school refusal']) {
      assert.match(allText(await testBot().conversation().say(said)), /Exclusions, part-time timetables and attendance/, said);
    }
  });
});
