import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';

/** A parent in a real browser: the page, the welcome, a question, a cited answer. */
describe('browser: a parent chats on the web page', function () {
  this.timeout(60000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig(), silentLogger);
    browser = await launchChromium();
    // bypassCSP only so the test can inject axe-core; the page's real policy is checked in the HTTP tests.
    page = await browser.newPage({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const bubbles = () => page.$$eval('.webchat__bubble__content', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
  const waitForBubble = async (re: RegExp) => {
    await page.waitForFunction((src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src).test((e as HTMLElement).innerText)), re.source, { timeout: 20000 });
  };

  it('shows the welcome and answers a question with its source', async () => {
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(/not a person or a lawyer/);
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill('how long does the council have to decide whether to assess my child?');
    await box.press('Enter');
    await waitForBubble(/Source:/);
    const answer = (await bubbles()).find((b) => /Source:/.test(b))!;
    assert.match(answer, /6 weeks/);
    assert.match(answer, /Last checked/);
  });

  it('shows a regulation like "r20(1)(c)" as written, not with a copyright sign', async () => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill('the council refused to assess my son, what can I do');
    await box.press('Enter');
    await waitForBubble(/r20\(1\)/);
    const answer = (await bubbles()).find((b) => /r20\(1\)/.test(b))!;
    assert.match(answer, /r20\(1\)\(c\)/);
    assert.doesNotMatch(answer, /©/);
  });

  it('shows message times as British English in London time ("24 November at 2:32pm"), not American', async () => {
    // Each status reads "Sent at <time>" to screen readers, then shows "<time>".
    const stamps = (await page.$$eval('.webchat__activity-status', (els) => els.map((e) => (e as HTMLElement).innerText.trim())))
      .flatMap((text) => text.split('\n').map((line) => line.replace(/^Sent at /, '').trim()))
      .filter(Boolean);
    assert.ok(stamps.length >= 2, `expected a time under the messages, saw ${JSON.stringify(stamps)}`);
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long' }).format(new Date());
    for (const stamp of stamps) {
      assert.match(stamp, /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) at (1[0-2]|[1-9]):[0-5]\d(am|pm)$/, stamp);
    }
    // Around midnight the first message can be from the day before: the latest is today's.
    assert.ok(stamps[stamps.length - 1].startsWith(`${london} at `), `${stamps[stamps.length - 1]} should be today in London (${london})`);
  });

  it('shows London time on a device set to another time zone', async () => {
    const context = await browser.newContext({ timezoneId: 'Pacific/Auckland', viewport: { width: 1024, height: 900 } });
    try {
      const far = await context.newPage();
      await far.goto(running.url, { waitUntil: 'load' });
      await far.waitForSelector('.webchat__activity-status', { timeout: 20000 });
      const shown = (await far.locator('.webchat__activity-status').first().innerText()).split('\n').pop()!.trim();
      const inLondon = (at: Date) => {
        const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }).formatToParts(at);
        const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
        return `${part('day')} ${part('month')} at ${part('hour')}:${part('minute')}${part('dayPeriod').replace(/\s|\./g, '').toLowerCase()}`;
      };
      const now = Date.now();
      assert.ok([now, now - 60_000].map((t) => inLondon(new Date(t))).includes(shown), `${shown} should be the time in London now (${inLondon(new Date(now))})`);
    } finally {
      await context.close();
    }
  });

  it('has no axe-core violations mid-conversation', async () => {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
  });

  it('keeps the conversation after a reload', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForBubble(/Source:/);
    assert.match(await page.locator('#chat-status').innerText(), /restored/);
  });
});
