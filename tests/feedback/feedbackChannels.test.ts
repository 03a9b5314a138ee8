import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runChat } from '../../src/cli/chatCommand';
import { metaOf } from '../../src/bot/replies';
import { NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { testBot } from '../helpers/bot';
import { tempDir } from '../helpers/fixtures';
import { heroButtons, messages, suggestedButtons, teamsBot } from '../teams/teamsHelpers';

const ANSWERED = 'how long does the council have to decide whether to assess my child?';

describe('"Was this helpful?" in each channel', function () {
  this.timeout(20000);

  it('Teams: the buttons are messageBack card buttons, and pressing "No" asks what they were looking for', async () => {
    const bot = teamsBot();
    const c = bot.chat();
    await c.install();
    const replies = await c.say(ANSWERED);
    const answer = messages(replies).find((r) => metaOf(r)?.kind === 'answer');
    assert.ok(answer);
    const no = heroButtons([answer]).find((b) => b.title === 'No');
    assert.ok(no);
    assert.deepEqual(no, { type: 'messageBack', title: 'No', text: NOT_HELPFUL_TEXT, displayText: NOT_HELPFUL_TEXT, value: { feedbackFor: 1 } });
    // Teams sends a messageBack button's text as the user's message, with its value.
    const asked = await c.press(no);
    assert.match(messages(asked).map((r) => r.text).join('\n'), /What were you looking for\?/);
    assert.ok(suggestedButtons(asked).some((b) => b.title === 'Skip'), 'Skip is offered (a quick reply in a one-to-one chat)');
    await c.say('a list of special schools near me');
    const [record] = await bot.deps.gaps.store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.equal(record.kind, 'not-helpful');
    assert.match(record.lookingFor ?? '', /special schools/);
  });

  it('terminal chat: the buttons are numbered, and typing the number gives the feedback', async () => {
    const created = testBot();
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => { shown += chunk.toString('utf8'); });
    const done = runChat(created.bot, { input, output, filesDir: tempDir() });
    input.write(`${ANSWERED}\n`);
    await until(() => /\[\d+\] No\b/.test(shown));
    const number = /\[(\d+)\] No\b/.exec(shown)![1];
    input.write(`${number}\n`);
    await until(() => shown.includes('What were you looking for?'));
    input.write('1\n'); // "Skip", the first button
    await until(() => shown.includes('That is fine'));
    input.end('/quit\n');
    assert.equal(await done, 0);
    const records = await created.deps.gaps.store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.deepEqual(records.map((r) => [r.kind, r.closestArticleId, r.lookingFor]), [['not-helpful', 'ehc-timescales', undefined]]);
  });

  it('Teams: "No" under an earlier answer counts for that answer, not the latest', async () => {
    const bot = teamsBot();
    const c = bot.chat();
    await c.install();
    const first = messages(await c.say(ANSWERED)).find((r) => metaOf(r)?.kind === 'answer');
    await c.say('what is mediation');
    const no = heroButtons([first!]).find((b) => b.title === 'No');
    await c.press(no!);
    const [record] = await bot.deps.gaps.store.listBetween('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    assert.equal(record.closestArticleId, 'ehc-timescales');
  });
});

async function until(check: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the chat');
    await new Promise((r) => setTimeout(r, 20));
  }
}
