import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { metaOf } from '../../src/bot/replies';
import {
  adaptiveCards, fileAttachments, heroButtons, kindsOf, messages, suggestedButtons, teamsBot, textOf, versionAtMost, BOT, PUBLIC_URL, SERVICE_URL,
} from './teamsHelpers';

/** Every message in Teams says everything in its text; cards only add buttons. */
function assertTeamsFriendly(replies: Partial<Activity>[]): void {
  for (const r of messages(replies)) {
    assert.ok((r.text ?? '').trim().length > 10, `a reply without its full text: ${JSON.stringify(r).slice(0, 200)}`);
    for (const card of adaptiveCards([r])) assert.ok(versionAtMost(card.version, '1.5'), `Adaptive Card ${card.version} is newer than Teams renders`);
    for (const b of [...heroButtons([r]), ...suggestedButtons([r])]) {
      assert.ok(['imBack', 'messageBack', 'openUrl'].includes(b.type), `button "${b.title}" is ${b.type}, which does not work the same in web chat and Teams`);
    }
  }
  assert.deepEqual(fileAttachments(replies), [], 'Teams cannot show file attachments sent by address');
  assert.ok(!replies.some((r) => r.type === 'event'), 'Teams does not deliver event activities');
}

describe('Teams: the bot with Teams-shaped activities', function () {
  this.timeout(20000);
  // One bot (and knowledge base) for the tests that need no special settings; each test has its own users.
  let shared: ReturnType<typeof teamsBot>;
  before(() => { shared = teamsBot(); });

  describe('one-to-one (personal) chat', () => {
    it('welcomes a user once when they install the app, with the main tasks as buttons that work in Teams', async () => {
      const { chat } = shared;
      const c = chat();
      const replies = await c.install();
      assert.equal(messages(replies).length, 1);
      assert.equal(metaOf(replies[0])?.kind, 'welcome');
      assert.match(replies[0].text ?? '', /not a person or a lawyer/);
      assert.match(replies[0].text ?? '', /Privacy/);
      assert.deepEqual(heroButtons(replies).map((b) => b.title), ['Ask for an EHC needs assessment', 'Get ready for mediation or an appeal', 'Talk to a person']);
      assert.ok(heroButtons(replies).every((b) => b.type === 'imBack' && b.value === b.title), 'imBack sends the label, in Teams as in web chat');
      assertTeamsFriendly(replies);
      assert.deepEqual(await c.say('what is an EHC plan').then(kindsOf).then((k) => k.includes('welcome')), false, 'no second welcome');
    });

    it('does not welcome the same user again when they remove and reinstall the app', async () => {
      const { chat } = shared;
      const first = chat();
      await first.install();
      assert.deepEqual(messages(await first.install()), [], 'reinstall in the same chat');
      // Even if the conversation's state has gone (retention), the user has been welcomed.
      const again = chat({ userId: first.user.id });
      assert.deepEqual(messages(await again.install()), []);
      assert.ok(!textOf(await again.say('hello')).includes('I am SEND Navigator, a computer program, not a person'), 'no short welcome either');
      // Someone else is welcomed.
      assert.equal(kindsOf(await chat().install())[0], 'welcome');
    });

    it('answers a knowledge-base question with the @mention taken out, with its source and card buttons', async () => {
      const { chat } = shared;
      const c = chat();
      await c.install();
      const replies = await c.say('how long does the council have to decide whether to assess my child?', { mention: true });
      const answer = messages(replies).find((r) => metaOf(r)?.kind === 'answer');
      assert.ok(answer, `expected an answer, got ${kindsOf(replies).join(', ')}`);
      assert.match(answer.text ?? '', /\b6 weeks\b/);
      assert.match(answer.text ?? '', /Source: /);
      assert.ok(!(answer.text ?? '').includes('<at>'));
      assertTeamsFriendly(replies);
    });

    it('takes a guided-flow answer written after an @mention, with suggested actions Teams shows in a personal chat', async () => {
      const { chat } = shared;
      const c = chat();
      await c.install();
      const start = await c.say('help me get ready for mediation please', { mention: true });
      assert.match(textOf(start), /Which decision do you disagree with/);
      assert.ok(suggestedButtons(start).length > 0, 'the choices are offered as suggested actions');
      assertTeamsFriendly(start);
      const next = await c.say('The council said no to an EHC needs assessment', { mention: true });
      assert.ok(kindsOf(next).every((k) => k === 'flow'), kindsOf(next).join(', '));
      assert.match(textOf(next), /date|when/i, 'moved on to the next question');
      assert.ok(!/Which decision do you disagree with/.test(textOf(next)), 'the answer was understood, not re-asked');
      assertTeamsFriendly(next);
    });

    it('offers the files a guided flow makes as download buttons and links, not file attachments', async () => {
      const { chat, files } = shared;
      const filesBefore = files.files.length;
      const c = chat();
      await c.install();
      await c.say('help me get ready for mediation please');
      await c.say('The council said no to an EHC needs assessment');
      await c.say('2 November 2026');
      await c.say('no');
      await c.say('I want them to assess my son because he is falling behind in reading');
      const choose = await c.say('1, 3');
      assertTeamsFriendly(choose);
      const end = await c.say('a friend or family member');
      assertTeamsFriendly(end);
      assert.equal(files.files.length - filesBefore, 2, 'a summary and a calendar');
      const downloads = heroButtons(end).filter((b) => b.type === 'openUrl');
      assert.deepEqual(downloads.map((b) => b.title).sort(), ['Download the calendar', 'Download the summary']);
      for (const b of downloads) {
        assert.ok(String(b.value).startsWith(`${PUBLIC_URL}/files/`), String(b.value));
        assert.ok(textOf(end).includes(String(b.value)), 'the link is in the text too');
      }
    });

    it('renders the multiple-choice step as an Adaptive Card Teams supports, and accepts its submitted value', async () => {
      const { chat } = shared;
      const c = chat();
      await c.install();
      await c.say('help me get ready for mediation please');
      await c.say('The council said no to an EHC needs assessment');
      await c.say('2 November 2026');
      await c.say('no');
      const tick = await c.say('I want them to assess my son because he is falling behind in reading');
      const cards = adaptiveCards(tick);
      assert.equal(cards.length, 1, 'a checkbox card');
      assert.ok(versionAtMost(cards[0].version, '1.5'));
      assert.match(textOf(tick), /1\. /, 'the choices are in the text too, numbered');
      const choiceSet = cards[0].body.find((b) => (b as { type?: string }).type === 'Input.ChoiceSet') as { id: string; choices: Array<{ value: string }> };
      const after = await c.submit({ [choiceSet.id]: choiceSet.choices[0].value });
      assert.ok(kindsOf(after).every((k) => k === 'flow'));
      assert.ok(!textOf(after).includes(choiceSet.choices[0].value), 'the submitted choice was accepted: the next question, not the same one again');
      assertTeamsFriendly(after);
    });

    for (const mode of ['hub', 'protocol'] as const) {
      it(`a request for a person (HANDOFF_MODE=${mode}) asks consent in the chat, queues it for the adviser hub and sends no event activity`, async () => {
        const { chat, handoffs } = teamsBot({ HANDOFF_MODE: mode, ADVISER_HOURS: 'mon-sun 00:00-23:59' });
        const c = chat();
        await c.install();
        const asked = await c.say('I would like to talk to a person please');
        assert.ok(kindsOf(asked).includes('handoff'), kindsOf(asked).join(', '));
        assert.match(textOf(asked), /adviser|SENDIASS/);
        assert.match(textOf(asked), /\?/, 'asks before passing anything on');
        assertTeamsFriendly(asked);
        const consented = await c.say('yes');
        assertTeamsFriendly(consented);
        // Teams cannot carry the handoff protocol: the built-in queue and the bot's own relay take it.
        const open = await handoffs.findOpenByConversation(c.conversationId);
        assert.ok(open, 'queued for the adviser hub');
        assert.equal(open.channelId, 'msteams');
        const reference = JSON.parse((await handoffs.conversationReference(open.id)) ?? '{}') as { serviceUrl?: string; conversation?: { id?: string; conversationType?: string } };
        assert.equal(reference.serviceUrl, SERVICE_URL, 'the relay can reach the parent in Teams');
        assert.equal(reference.conversation?.id, c.conversationId);
      });
    }
  });

  describe('team channels and group chats', () => {
    for (const kind of ['channel', 'groupChat'] as const) {
      it(`in a ${kind}, says nothing when added and, when @mentioned, points to a private chat without answering`, async () => {
        const { chat } = shared;
        const c = chat({ kind });
        assert.deepEqual(messages(await c.install()), [], 'no parent welcome where everyone can read it');
        const replies = await c.say('my son has autism and the council refused to assess him, what can I do?');
        assert.equal(messages(replies).length, 1);
        const reply = replies[0];
        assert.equal(metaOf(reply)?.kind, 'info');
        assert.match(reply.text ?? '', /one-to-one chat/);
        assert.ok(!/mediation|appeal|6 weeks/i.test(reply.text ?? ''), 'no answer in a shared space');
        const link = heroButtons(replies).find((b) => b.type === 'openUrl');
        assert.ok(link, 'a button to open a private chat');
        assert.equal(link.value, `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(BOT.id)}`);
        assert.ok((reply.text ?? '').includes(String(link.value)), 'the link is in the text too');
        assertTeamsFriendly(replies);
      });
    }
  });
});
