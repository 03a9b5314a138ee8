import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { allText, buttonLabels, kinds, testBot } from '../helpers/bot';
import { REAL_KB } from '../helpers/fixtures';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { TASK_AFTER_ARTICLE } from '../../src/bot/taskAfterAnswer';

describe('the bot: welcome and knowledge-base answers', () => {
  const { conversation } = testBot();

  /** A whole "get ready for mediation" flow, to its closing "Would you like me to put you in touch?" (letter dated 2 November 2026). */
  async function finishedMediationFlow() {
    const c = conversation();
    await c.say('help me get ready for mediation please');
    await c.say('The council said no to an EHC needs assessment');
    await c.say('2 November 2026');
    await c.say('no');
    await c.say('I want them to assess my son because he is falling behind in reading');
    await c.say('1, 3');
    assert.match(allText(await c.say('a friend or family member')), /Would you like me to put you in touch\?/);
    return c;
  }

  it('welcomes a parent once, says it is not a person or a lawyer, and offers the main tasks', async () => {
    const c = conversation();
    const replies = await c.start();
    assert.equal(replies.length, 1);
    const text = replies[0].text ?? '';
    assert.match(text, /not a person or a lawyer/);
    assert.match(text, /England/);
    assert.match(text, /Privacy/);
    assert.deepEqual(buttonLabels(replies), ['Ask for an EHC needs assessment', 'Get ready for mediation or an appeal', 'Talk to a person']);
    const again = await c.say('hello');
    assert.ok(!allText(again).includes('Privacy'), 'the full welcome is not repeated');
  });

  it('answers "how long does the council have to decide whether to assess" with 6 weeks and its source', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('how long does the council have to decide whether to assess my child?');
    const answer = replies.find((r) => metaOf(r)?.kind === 'answer');
    assert.ok(answer, `expected an answer, got ${kinds(replies).join(', ')}`);
    assert.match(answer.text ?? '', /\b6 weeks\b/);
    assert.match(answer.text ?? '', /Source: .*reg(ulation)? 5/);
    assert.match(answer.text ?? '', /Last checked: \w+day \d{1,2} \w+ 20\d\d/);
    assert.ok((metaOf(answer)?.sources ?? []).length > 0);
  });

  it('every reply carries its full text, whatever buttons or cards it has', async () => {
    const c = conversation();
    const replies = [...await c.start(), ...await c.say('what is the local offer'), ...await c.say('xyzzy plugh')];
    for (const r of replies) assert.ok((r.text ?? '').trim().length > 20, `reply without text: ${JSON.stringify(r).slice(0, 200)}`);
  });

  it('says so and offers the closest topics or an adviser when nothing matches well', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('flibbertigibbet wombat procedures');
    assert.ok(kinds(replies).includes('clarify') || kinds(replies).includes('out-of-scope'));
    assert.match(allText(replies), /not sure|can only help/);
    assert.ok(buttonLabels(replies).includes('Talk to a person'));
  });

  it('tells a family in Wales, Scotland or Northern Ireland that its answers are England\'s, and gives no English time limits', async () => {
    for (const [question, nation] of [
      ['we live in wales, how long does the council have to decide about an assessment', 'Wales'],
      ['is the tribunal the same in scotland', 'Scotland'],
      ['my son has a statement in Northern Ireland, what happens at the annual review', 'Northern Ireland'],
    ] as const) {
      const c = conversation();
      await c.start();
      const replies = await c.say(question);
      assert.deepEqual(kinds(replies), ['out-of-scope'], question);
      assert.match(allText(replies), new RegExp(`England only\\. ${nation} has its own system`));
      assert.doesNotMatch(allText(replies), /\b\d+ weeks\b|Source:/, 'no English law passed off as theirs');
    }
  });

  it('still answers a question that mentions New South Wales', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('we moved from New South Wales, what is an EHC plan');
    assert.ok(kinds(replies).includes('answer'), kinds(replies).join(', '));
  });

  it('says plainly that it is not a person when asked, and offers a real one', async () => {
    for (const question of ['are you a real person?', 'am I talking to a robot', 'is this AI', 'are you a lawyer?', 'is this a solicitor']) {
      const c = conversation();
      await c.start();
      const replies = await c.say(question);
      assert.match(allText(replies), /^I am not a person: I am SEND Navigator, a computer program\. I am not a lawyer either\./, question);
      assert.ok(buttonLabels(replies).includes('Talk to a person'), question);
    }
  });

  it('defines a SEND term the recognizer does not know as SEND ("what is eotas"), rather than calling it out of scope', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('what is eotas');
    assert.ok(kinds(replies).includes('answer'), kinds(replies).join(', '));
    assert.match(allText(replies), /Education otherwise than at school/);
  });

  it('answers "is this confidential?" with what is really kept, for how long, and how to delete it', async () => {
    for (const question of ['is this confidential?', "can my child's school see this conversation"]) {
      const c = conversation();
      await c.start();
      const replies = await c.say(question);
      const text = allText(replies);
      assert.match(text, /Nothing you type is passed to anyone else, such as your child's school or a SENDIASS adviser, unless you say yes/, question);
      assert.match(text, /deleted 24 hours after your last message/);
      assert.match(text, /choose "Clear this conversation" below the chat/);
      assert.match(text, /privacy notice: http:\/\/localhost:\d+\/privacy/);
      assert.doesNotMatch(text, /only help with/);
    }
  });

  it('in Teams, where there is no "Clear this conversation" button, says how deletion works there', async () => {
    const c = conversation('msteams');
    await c.start();
    const privacy = allText(await c.say('is this private'));
    assert.match(privacy, /Microsoft Teams also keeps your chat history/);
    assert.doesNotMatch(privacy, /Clear this conversation/);
    const erase = allText(await c.say('delete my data'));
    assert.match(erase, /In Teams, I cannot delete the chat for you/);
  });

  it('gives the SENDIASS phone number and opening hours when asked for them, not just the offer of a handoff', async () => {
    const { conversation: talk } = testBot(undefined, { SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_PHONE: '01234 567890', SENDIASS_OPENING_HOURS: 'Monday to Friday, 9am to 5pm' });
    const c = talk();
    await c.start();
    const replies = await c.say('what is the sendiass phone number');
    assert.match(allText(replies), /^Anytown SENDIASS: phone 01234 567890, visit .+ \(Monday to Friday, 9am to 5pm\)\./);
    assert.ok(buttonLabels(replies).includes('Talk to a person'));
  });

  it('says plainly when it has no information on a topic, rather than answering from an article that never mentions it', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('can my child get extra time in his exams');
    assert.deepEqual(kinds(replies), ['clarify']);
    assert.match(allText(replies), /^I do not have information about exams yet, and I do not want to guess\./);
    assert.doesNotMatch(allText(replies), /Exclusions|Source:/);
    assert.deepEqual(buttonLabels(replies), ['Talk to a person']);
  });

  it('gives the whole article to "tell me more" after an answer, with its sources; with no answer yet, says so', async () => {
    const c = conversation();
    await c.start();
    assert.match(allText(await c.say('tell me more')), /not sure what you would like to know more about/);
    const short = allText(await c.say('how long does the council have to decide whether to assess my child?'));
    const more = await c.say('tell me more');
    const text = allText(more);
    assert.deepEqual(kinds(more), ['answer']);
    assert.ok(text.length > short.length, 'more than the short answer');
    assert.match(text, /\*\*The few lawful exceptions\*\*/, 'every section, under its heading');
    assert.match(text, /Source: .*reg(ulation)? 5/);
    // A link whose words are the article's title reads once.
    assert.doesNotMatch(text, /What to do when the council is late \(see "What to do when the council is late"\)/);
  });

  it('offers the guided task as the next step after an answer that leads into it, and the button starts it', async () => {
    const c = conversation();
    await c.start();
    const answer = await c.say('how long do i have to appeal to tribunal');
    assert.match(allText(answer), /I can work out your own dates and help you get ready: choose "Get ready for mediation or an appeal"\./);
    assert.equal(buttonLabels(answer).filter((l) => l === 'Get ready for mediation or an appeal').length, 1);
    assert.match(allText(await c.say('Get ready for mediation or an appeal')), /Which decision do you disagree with/);
    // An answer with no task behind it offers none.
    assert.doesNotMatch(allText(await c.say('what is the local offer')), /choose "(Ask for an EHC needs assessment|Get ready for mediation or an appeal)"/);
  });

  it('takes "yes please" or "ok lets do the get ready thing" straight after that offer as taking it up; a bare "yes" is still "it helped"', async () => {
    for (const taken of ['yes please', 'ok lets do the get ready thing', 'ok lets do that', 'go on then', 'yes please help me with the letter']) {
      const c = conversation();
      await c.say('Can I appeal the refusal to assess?');
      const replies = await c.say(taken);
      // The flow starts, with the decision the question named already noted (not asked again).
      assert.match(allText(replies), /I can help you get ready for mediation or an appeal/, taken);
      assert.match(allText(replies), /I have noted the decision: "The council said no to an EHC needs assessment"/, taken);
      assert.match(allText(replies), /What date is on the decision letter\?/, taken);
      assert.doesNotMatch(allText(replies), /You are welcome|I can only help with/, taken);
    }
    const c = conversation();
    await c.say('Can I appeal the refusal to assess?');
    assert.match(allText(await c.say('yes')), /glad it helped/);
    // With no offer just made, "yes please" starts nothing.
    const d = conversation();
    await d.say('what is the local offer');
    const notTaken = allText(await d.say('yes please'));
    assert.doesNotMatch(notTaken, /Which decision|Who is asking|I can only help with/);
    assert.match(notTaken, /not sure what that answers/);
  });

  it('the decision named before the flow starts is not asked again, by the button under the answer or in the message itself; "back" reaches it (set AN)', async () => {
    const c = conversation();
    await c.say('the council refused to assess my son, can I appeal?');
    const started = allText(await c.say('Get ready for mediation or an appeal'));
    assert.match(started, /I have noted the decision: "The council said no to an EHC needs assessment"/);
    assert.doesNotMatch(started, /Which decision do you disagree with/);
    assert.match(allText(await c.say('back')), /Which decision do you disagree with/);
    const d = conversation();
    assert.match(allText(await d.say('they want to cease his plan, help me get ready for mediation')), /I have noted the decision: "The council wants to end \(cease\) the plan"/);
    // Nothing said about the decision: asked as before.
    const e = conversation();
    await e.say('how long do i have to appeal to tribunal');
    assert.match(allText(await e.say('Get ready for mediation or an appeal')), /Which decision do you disagree with/);
  });

  it('a plain "no" or "yes" to "Would you like me to put you in touch?" at the end of a guided flow is understood (set AL)', async () => {
    const no = allText(await (await finishedMediationFlow()).say('no'));
    assert.doesNotMatch(no, /not sure what that answers/);
    assert.match(no, /That is fine/);
    assert.match(allText(await (await finishedMediationFlow()).say('yes')), /Is that OK\?/);
  });

  it('"can i take them to tribunal for being late?" after the answer on delays: lateness alone is not something to appeal, and what to do instead', async () => {
    const c = conversation();
    await c.say('its been 27 weeks since I asked the council for an assessment. still no draft plan, emails ignored');
    const text = allText(await c.say('can i take them to tribunal for being late?'));
    assert.match(text, /Not for lateness alone/);
    assert.match(text, /Ombudsman/);
    assert.match(text, /Children and Families Act 2014, section 51\(2\)/);
  });

  it('a grandmother with a special guardianship order asking if she counts as a parent hears honestly that it is not covered, with an adviser, never "out of scope" (set AL)', async () => {
    const first = conversation();
    const opening = allText(await first.say('I have been bringing up my grandson since he was 3, I have a special guardianship order. Am I allowed to ask for one of these EHC assessments or does it have to be his mum?'));
    assert.match(opening, /I do not have information about children in care, kinship carers and who counts as a parent yet/);
    const c = conversation();
    await c.say('who can ask for an ehc needs assessment');
    const text = allText(await c.say("Yes but am I classed as his parent? I'm his nan, his mum isn't involved at all"));
    assert.doesNotMatch(text, /I can only help with special educational needs/);
    assert.match(text, /who counts as a parent/);
    assert.match(text, /Talk to a person/);
    // Asked again: the second time unanswered, a person is offered straight away.
    const again = allText(await c.say('I have parental responsibility through the special guardianship order. Does that count?'));
    assert.match(again, /A SENDIASS adviser, a real person.*Is that OK\?/s);
  });

  it('a correction typed after a guided flow\'s results puts the answer right and makes the files again (set AN)', async () => {
    for (const fix of ['sorry it was the 5th not the 2nd', 'sorry the letter was dated the 5th not the 2nd']) {
      const text = allText(await (await finishedMediationFlow()).say(fix));
      assert.match(text, /I have changed the date on the decision letter to Thursday 5 November 2026/, fix);
      assert.match(text, /Tuesday 5 January 2027/, fix);
      assert.doesNotMatch(text, /I can only help with/, fix);
      // One confirmation, then the results: no promise of questions that never come (set AQ).
      assert.doesNotMatch(text, /I will ask a few more questions/, fix);
    }
  });

  it('"im furious, they\'ve cut his 1:1 hours and his plan says 25 hours": the kind word and the duty to deliver the plan, not the distress reply or the rights at 25', async () => {
    const text = allText(await conversation().say("im furious, they've cut his 1:1 hours and his plan says 25 hours"));
    assert.match(text, /I can hear how frustrating this is/);
    assert.match(text, /When the school or council is not giving the help in the plan/);
    assert.doesNotMatch(text, /Samaritans|Young people over 16/);
  });

  it('"ok can you help me ask for one then" after the answer that no diagnosis is needed starts the request (set AQ)', async () => {
    const c = conversation();
    await c.say('does my son need a diagnosis to get help');
    assert.match(allText(await c.say('ok can you help me ask for one then')), /Who is asking for the assessment\?/);
  });

  it('"how long does the council have to reply" is the council\'s 6 weeks, not the parent\'s 15 days on a draft plan (set AP)', async () => {
    const council = allText(await conversation().say('how long does the council have to reply'));
    assert.match(council, /decide whether to assess within 6 weeks/);
    assert.doesNotMatch(council, /\*\*The draft EHC plan\*\*/);
    assert.match(allText(await conversation().say('how long do i have to reply to the draft plan')), /at least 15 days/);
  });

  it('a council ending a 16-year-old\'s plan "because hes going to college" is ceasing, not moving up a stage; "can i do it myself?" is a parent\'s own request, not a personal budget (set AP)', async () => {
    const c = conversation();
    await c.say('my son is 16 and just left year 11. does his ehcp stop now?');
    assert.match(allText(await c.say('he wants to go to college but the council say he doesnt need a plan at college. can they do that')), /When the council wants to end \(cease\) an EHC plan/);
    const again = allText(await c.say('no i mean they want to end his plan because hes going to college'));
    assert.match(again, /When the council wants to end \(cease\) an EHC plan/);
    assert.doesNotMatch(again, /phase transfer/i);
    for (const schoolWont of ['school wont do an ehcp for my son what can i do', 'the school refuse to apply for an ehcp, what now']) {
      assert.match(allText(await conversation().say(schoolWont)), /Who can ask for an EHC needs assessment/, schoolWont);
    }
    const own = allText(await conversation().say('the school say they wont apply for one. can i do it myself?'));
    assert.match(own, /Who can ask for an EHC needs assessment/);
    assert.doesNotMatch(own, /Personal budgets/);
  });

  it('"mediation didnt work what next" and "mediation failed, can we still appeal" find the certificate and the appeal, not mediation itself (set AQ)', async () => {
    for (const asked of ['mediation didnt work what next', 'mediation failed, can we still appeal']) {
      assert.match(allText(await conversation().say(asked)), /Before you appeal: the mediation adviser and certificate/, asked);
    }
    assert.match(allText(await conversation().say('what happens on the day of mediation')), /What happens at a mediation meeting/);
  });

  it('names only articles that exist as leading into a task', () => {
    const ids = new Set(loadKnowledgeBase(REAL_KB).articles.map((a) => a.id));
    for (const id of Object.keys(TASK_AFTER_ARTICLE)) assert.ok(ids.has(id), id);
  });

  it('answers a question asked in distress with a kind word first and the way to a person, and a calm one without', async () => {
    const c = conversation();
    await c.start();
    const upset = await c.say('im in tears the council refused to assess my son, what can I do');
    assert.deepEqual(kinds(upset), ['answer']);
    assert.match(allText(upset), /^I am sorry this is so hard\. Here is what I can tell you\./);
    assert.match(allText(upset), /\*\*If the council refuses to assess\*\*/);
    assert.equal(buttonLabels(upset).filter((l) => l !== 'Yes' && l !== 'No')[0], 'Talk to a person');
    const calm = await c.say('how long does the council have to decide whether to assess my child?');
    assert.doesNotMatch(allText(calm), /sorry this is so hard/);
  });

  describe('an angry or worried parent: a kind word, the answer, and a person as a button, not crisis lines (set AL)', () => {
    const ANGRY_LEAD = 'I can hear how frustrating this is. Here is what I can tell you. You can also talk to a person at any time: choose "Talk to a person".';
    const UPSET_LEAD = 'I am sorry this is so hard. Here is what I can tell you. You can also talk to a person at any time: choose "Talk to a person".';
    const cases: ReadonlyArray<{ upset: string; lead: string; calm: string }> = [
      { upset: "I am absolutely furious. The council have refused to assess my daughter for an EHCP AGAIN. Second time. She's 9 and hasn't been in school properly since September",
        lead: ANGRY_LEAD, calm: "The council have refused to assess my daughter for an EHCP AGAIN. Second time. She's 9 and hasn't been in school properly since September" },
      { upset: "hi sorry im really worried and i dont really know where to start. my son is 6 and they think he might be autistic but we are on a waiting list for 2 years. i'm scared he'll fall behind and nobody will help him until then",
        lead: UPSET_LEAD, calm: "my son is 6 and they think he might be autistic but we are on a waiting list for 2 years. he'll fall behind and nobody will help him until then" },
      { upset: 'im at my wits end with the council, they wont answer emails about my sons ehcp', lead: ANGRY_LEAD, calm: 'the council wont answer emails about my sons ehcp' },
      { upset: 'im so angry. school have excluded him again for the third time this term', lead: ANGRY_LEAD, calm: 'school have excluded him again for the third time this term' },
      { upset: "I'm really worried, the school says they can't meet his needs and want him to go part time", lead: UPSET_LEAD, calm: "the school says they can't meet his needs and want him to go part time" },
      { upset: 'I am so upset. They have refused to issue a plan after the assessment', lead: UPSET_LEAD, calm: 'They have refused to issue a plan after the assessment' },
      { upset: 'im so stressed, the annual review was 3 months ago and we still havent had the amended plan', lead: UPSET_LEAD, calm: 'the annual review was 3 months ago and we still havent had the amended plan' },
    ];
    for (const { upset, lead, calm } of cases) {
      it(`"${upset}"`, async () => {
        const c = conversation();
        await c.start();
        const replies = await c.say(upset);
        assert.deepEqual(kinds(replies), ['answer']);
        assert.doesNotMatch(allText(replies), /Samaritans|116 123|999|Is that OK\?/);
        assert.equal(buttonLabels(replies).filter((l) => l !== 'Yes' && l !== 'No')[0], 'Talk to a person');
        // The answer the same question gets calmly, after the kind word.
        const fresh = conversation();
        await fresh.start();
        assert.equal(allText(replies), `${lead}\n\n${allText(await fresh.say(calm))}`);
      });
    }

    it('"im at breaking point, i cant do this, what do i do about the council" with no sure answer gets the kind words and a person, not "not sure"', async () => {
      const c = conversation();
      await c.start();
      const text = allText(await c.say('im at breaking point, i cant do this, what do i do about the council'));
      assert.match(text, /I am sorry things are so hard right now/);
      assert.doesNotMatch(text, /I am not sure I have a good answer/);
    });

    it('"im so fed up, how do i complain" gets the feeling heard and the complaint steps, not only the offer of a person (set AX)', async () => {
      const c = conversation();
      await c.start();
      const text = allText(await c.say('im so fed up, how do i complain'));
      assert.match(text, /I can hear how frustrating this is/);
      assert.match(text, /\*\*How to complain about a school or council, and the Ombudsman\*\*/);
    });

    it('feelings with nothing else asked still get the kind words and the offer of a person', async () => {
      const c = conversation();
      await c.start();
      const replies = await c.say('im at my wits end with the council');
      assert.match(allText(replies), /sorry things are so hard.*Is that OK\?/s);
      assert.deepEqual(kinds(replies), ['handoff', 'handoff']);
    });
  });

  it('answers their own case put against a rule ("is she right?", "does that mean the council has to?") with the general rule and an adviser; a prediction gets the adviser', async () => {
    for (const [q, title] of [
      ['the senco told me my son doesnt meet the threshold for ehcp, is she right', /\*\*Who can ask for an EHC needs assessment, and the legal test\*\*/],
      ['the ep report says my son needs a specialist setting, does that mean the council has to give it', /\*\*Advice gathered in an EHC needs assessment\*\*/],
    ] as const) {
      const c = conversation();
      await c.start();
      const replies = await c.say(q);
      assert.deepEqual(kinds(replies), ['answer'], q);
      assert.match(allText(replies), /^Here is what the law and guidance say in general\. How it applies to your child depends on the details\./, q);
      assert.match(allText(replies), title, q);
    }
    const c = conversation();
    await c.start();
    const replies = await c.say('tell me honestly, would a tribunal give my daughter a place at the special school we want');
    assert.match(allText(replies), /question about your own case/);
    assert.ok(kinds(replies).includes('handoff'));
  });

  it('answers "is that legal?" about a SEND rule with the general rule, and an adviser for their own case', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('my son\'s school does not have a SENCo, is that legal?');
    assert.deepEqual(kinds(replies), ['answer']);
    assert.match(allText(replies), /^Here is what the law and guidance say in general\. How it applies to your child depends on the details\./);
    assert.match(allText(replies), /\*\*The SENCo\*\*/);
    assert.equal(buttonLabels(replies).filter((l) => l !== 'Yes' && l !== 'No')[0], 'Talk to a person');
    // "How" and "what evidence" questions are general ones: an answer, not a handoff.
    for (const q of ['what evidence should we send in with our assessment request', 'how should i keep a record of phone calls with school']) {
      assert.deepEqual(kinds(await c.say(q)), ['answer'], q);
    }
  });

  it('tells a young person asking for themselves that "your child" means them', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say("I'm 18 and at college, can I get an EHCP?");
    assert.deepEqual(kinds(replies), ['answer']);
    assert.match(allText(replies), /^You are asking for yourself, so where this says "your child", it means you\./);
    assert.match(allText(replies), /\*\*Young people over 16/);
    assert.equal(buttonLabels(replies).filter((l) => l !== 'Yes' && l !== 'No')[0], 'Talk to a person');
  });

  it('does not offer a professional asking for their work the parent\'s letter', async () => {
    const c = conversation();
    await c.start();
    const asParent = await c.say('how do I ask for an EHC needs assessment');
    assert.match(allText(asParent), /choose "Ask for an EHC needs assessment"/);
    const asTeacher = await c.say("I'm a class teacher, how do I ask for an EHC needs assessment for a pupil");
    assert.deepEqual(kinds(asTeacher), ['answer']);
    assert.doesNotMatch(allText(asTeacher), /choose "Ask for an EHC needs assessment"/);
  });

  it('meets "this is useless" with an apology and the offer of a person, not "I can only help with SEND"', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('this is useless');
    assert.ok(kinds(replies).every((k) => k === 'handoff'), kinds(replies).join(', '));
    assert.match(allText(replies), /^I am sorry I have not been able to help\. A SENDIASS adviser/);
    assert.match(allText(replies), /Is that OK\?/);
  });

  it('says how up to date its information is, with the dates the knowledge base was checked', async () => {
    for (const question of ['is this information up to date?', 'when was this last updated', 'how accurate is this']) {
      const c = conversation();
      await c.start();
      const replies = await c.say(question);
      const text = allText(replies);
      assert.match(text, /the date it was last checked/, question);
      assert.match(text, /last checked (on|between) \w+day \d{1,2} \w+ 20\d\d/, question);
      assert.ok(buttonLabels(replies).includes('Talk to a person'), question);
    }
  });

  it('names who runs the service, when it is configured, to "who runs this?"', async () => {
    const { conversation: talk } = testBot(undefined, { OPERATOR_NAME: 'Anytown SENDIASS' });
    const c = talk();
    await c.start();
    const runs = allText(await c.say('who runs this service?'));
    assert.match(runs, /^SEND Navigator is run for your area by Anytown SENDIASS\./);
    assert.match(runs, /The privacy notice says who looks after what you type here\. It also says how to reach them: http\S+\/privacy/);
    assert.match(allText(await c.say('which organisation runs send navigator')), /^SEND Navigator is run for your area by Anytown SENDIASS\./);
    assert.match(allText(await c.say('who are you?')), /^I am not a person: I am SEND Navigator, a computer program run for your area by Anytown SENDIASS\./);
  });

  it('answers "who made you" as a computer program, and "explain it more simply" by asking which part', async () => {
    const c = conversation();
    await c.start();
    assert.match(allText(await c.say('who made you')), /^SEND Navigator is a computer program, not a person\. The privacy notice says who looks after what you type here/);
    const simpler = await c.say('can you explain it more simply');
    assert.match(allText(simpler), /Which word or part would you like me to explain\?/);
  });

  it('meets a yes or no with nothing asked with "not sure what that answers", not "I can only help with SEND"', async () => {
    const c = conversation();
    await c.start();
    const replies = await c.say('yes');
    assert.deepEqual(kinds(replies), ['clarify']);
    assert.match(allText(replies), /not sure what that answers/);
    assert.doesNotMatch(allText(replies), /only help with/);
    assert.ok(buttonLabels(replies).includes('Ask for an EHC needs assessment'));
  });
});
