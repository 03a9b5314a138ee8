import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { openChat, type, waitForBubble } from '../accessibility/chatPage';

interface Posted { text?: string; value?: unknown }

/**
 * "Was this helpful?" in Web Chat: pressing "No" under an earlier answer shows the parent's words
 * and tells the bot which answer they are about (so the team sees the right article).
 */
describe('browser: the "Was this helpful?" buttons', function () {
  this.timeout(90000);
  let running: RunningServer;
  let browser: Browser;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig(), silentLogger);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  it('"No" under the first of two answers shows "No, this did not help" and sends that answer\'s number', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const posted: Posted[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && /\/v3\/directline\/conversations\/[^/]+\/activities$/.test(req.url())) posted.push(req.postDataJSON() as Posted);
    });
    try {
      await openChat(page, running.url);
      await type(page, 'how long does the council have to decide whether to assess my child?', /Source:/);
      await type(page, 'what is mediation', /mediation/i);
      await page.waitForFunction(() => document.querySelectorAll('#webchat .ac-pushButton, #webchat button').length > 0);
      // The first answer's card is the first "No" in the history.
      await page.getByRole('button', { name: 'No', exact: true }).first().click();
      await waitForBubble(page, /What were you looking for\?/);
      await waitForBubble(page, new RegExp(NOT_HELPFUL_TEXT));
      const sent = posted.find((p) => p.text === NOT_HELPFUL_TEXT);
      assert.ok(sent, `the button sent no "${NOT_HELPFUL_TEXT}" message: ${JSON.stringify(posted)}`);
      assert.deepEqual(sent.value, { feedbackFor: 1 });
    } finally {
      await page.close();
    }
  });
});
