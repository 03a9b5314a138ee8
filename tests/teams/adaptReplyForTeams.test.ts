import assert from 'node:assert/strict';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { buildReply, fileAttachment } from '../../src/bot/replies';
import { adaptReplyForTeams, downloadLabel } from '../../src/bot/teams/adaptReplyForTeams';
import { TeamsAttachmentsMiddleware } from '../../src/bot/teams/teamsAttachmentsMiddleware';
import { heroButtons, suggestedButtons } from './teamsHelpers';

const LETTER_URL = 'https://send-navigator.example.org/files/abcdefghijklmnopqrstuvwx/ehc-assessment-request-letter.txt';
const CALENDAR_URL = 'https://send-navigator.example.org/files/bcdefghijklmnopqrstuvwxy/ehc-key-dates.ics';

function letterReply(): Partial<Activity> {
  return buildReply(`Here is your letter.\n\nFiles to keep: [ehc-assessment-request-letter.txt](${LETTER_URL})`, { kind: 'flow', flow: 'ehc-request' }, {
    attachments: [fileAttachment('ehc-assessment-request-letter.txt', 'text/plain', LETTER_URL), fileAttachment('ehc-key-dates.ics', 'text/calendar', CALENDAR_URL)],
    choices: [{ label: 'Talk to a person' }],
    buttons: 'card',
  });
}

describe('Teams: replies reshaped for Teams', () => {
  it('turns files into "Download ..." buttons that open the file, and keeps the other buttons', () => {
    const adapted = adaptReplyForTeams(letterReply(), 'personal');
    assert.ok(!(adapted.attachments ?? []).some((a) => a.contentUrl), 'no file attachments left');
    const buttons = heroButtons([adapted]);
    assert.deepEqual(buttons.map((b) => [b.type, b.title]), [
      ['openUrl', 'Download the letter'], ['openUrl', 'Download the calendar'], ['imBack', 'Talk to a person'],
    ]);
    assert.equal(buttons[0].value, LETTER_URL);
  });

  it('keeps every file address in the text, adding the ones that were missing', () => {
    const adapted = adaptReplyForTeams(letterReply(), 'personal');
    assert.ok(adapted.text?.startsWith('Here is your letter.'));
    assert.ok(adapted.text?.includes(LETTER_URL));
    assert.ok(adapted.text?.includes(`[ehc-key-dates.ics](${CALENDAR_URL})`));
  });

  it('says so when a file has no web address to open (never a broken button)', () => {
    const reply = buildReply('Your calendar.', { kind: 'flow' }, { attachments: [fileAttachment('dates.ics', 'text/calendar', 'data:text/calendar;base64,QkVHSU4=')] });
    const adapted = adaptReplyForTeams(reply, 'personal');
    assert.equal(adapted.attachments, undefined);
    assert.match(adapted.text ?? '', /could not make a download link here for: dates\.ics/);
  });

  it('leaves suggested actions in a one-to-one chat, and makes them card buttons in a channel or group chat', () => {
    const reply = buildReply('Pick one.', { kind: 'flow' }, { choices: [{ label: 'Yes' }, { label: 'No' }] });
    assert.deepEqual(suggestedButtons([adaptReplyForTeams(reply, 'personal')]).map((b) => b.title), ['Yes', 'No']);
    for (const shared of ['channel', 'groupChat'] as const) {
      const adapted = adaptReplyForTeams(reply, shared);
      assert.equal(adapted.suggestedActions, undefined);
      assert.deepEqual(heroButtons([adapted]).map((b) => [b.type, b.title]), [['imBack', 'Yes'], ['imBack', 'No']]);
      assert.equal(adapted.text, 'Pick one.');
    }
  });

  it('does not change the reply it was given, or replies with nothing to change', () => {
    const reply = letterReply();
    const before = JSON.stringify(reply);
    adaptReplyForTeams(reply, 'channel');
    assert.equal(JSON.stringify(reply), before);
    const plain = buildReply('Hello.', { kind: 'smalltalk' });
    assert.deepEqual(adaptReplyForTeams(plain, 'personal'), plain);
  });

  it('names download buttons after what the file is', () => {
    assert.equal(downloadLabel('ehc-assessment-request-letter.txt', 'text/plain'), 'Download the letter');
    assert.equal(downloadLabel('ehc-evidence-checklist.txt', 'text/plain'), 'Download the checklist');
    assert.equal(downloadLabel('ehc-key-dates.txt', 'text/plain'), 'Download the key dates');
    assert.equal(downloadLabel('mediation-and-appeal-dates.ics', 'text/calendar'), 'Download the calendar');
    assert.equal(downloadLabel('mediation-preparation-summary.txt', 'text/plain'), 'Download the summary');
    assert.equal(downloadLabel('notes.txt'), 'Download notes.txt');
  });

  it('the middleware changes replies in Teams only', async () => {
    const sent: Partial<Activity>[] = [];
    for (const channelId of ['msteams', 'directline']) {
      const adapter = new TestAdapter(async (context) => { await context.sendActivity(letterReply()); });
      adapter.use(new TeamsAttachmentsMiddleware());
      await adapter.processActivity({ type: ActivityTypes.Message, text: 'hi', channelId, conversation: { id: `c-${channelId}`, conversationType: 'personal', isGroup: false, name: '' } });
      sent.push(...adapter.activeQueue.splice(0));
    }
    const [teams, web] = sent;
    assert.ok(!(teams.attachments ?? []).some((a) => a.contentUrl), 'Teams: download buttons');
    assert.equal((web.attachments ?? []).filter((a) => a.contentUrl).length, 2, 'web chat: the files as they were');
  });
});
