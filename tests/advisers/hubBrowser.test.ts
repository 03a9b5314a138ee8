import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { TranscriptEntry } from '../../src/domain/handoff/handoffQueue';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue, newHandoff } from './helpers/memoryHandoffQueue';
import { addStaff } from './helpers/staffClient';

const PASSWORD = 'a long enough pass phrase';

/** An adviser in a real browser: signs in with the keyboard, works the queue, chats, stays accessible. */
describe('browser: an adviser uses the hub', function () {
  this.timeout(60000);
  let running: RunningServer;
  let queue: MemoryHandoffQueue;
  let browser: Browser;
  let page: Page;
  let appealId: string;
  let transportId: string;

  before(async function () {
    requireChromium(this);
    const config = testConfig({ LOCAL_DIRECT_LINE: 'off' });
    queue = new MemoryHandoffQueue();
    running = await startServer(config, silentLogger, { handoffQueue: queue });
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD }]);
    const at = new Date().toISOString();
    appealId = (await queue.create(newHandoff('Appealing a refusal to assess', { reason: 'distress', transcript: [
      { from: 'parent', text: 'I need help: Appealing a refusal to assess', at },
      { from: 'bot', text: '**If the council refuses to assess**\n\nSource: [Children and Families Act 2014, s36(5)](https://www.legislation.gov.uk/ukpga/2014/6/section/36).', at },
    ] }))).id;
    transportId = (await queue.create(newHandoff('School transport <img src=x onerror=alert(1)>'))).id;
    browser = await launchChromium();
    // bypassCSP only so the test can inject axe-core; the strict policy is checked in the last test.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const queueTopics = () => page.$$eval('#queue-list .item-topic', (els) => els.map((e) => e.textContent));

  it('sends a signed-out adviser to sign in, and signs in with the keyboard alone', async () => {
    await page.goto(`${running.url}/advisers`);
    assert.match(page.url(), /\/advisers\/sign-in\?next=%2Fadvisers$/);
    assert.deepEqual(await axeViolations(page), [], 'the sign-in page is accessible too');
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'email'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('sam@sendiass.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/advisers$/);
    await page.waitForFunction(() => document.querySelectorAll('#queue-list li').length === 2);
    assert.match(await page.locator('header').innerText(), /Signed in as Sam/);
  });

  it('shows the queue, most urgent first, with text never turned into HTML', async () => {
    assert.deepEqual(await queueTopics(), ['Appealing a refusal to assess', 'School transport <img src=x onerror=alert(1)>']);
    assert.equal(await page.locator('#queue-list img').count(), 0);
    await page.waitForFunction(() => /Live updates are on/.test(document.getElementById('live-state')!.textContent!));
    const first = await page.locator('#queue-list li').first().innerText();
    assert.match(first, /Priority 2/);
    assert.match(first, /Waiting less than a minute/);
  });

  it('has no axe-core violations on the queue', async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  it('alerts when a new parent joins (banner and announcement), live', async () => {
    await queue.create(newHandoff('Annual review'));
    await page.waitForFunction(() => document.querySelectorAll('#queue-list li').length === 3);
    assert.equal(await page.locator('#new-parent-banner').isVisible(), true);
    await page.waitForFunction(() => /new parent is waiting/.test(document.getElementById('hub-status')!.textContent!));
    await page.click('#dismiss-banner');
    assert.equal(await page.locator('#new-parent-banner').isVisible(), false);
  });

  it('takes a conversation, reads the summary and chats with the parent live', async () => {
    await page.locator('#queue-list li', { hasText: 'Appealing a refusal' }).getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => !document.getElementById('conversation')!.hidden);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'conversation-heading', 'focus moves to the conversation');
    assert.match(await page.locator('#conversation-state').innerText(), /You are talking with this parent/);
    assert.match(await page.locator('#summary-reason').innerText(), /Asked to talk to a person/);
    assert.match(await page.locator('#transcript').innerText(), /I need help: Appealing a refusal to assess/);
    // The bot's Markdown is shown as plain words: no "**", and a source as its name and address.
    const transcript = await page.locator('#transcript').innerText();
    assert.match(transcript, /If the council refuses to assess/);
    assert.doesNotMatch(transcript, /\*\*/);
    assert.match(transcript, /Children and Families Act 2014, s36\(5\) \(https:\/\/www\.legislation\.gov\.uk\/ukpga\/2014\/6\/section\/36\)/);

    await page.fill('#message-text', 'Hello, I am Sam from SENDIASS.');
    await page.press('#message-text', 'Enter');
    await page.waitForFunction(() => /Hello, I am Sam/.test(document.getElementById('transcript')!.textContent!));
    const sent = queue.calls.filter((c) => c.method === 'appendMessage').map((c) => c.args[1] as TranscriptEntry);
    assert.deepEqual(sent.map((e) => [e.from, e.adviserName, e.text]), [['adviser', 'Sam', 'Hello, I am Sam from SENDIASS.']]);
    // The live echo can arrive before the send's own answer, which is what clears the box.
    await page.waitForFunction(() => (document.getElementById('message-text') as HTMLTextAreaElement).value === '');
    assert.equal(await page.locator('#message-text').inputValue(), '', 'the box is cleared');

    await queue.appendMessage(appealId, { from: 'parent', text: 'Thank you! <script>alert(1)</script>', at: new Date().toISOString() });
    await page.waitForFunction(() => /Thank you! <script>/.test(document.getElementById('transcript')!.textContent!));
    assert.equal(await page.locator('#transcript script').count(), 0);
    assert.equal(await page.locator('#transcript li').filter({ hasText: 'Hello, I am Sam' }).count(), 1, 'the live echo is not shown twice');

    await page.fill('#note-text', 'Wants help with the appeal form.');
    await page.click('#note-form button');
    await page.waitForFunction(() => /Wants help with the appeal form/.test(document.getElementById('notes')!.textContent!));
  });

  it('flags safeguarding raised while the adviser is with the parent', async () => {
    await queue.flagSafeguarding(appealId);
    await page.waitForFunction(() => !document.getElementById('safeguarding-flag')!.hidden);
    await page.waitForFunction(() => /Safeguarding: words about someone at risk/.test(document.getElementById('hub-status')!.textContent!));
    assert.match(await page.locator('#queue-list li.is-open').innerText(), /Safeguarding/);
  });

  it('has no axe-core violations on a taken conversation', async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  it('shows when another adviser takes a conversation', async () => {
    await queue.take(transportId, { id: 'someone-else', firstName: 'Alex' });
    await page.waitForFunction(() => /With Alex/.test(document.getElementById('queue-list')!.textContent!));
  });

  it('hands the parent back to the bot (after asking), and the conversation leaves the queue', async () => {
    // Cancel first: nothing happens.
    page.once('dialog', (d) => { assert.match(d.message(), /Hand this parent back to the bot\?/); void d.dismiss(); });
    await page.click('#return-to-bot');
    await page.waitForTimeout(300);
    assert.deepEqual(queue.calls.filter((c) => c.method === 'close'), []);
    page.once('dialog', (d) => { void d.accept(); });
    await page.click('#return-to-bot');
    await page.waitForFunction(() => document.getElementById('conversation')!.hidden);
    await page.waitForFunction(() => /back with the bot/.test(document.getElementById('hub-status')!.textContent!));
    assert.deepEqual(queue.calls.filter((c) => c.method === 'close').map((c) => c.args), [[appealId, 'returned-to-bot']]);
    await page.waitForFunction(() => !/Appealing a refusal/.test(document.getElementById('queue-list')!.textContent!));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'queue-heading');
  });

  it('remembers the alert settings', async () => {
    await page.click('.settings summary');
    await page.uncheck('#alert-sound');
    await page.reload();
    await page.click('.settings summary');
    assert.equal(await page.isChecked('#alert-sound'), false);
    assert.equal(await page.isChecked('#alert-banner'), true);
  });

  it('works under the real content security policy (no inline script)', async () => {
    const strict = await browser.newContext();
    try {
      const p = await strict.newPage();
      const violations: string[] = [];
      p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
      await p.goto(`${running.url}/advisers/sign-in`);
      await p.fill('#email', 'sam@sendiass.example');
      await p.fill('#password', PASSWORD);
      await p.click('button[type="submit"]');
      await p.waitForURL(/\/advisers$/);
      await p.waitForFunction(() => document.querySelectorAll('#queue-list li').length >= 1);
      assert.deepEqual(violations, []);
    } finally {
      await strict.close();
    }
  });
});
