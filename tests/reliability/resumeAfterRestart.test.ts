import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { tempDir, testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';

/** A parent's open page and the server restarting under it: nothing is lost, on reload or without one. */
describe('browser: the page carries on after a server restart', function () {
  this.timeout(90_000);
  const dataDir = tempDir();
  let running: RunningServer | undefined;
  let browser: Browser;
  let page: Page;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const waitForBubble = (re: RegExp) => page.waitForFunction(
    (src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src).test((e as HTMLElement).innerText)),
    re.source, { timeout: 30_000 });
  const ask = async (text: string) => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  };

  it('the same conversation, from the same step, after the server restarts', async () => {
    running = await startServer(testConfig({ DATA_DIR: dataDir, RATE_LIMITS: 'off' }), silentLogger);
    const port = String((running.server.address() as AddressInfo).port);
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForBubble(/not a person or a lawyer/);
    await ask('I want to ask the council to assess my son for an EHCP');
    await waitForBubble(/Who is asking for the assessment/);

    await running.close();
    running = await startServer(testConfig({ DATA_DIR: dataDir, PORT: port, RATE_LIMITS: 'off' }), silentLogger);

    // The open page reconnects by itself and the guided flow goes on from where it was.
    await ask('I am a parent or carer');
    await waitForBubble(/first name/);

    // A reload restores the whole conversation from the server.
    await page.reload({ waitUntil: 'load' });
    await waitForBubble(/Who is asking for the assessment/);
    await waitForBubble(/first name/);
    assert.match(await page.locator('#chat-status').innerText(), /restored/);
  });
});
