import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { ownQuestionBesideRisk } from '../../src/domain/recognizer/safeguardingAudience';
import { allText, buttonLabels, testBot } from '../helpers/bot';

/**
 * What a parent sees in the turns after the emergency help (found by a fresh tester, set AR): a
 * partner throwing a child "onto the bed pretty hard" is taken seriously; what they say next
 * ("its fine honestly hes not hurt", "he says it most mornings") stays with the help, never "I can
 * only help with SEND"; the question they asked beside it is answered when they ask for it ("so how
 * do i ask"); and "no, I just mean the council" is heard as a misreading, kindly.
 */
describe('after the emergency help', () => {
  const kinds = (replies: Awaited<ReturnType<ReturnType<ReturnType<typeof testBot>['conversation']>['say']>>) => replies.map((r) => metaOf(r)?.kind);

  it('a partner throwing a child onto the bed: the help first; "hes not hurt" stays with it; "so how do i ask" answers the question asked beside it', async () => {
    const c = testBot().conversation();
    const first = await c.say('my partner gets so angry with him when he melts down, last night he threw him onto the bed pretty hard. anyway thats not why im here, how do i ask for an assessment');
    assert.ok(kinds(first).includes('safeguarding'));
    assert.match(allText(first), /NSPCC/);
    assert.match(allText(first), /I can still help with your other question/);

    const minimised = allText(await c.say('its fine honestly hes not hurt'));
    assert.doesNotMatch(minimised, /I can only help with special educational needs/);
    assert.match(minimised, /NSPCC can talk it through with you on 0808 800 5000/);

    const asked = await c.say('so how do i ask');
    assert.match(allText(asked), /\*\*How to ask for an EHC needs assessment\*\*/);
    assert.doesNotMatch(allText(asked), /I can only help with special educational needs/);
  });

  it('a child who says he wants to die "most mornings": the follow-up stays with the help, with the way to a person', async () => {
    const c = testBot().conversation();
    assert.ok(kinds(await c.say('my son is 12 and hes started saying he wants to die when he has to go to school. i think its just the anxiety talking')).includes('safeguarding'));
    const more = await c.say('he says it most mornings');
    assert.doesNotMatch(allText(more), /I can only help with special educational needs/);
    assert.match(allText(more), /GP or NHS 111/);
    assert.ok(buttonLabels(more).includes('Talk to a person'));
  });

  it('"no i just mean the council" is heard as a misreading, with Samaritans still named; the rest of a longer message is answered', async () => {
    const c = testBot().conversation();
    await c.say('i cant do this anymore. nobody listens and i dont see the point in anything');
    const meant = allText(await c.say('no i just mean the council'));
    assert.match(meant, /Thank you for explaining, and sorry if I got that wrong\. .*Samaritans/);
    assert.doesNotMatch(meant, /Here is my answer to what you asked/);

    const d = testBot().conversation();
    await d.say('i cant do this anymore. nobody listens and i dont see the point in anything');
    const rest = allText(await d.say('no i meant the council keeps ignoring my emails about his ehcp'));
    assert.match(rest, /sorry if I got that wrong/);
    assert.match(rest, /\*\*How to complain about a school or council, and the Ombudsman\*\*/);
  });

  it('"are you going to report me to social services?" gets an honest answer about what the bot does (set AV)', async () => {
    const c = testBot().conversation();
    await c.say("I'm so tired I feel like I could hurt him some days");
    const text = allText(await c.say("are you going to report me to social services? please don't"));
    assert.match(text, /^No\. I am a computer program: I do not report anyone/m);
    assert.match(text, /Nothing goes to an adviser unless you say yes/);
  });

  it('a question after other words straight after the help is looked up on its own; a young person gets Childline, not "worried about a child" (set AV)', async () => {
    const c = testBot().conversation();
    await c.say('my 14 year old has run away and we cant find him');
    assert.match(allText(await c.say('whatever. I just need something to do. what does the local offer include for teenagers?')), /\*\*The Local Offer: SEND services in your area\*\*/);
    const d = testBot().conversation();
    await d.say('hiya im 16 and doing my ehcp review at college');
    await d.say('honestly i dont think ill be around for it. ive been saving up my tablets');
    const next = allText(await d.say('im not going to do anything tonight. i just dont want to talk to anyone'));
    assert.match(next, /Childline \(0800 1111\)/);
    assert.doesNotMatch(next, /worried about a child/);
  });

  it('"what do i do" straight after the help is what to do now, not the menu (set AX)', async () => {
    const c = testBot().conversation();
    await c.say('my son keeps saying he wants to kill himself');
    const text = allText(await c.say('what do i do'));
    assert.match(text, /^Here is what you can do now\. If anyone is in danger now, call 999/m);
    assert.match(text, /GP or NHS 111/);
  });

  it('"ok thanks. can we carry on with the letter?" after the help in a flow is the Carry on button, typed: the question again (tester BB)', async () => {
    const c = testBot().conversation();
    await c.start();
    for (const said of ['Ask for an EHC needs assessment', 'I am a parent or carer', 'Sam']) await c.say(said);
    await c.say('honestly i cant do this anymore, i keep thinking about taking all my pills tonight');
    const text = allText(await c.say('ok thanks. can we carry on with the letter?'));
    assert.match(text, /How old is your child/);
    assert.doesNotMatch(text, /end \(cease\)/);
  });

  it('"who do I report the respite centre to?" later in a conversation where harm was told: who to tell, not an EHC plan article (tester BB)', async () => {
    const c = testBot().conversation();
    await c.say('my daughter told me a man at her respite centre touches her in the shower');
    await c.say('how long does the council have to decide on an assessment?');
    const text = allText(await c.say('thanks. who do I report the respite centre to?'));
    assert.match(text, /^Here is who to tell:/m);
    assert.match(text, /LADO/);
    assert.doesNotMatch(text, /sections G and H/);
    assert.match(allText(await c.say('should i tell the school?')), /^Here is who to tell:/m);
    // Without any risk told, "how do I report" is left to the knowledge base.
    assert.doesNotMatch(allText(await testBot().conversation().say('how do i report the school to ofsted')), /^Here is who to tell:/m);
  });

  it('"hes ok now hes asleep" straight after the help is glad and says where help is, not "You are welcome" (tester AZ)', async () => {
    const c = testBot().conversation();
    await c.say('my 13 yr old said last night he wants to kill himself because of school bullying, i dont know what to do');
    for (const said of ['hes ok now hes asleep']) {
      const text = allText(await c.say(said));
      assert.match(text, /^I am glad things are calmer now\. If it happens again, or you are worried at any time, call NHS 111/m, said);
      assert.doesNotMatch(text, /You are welcome/, said);
    }
    // Real thanks is still thanks.
    const d = testBot().conversation();
    await d.say('my daughter keeps saying she wants to die');
    assert.doesNotMatch(allText(await d.say('thank you')), /glad things are calmer/);
  });

  it('keeps the question asked beside a risk, not the risk, and nothing when only the risk is asked about', () => {
    assert.equal(ownQuestionBesideRisk('last night he threw him onto the bed pretty hard. anyway thats not why im here, how do i ask for an assessment'), 'how do i ask for an assessment');
    assert.equal(ownQuestionBesideRisk('my dad hits me, what should i do'), undefined);
  });
});
