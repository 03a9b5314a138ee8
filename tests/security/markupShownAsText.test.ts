import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';

const MARKUP = '<img src=x onerror=alert(1)><b>bold</b><script>alert(2)</script><a href="javascript:alert(3)">click</a>';

/**
 * Whatever a parent or an adviser types is shown as text, never turned into HTML. The page runs
 * under its real Content-Security-Policy here (no bypass), so this also shows Web Chat works
 * under it.
 */
describe('browser: typed markup is shown as text, never as HTML', function () {
  this.timeout(60_000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig({ RATE_LIMITS: 'off', ADVISER_HOURS: 'mon-sun 00:00-24:00' }), silentLogger);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text()); });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const waitForBubble = (fragment: string) => page.waitForFunction(
    (f) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => (e as HTMLElement).innerText.includes(f)),
    fragment, { timeout: 20_000 });

  /** Elements the markup would have made, anywhere in the chat. */
  const elementsFromMarkup = () => page.evaluate(() => {
    const chat = document.getElementById('webchat')!;
    return {
      images: Array.from(chat.querySelectorAll('img')).filter((i) => /\/x$/.test(i.src)).length,
      bold: Array.from(chat.querySelectorAll('b, strong')).filter((b) => b.textContent === 'bold').length,
      scripts: chat.querySelectorAll('script').length,
      scriptLinks: Array.from(chat.querySelectorAll('a')).filter((a) => a.getAttribute('href')?.startsWith('javascript:')).length,
    };
  });
  const none = { images: 0, bold: 0, scripts: 0, scriptLinks: 0 };

  it('a parent\'s message with markup appears as the characters they typed', async () => {
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble('not a person or a lawyer');
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(MARKUP);
    await box.press('Enter');
    await waitForBubble('<b>bold</b>');
    // Let the bot's reply arrive too (it may quote what was asked).
    await page.waitForTimeout(500);
    assert.deepEqual(await elementsFromMarkup(), none);
    assert.deepEqual(dialogs, [], 'no script ran');
  });

  it('an adviser\'s message with markup appears as text in the parent\'s chat', async () => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill('I want to speak to someone');
    await box.press('Enter');
    await waitForBubble('Is that OK?');
    await box.fill('Yes');
    await box.press('Enter');
    await waitForBubble('in the queue');
    const conversationId = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('send-navigator.conversation') ?? '{}') as { conversationId?: string }).conversationId);
    assert.ok(conversationId);
    const queue = running.handoffs!;
    const record = await queue.findOpenByConversation(conversationId);
    assert.ok(record, 'the handoff is waiting');
    assert.equal((await queue.take(record.id, { id: 'adviser-1', firstName: 'Sam' })).ok, true);
    await queue.appendMessage(record.id, { from: 'adviser', text: `Hello ${MARKUP}`, at: new Date().toISOString(), adviserName: 'Sam' });
    await waitForBubble('Hello <img src=x');
    assert.deepEqual(await elementsFromMarkup(), none);
    assert.deepEqual(dialogs, []);
  });

  it('Web Chat ran under the page\'s Content-Security-Policy with nothing blocked', () => {
    assert.deepEqual(cspViolations, []);
  });
});
