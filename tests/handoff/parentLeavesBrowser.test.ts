import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';

/** The parent's page: "Start a new conversation" while waiting for an adviser ends the request. */
describe('browser: a parent waiting for an adviser starts a new conversation', function () {
  this.timeout(60000);
  let running: RunningServer;
  let browser: Browser;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' }), silentLogger);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const waitForText = (page: Page, re: RegExp) => page.waitForFunction(
    (src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src).test((e as HTMLElement).innerText)),
    re.source, { timeout: 20000 });
  const press = async (page: Page, label: string, next: RegExp) => {
    await page.getByRole('button', { name: label, exact: true }).last().click();
    await waitForText(page, next);
  };

  it('leaves the queue ("the parent left"), and the new conversation starts as usual', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.goto(running.url);
    await waitForText(page, /not a person or a lawyer/);
    await press(page, 'Talk to a person', /Is that OK\?/);
    await press(page, 'Yes', /You are number 1 in the queue/);
    const [waiting] = await running.handoffs!.list();
    assert.ok(waiting, 'waiting in the queue');
    const oldConversation = waiting.conversationId;

    // Asked first: saying no keeps the conversation and the place in the queue.
    page.once('dialog', (d) => { assert.match(d.message(), /Start a new conversation\?/); void d.dismiss(); });
    await page.click('#new-chat');
    await page.waitForTimeout(500);
    assert.equal((await running.handoffs!.list()).length, 1, 'still waiting after "Cancel"');
    page.once('dialog', (d) => { void d.accept(); });
    await page.click('#new-chat');
    await page.waitForFunction((old) => {
      const saved = JSON.parse(sessionStorage.getItem('send-navigator.conversation') || 'null');
      return saved && saved.conversationId !== old;
    }, oldConversation, { timeout: 20000 });
    await waitForText(page, /not a person or a lawyer/);
    assert.deepEqual(await running.handoffs!.list(), [], 'nobody is left waiting in the queue');
    const ended = (await running.handoffs!.get(waiting.id))!;
    assert.deepEqual([ended.status, ended.closedOutcome], ['closed', 'parent-left']);
    await page.close();
  });
});
