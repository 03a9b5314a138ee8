import assert from 'node:assert/strict';
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { EHC_REQUEST_DIALOG_ID, EhcRequestDialog } from '../../dialogs/ehcRequestDialog';
import type { FlowBeginOptions } from '../../dialogs/guidedFlowDialog';
import { allText, buttonLabels, fileText, testBot } from '../helpers/bot';

/**
 * What a parent sees in the EHC request flow when they put an earlier answer right mid-flow, say
 * their child is out of school, ask a question inside an answer, or name the council loosely
 * (found by a fresh tester, set AE). Each test asserts the reply, and the letter where it matters.
 */
describe('dialog: request an EHC needs assessment, corrections and loose answers (set AE)', function () {
  this.timeout(20000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));

  const letterOf = (replies: Partial<Activity>[]): string => fileText(replies, /letter\.txt$/);

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

/**
 * Answers a fresh tester typed (set AN): a sending date put right as "it was the 5th not the 3rd",
 * words that are not an answer to the question (the council's refusal at "what does your child
 * find hard?", the reason for asking what a SENCO is, "nothing at the moment, she left college"),
 * stopping to come back, details given in the first message, and a grandparent's letter. Each
 * test asserts what the parent would notice: the dates, the letter's words and the replies.
 */
describe('dialog: request an EHC needs assessment, what a parent types (set AN)', function () {
  this.timeout(30000);
  // Today is Tuesday 24 November 2026.
  const { conversation } = testBot(new Date('2026-11-24T10:00:00Z'));


  async function begin(opening: string, ...answers: string[]) {
    const c = conversation();
    await c.start();
    await c.say(opening);
    for (const answer of answers) await c.say(answer);
    return c;
  }

  const E2 = ['dad', 'skip', 'born 14/03/2015', 'Oakfield Academy', 'hampshire i think', '2 and 5',
    'She cannot do the work without an adult next to her and is very anxious.', 'a pupil passport and small group maths, it helped a little',
    'the school nurse', '2 and 5', 'by post', 'i think it was the 3rd of last month'];

  it('E2: "sorry i got that wrong, it was the 5th not the 3rd" at the delivery question moves the dates to count from 5 October', async () => {
    const c = await begin('I want to ask for an EHC needs assessment', ...E2);
    const fixed = allText(await c.say('sorry i got that wrong, it was the 5th not the 3rd'));
    assert.match(fixed, /I have changed the day you sent it to Monday 5 October 2026/);
    assert.match(fixed, /Do you know the day it was delivered\?/);
    assert.doesNotMatch(fixed, /To change an earlier answer, type "back"/);
    const end = await c.say('no idea, just normal first class');
    const dates = fileText(end, /key-dates\.txt$/);
    assert.match(dates, /Soon after Monday 16 November 2026 \(6 weeks from the day it gets your letter; this date has passed\)/);
    assert.match(dates, /Soon after Monday 25 January 2027/);
    assert.match(dates, /Soon after Monday 22 February 2027/);
    assert.doesNotMatch(dates, /14 November 2026|23 January 2027/);
    // By post, the calendar never calls a day counted from posting the council's last day.
    const ics = fileText(end, /\.ics$/);
    assert.match(ics, /DTSTART;VALUE=DATE:20261116/);
    assert.match(ics, /SUMMARY:Soon after this: council’s last day to say if it will do/);
    assert.doesNotMatch(ics, /SUMMARY:Council’s last day/);
    assert.match(fileText(end, /letter\.txt$/), /^5 October 2026$/m);
  });

  it('E2: "i\'d rather not give her name" is a skip; "sorry the school is just Oakfield Academy, year 6 is her class" puts the school right', async () => {
    const c = await begin('I want to ask for an EHC needs assessment', 'dad');
    assert.match(allText(await c.say("i'd rather not give her name")), /How old is your child/);
    await c.say('born 14/03/2015');
    assert.match(allText(await c.say('she goes to Oakfield Academy, year 6')), /Which council will you send it to\?/);
    const fixed = allText(await c.say('sorry the school is just Oakfield Academy, year 6 is her class'));
    assert.match(fixed, /I have changed the name of the school or setting to Oakfield Academy\./);
    assert.match(fixed, /Which council will you send it to\?/);
  });

  it('E7: "he was assessed back in july and they refused to do a plan, can i even ask again this soon?" is never put in the letter as what he finds hard', async () => {
    const c = await begin('I want to ask for an EHC needs assessment', 'foster carer', 'Tyler', '20/02/2013', 'school', 'Whitchurch High School', 'Reading Borough Council', '1, 2 and 3');
    const reply = allText(await c.say('he was assessed back in july and they refused to do a plan, can i even ask again this soon?'));
    assert.match(reply, /not what your child finds hard, so I have not put it in the letter/);
    assert.match(reply, /what does your child find hard/i);
    assert.doesNotMatch(reply, /I have kept your answer for your letter/);
    // The same without a question: still not their needs.
    assert.match(allText(await c.say('they turned it down in the summer after the assessment')), /I have not put it in the letter/);
    await c.say('He cannot concentrate in lessons and gets into fights at break');
    for (const answer of ['a 1 page profile and a nurture group at lunch, not much difference', 'his social worker and the virtual school', '1,2,7', 'by email']) await c.say(answer);
    const letter = fileText(await c.say('this sunday'), /letter\.txt$/);
    assert.doesNotMatch(letter, /assessed back in july|refused to do a plan|turned it down/i);
    assert.match(letter, /He cannot concentrate in lessons/);
    // A foster carer signs as one, and the letter is not "for my child".
    assert.match(letter, /^Foster carer of Tyler \[surname\]$/m);
    assert.doesNotMatch(letter, /Parent of|for my child/);
  });

  it('E1: "...what\'s a SENCO btw? the school keeps mentioning them" answers the SENCO question and keeps only the professionals', async () => {
    const c = await begin('I want to ask for an EHC needs assessment for my son', '1', 'Alfie', '7', 'school', 'Ridgeway Primary', 'Leeds City Council', '1 and 3',
      'At home he melts down after school and he cannot sit still in class', 'a wobble cushion and time out cards, not much difference');
    const reply = allText(await c.say("speech therapist (NHS), and he's on the CAMHS waiting list. what's a SENCO btw? the school keeps mentioning them"));
    assert.match(reply, /special educational needs co-ordinator/);
    assert.doesNotMatch(reply, /I cannot answer your question well here/);
    for (const answer of ['1, 2', 'by email']) await c.say(answer);
    const letter = fileText(await c.say('today'), /letter\.txt$/);
    assert.match(letter, /CAMHS waiting list\./);
    assert.doesNotMatch(letter, /keeps mentioning them|SENCO btw/i);
  });

  it('E4: "nothing at the moment, she left college in the summer..." is no setting now; "2 and 3" is never a council', async () => {
    const c = await begin('I want to ask for an EHC needs assessment', "I'm her mum, she's 18 but she wants me to do the paperwork", 'Chloe', 'she turned 18 in august');
    const none = allText(await c.say("nothing at the moment, she left college in the summer because they couldnt support her"));
    assert.doesNotMatch(none, /What is the name of the school or setting\?/);
    assert.match(none, /Which council will you send it to\?/);
    assert.match(allText(await c.say('2 and 3')), /could not find the council's name in that/);
    assert.match(allText(await c.say('last tuesday')), /could not find the council's name in that/);
    assert.match(allText(await c.say('Kent County Council')), /The letter will go to the SEN team at Kent County Council/);
  });

  it('E5: "can i finish this later?" is a pause that keeps the answers, "ok im back" is not "back", and the flow carries on where it was', async () => {
    const c = await begin('can you help me write to the council to get my son assessed for an EHCP', 'parent', 'Noah', "he's 5, in reception", 'school', 'Brook Lane Primary', 'Norfolk');
    const pause = allText(await c.say('i have to go and do the school pick up, can i finish this later?'));
    assert.match(pause, /Yes, you can stop here and come back\. I keep your answers so far in this conversation for 24 hours after your last message/);
    assert.match(pause, /Which of these areas does your child need help with\?/);
    assert.doesNotMatch(pause, /part-time timetable|full-time education/);
    assert.match(allText(await c.say('can I stop and come back to this later?')), /you can stop here and come back/);
    const back = allText(await c.say('ok im back'));
    assert.match(back, /Welcome back\. Your answers so far are still here/);
    assert.match(back, /Which of these areas/);
    assert.doesNotMatch(back, /let us go back/);
    assert.match(allText(await c.say('hi im back, can we carry on with my letter for Noah')), /Welcome back/);
    assert.match(allText(await c.say('right, where were we')), /Welcome back/);
    assert.match(allText(await c.say('1 and 4')), /what does your child find hard/i);
  });

  it('E6: details in the first message are taken and said back, not asked again; a nan signs as a grandparent', async () => {
    const c = conversation();
    await c.start();
    const first = allText(await c.say("I want to ask for an EHC needs assessment. Her name is Maisie, she's 3 and goes to Little Acorns nursery, we live in Bristol"));
    assert.match(first, /From your message, I have noted the name Maisie, age 3 and Little Acorns nursery/);
    const next = allText(await c.say("I'm her nan, I look after her full time"));
    assert.match(next, /Which council will you send it to\?/);
    assert.doesNotMatch(next, /first name/);
    for (const answer of ['bristol city council', '1', 'She has no words at 3 and gets very distressed at changes.', 'a key worker for a few hours', 'Health visitor', "I don't know, I've got some letters somewhere", 'by post', '3/11']) await c.say(answer);
    const end = await c.say('not yet');
    const letter = fileText(end, /letter\.txt$/);
    assert.match(letter, /^Name: Maisie \[surname\]$/m);
    assert.match(letter, /^Age: 3$/m);
    assert.match(letter, /^School or setting: Little Acorns nursery$/m);
    assert.match(letter, /for my grandchild, Maisie,/);
    assert.match(letter, /^Grandparent of Maisie \[surname\]$/m);
    assert.doesNotMatch(letter, /Parent of/);
    // Posted on 3 November, not yet delivered: the calendar says the council's last day is after the day shown.
    const ics = fileText(end, /\.ics$/);
    assert.match(ics, /DTSTART;VALUE=DATE:20261215/);
    assert.match(ics, /SUMMARY:Maisie: Soon after this: council’s last day to say if it will /);
  });

  it('E3: "17, my birthday was in june" is an age; two answers in a row that cannot be read get a way forward', async () => {
    const c = await begin('I want to ask for an EHC needs assessment', '2', 'Jade');
    assert.match(allText(await c.say('17, my birthday was in june')), /Where do you learn at the moment\?/);
    const d = await begin('I want to ask for an EHC needs assessment', '1', 'Sam');
    assert.doesNotMatch(allText(await d.say('erm')), /talk to a person/);
    const second = allText(await d.say('the one before last'));
    assert.match(second, /say "not sure" and the letter will leave a space for the age, or say "talk to a person"/);
  });
});

/**
 * A correction typed after the results ("oh and it's spelt Maisy not Maisie"): the flow begun
 * again with the finished answers (the `reopen` option the main dialog passes) puts the answer
 * right and makes the files again (set AN). Driven through the flow dialog itself, as the main
 * dialog would.
 */
describe('dialog: an answer put right after the results (set AN)', function () {
  this.timeout(30000);
  const { deps } = testBot(new Date('2026-11-24T10:00:00Z'));

  /** The EHC request flow alone in a dialog set: each message continues it, or begins it (with `options`, when given). */
  function flowOnly() {
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogs')).add(new EhcRequestDialog(deps));
    let finished: { flow: string; answers: object; history: string[] } | undefined;
    let options: FlowBeginOptions | undefined;
    let replies: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      let result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) result = await dc.beginDialog(EHC_REQUEST_DIALOG_ID, options);
      if (result.status === DialogTurnStatus.complete) finished = result.result as typeof finished;
      await state.saveChanges(context);
    });
    return {
      async say(text: string, begin?: FlowBeginOptions) {
        options = begin;
        adapter.activeQueue.splice(0);
        await adapter.receiveActivity({ type: ActivityTypes.Message, text });
        replies = adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
        return replies;
      },
      get finished() { return finished; },
    };
  }


  async function finishedFlow() {
    const flow = flowOnly();
    for (const answer of ['I want to ask for an EHC needs assessment', '1', 'Maisie', '3', 'nursery', 'Little Acorns', 'Bristol City Council', '1',
      'She has no words at 3 and gets very distressed at changes.', 'none yet', 'none', 'none yet', 'by post', '3/11']) await flow.say(answer);
    await flow.say('not yet');
    assert.ok(flow.finished, 'the flow did not finish');
    return { flow, finished: { id: EHC_REQUEST_DIALOG_ID, answers: flow.finished.answers, history: flow.finished.history } };
  }

  it('E6: "oh and it\'s spelt Maisy not Maisie" changes the name and makes the letter again', async () => {
    const { flow, finished } = await finishedFlow();
    const dialog = new EhcRequestDialog(deps);
    assert.ok(dialog.correctsFinished(finished, "oh and it's spelt Maisy not Maisie"));
    const again = await flow.say("oh and it's spelt Maisy not Maisie", { reopen: finished });
    assert.match(allText(again), /I have changed the name to Maisy\./);
    assert.match(allText(again), /Please use these files, not the earlier ones/);
    const letter = fileText(again, /letter\.txt$/);
    assert.match(letter, /^Name: Maisy \[surname\]$/m);
    assert.doesNotMatch(letter, /Maisie/);
  });

  it('E2: "actually sorry it was the 5th not the 3rd, it was a monday" after the results moves every date', async () => {
    const { flow, finished } = await finishedFlow();
    const again = await flow.say('actually sorry it was the 5th not the 3rd, it was a monday', { reopen: finished });
    assert.match(allText(again), /I have changed the day you sent it to Thursday 5 November 2026/);
    // 5 November + 6 weeks = Thursday 17 December (not Tuesday 15 December, from the 3rd).
    assert.match(fileText(again, /\.ics$/), /DTSTART;VALUE=DATE:20261217/);
    assert.match(fileText(again, /letter\.txt$/), /^5 November 2026$/m);
  });

  it('a question or a new topic after the results is not read as a correction', () => {
    const dialog = new EhcRequestDialog(deps);
    const finished = { id: EHC_REQUEST_DIALOG_ID, answers: { requester: 'parent', childFirstName: 'Maisie', sendDate: '2026-11-03' }, history: ['requester', 'childFirstName', 'sendDate'] };
    for (const text of ['how long does the council have?', 'thanks', 'what is a SENCO?', 'Talk to a person']) assert.ok(!dialog.correctsFinished(finished, text), text);
    assert.ok(dialog.correctsFinished(finished, 'sorry it was the 5th not the 3rd'));
  });
});
