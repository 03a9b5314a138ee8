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
