import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** A parent's controls on the page: exit at once, clear the conversation, read the privacy notice. */
describe('browser: exit this page, clear this conversation, the privacy notice', function () {
  this.timeout(90_000);
  let running: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig({ RATE_LIMITS: 'off' }), silentLogger);
    browser = await launchChromium();
  });
  beforeEach(async () => {
    // bypassCSP only so axe-core can be injected; the policy itself is checked elsewhere.
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
    // The neutral site is answered here: the test never leaves this machine.
    await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }));
  });
  afterEach(async () => context?.close());
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const waitForBubble = (page: Page, re: RegExp) => page.waitForFunction(
    (src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src).test((e as HTMLElement).innerText)),
    re.source, { timeout: 20_000 });
  const ask = async (page: Page, text: string) => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  };
  const saved = (page: Page) => page.evaluate(() => sessionStorage.getItem('send-navigator.conversation'));

  it('"Exit this page" leaves for a neutral site at once, and Back does not bring the chat back', async () => {
    const page = await context.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    assert.ok(await saved(page));
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await page.waitForURL(EXIT_URL);
    await page.goBack().catch(() => undefined);
    assert.ok(!page.url().startsWith(running.url), `Back went to ${page.url()}`);
    // The tab forgot the conversation: coming back starts afresh.
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    assert.doesNotMatch(await page.locator('#chat-status').innerText(), /restored/);
  });

  it('pressing Escape 3 times leaves too (2 times does not)', async () => {
    const page = await context.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.ok(page.url().startsWith(running.url));
    // Even while typing in the chat box.
    await page.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(EXIT_URL);
  });

  it('"Clear this conversation" deletes it on the server and starts afresh', async () => {
    const page = await context.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    await ask(page, 'what is the local offer');
    await waitForBubble(page, /Source:/);
    const before = JSON.parse((await saved(page))!) as { conversationId: string; token: string };

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear this conversation' }).click();
    await page.waitForFunction(() => /has been deleted/.test(document.getElementById('chat-status')!.textContent ?? ''), undefined, { timeout: 20_000 });
    await waitForBubble(page, /not a person or a lawyer/);
    assert.equal(await page.locator('.webchat__bubble__content', { hasText: 'Source:' }).count(), 0, 'the old answers are gone from the page');
    const after = JSON.parse((await saved(page))!) as { conversationId: string };
    assert.notEqual(after.conversationId, before.conversationId, 'a new conversation');
    const old = await fetch(`${running.url}/v3/directline/conversations/${before.conversationId}/activities`, { headers: { Authorization: `Bearer ${before.token}` } });
    assert.equal(old.status, 403, 'the old conversation is gone from the server');
  });

  it('saying no to "are you sure" keeps the conversation', async () => {
    const page = await context.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    const before = await saved(page);
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Clear this conversation' }).click();
    await page.waitForTimeout(300);
    assert.equal(await saved(page), before);
  });

  it('the chat page (with its new buttons) and the privacy notice pass axe with no violations', async () => {
    const page = await context.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(page, /not a person or a lawyer/);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: /privacy notice/ }).click();
    await page.waitForURL(`${running.url}/privacy`);
    assert.match(await page.locator('h1').innerText(), /How we use your information/);
    assert.deepEqual(await axeViolations(page), []);
    // The privacy notice has its own exit button.
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await page.waitForURL(EXIT_URL);
  });
});
