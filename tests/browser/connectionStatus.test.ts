import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { tempDir, testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations } from '../accessibility/a11yKit';
import { openChat, SEND_BOX, waitForBubble } from '../accessibility/chatPage';

/**
 * The status line under the chat says how the connection really is: when the server goes away it
 * says the connection is lost and that it is trying again, and once the server is back and the
 * page has reconnected by itself, "Connected" again. A message that could not go meanwhile is
 * pointed out (Web Chat offers "Retry" under it).
 */
describe('browser: the status line shows the real connection', function () {
  this.timeout(120_000);
  const dataDir = tempDir();
  let running: RunningServer | undefined;
  let browser: Browser;
  let page: Page;

  before(async function () {
    requireChromium(this);
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected.
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const status = () => page.locator('#chat-status').innerText();
  const waitForStatus = async (re: RegExp, timeout: number) => {
    try {
      await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('chat-status')!.textContent ?? ''), re.source, { timeout });
    } catch (err) {
      throw new Error(`The status line never matched ${re}; it says "${await status()}"`, { cause: err });
    }
  };

  it('"Connection lost. Trying to reconnect…" when the server goes, "Connected" when it is back', async () => {
    running = await startServer(testConfig({ DATA_DIR: dataDir, RATE_LIMITS: 'off' }), silentLogger);
    const port = String((running.server.address() as AddressInfo).port);
    await openChat(page, running.url);
    await waitForStatus(/^Connected\. Type your question below\.$/, 10_000);

    await running.close();
    running = undefined;
    await waitForStatus(/^Connection lost\. Trying to reconnect…/, 10_000);
    assert.ok(await page.locator('#chat-status.status--problem').count(), 'the problem stands out (dark red, bold)');
    await assertNoAxeViolations(page, 'connection lost');
    // The parent writes while it is down: Web Chat cannot send it.
    const box = page.locator(SEND_BOX);
    await box.fill('what is mediation');
    await box.press('Enter');
    await page.waitForTimeout(1000);
    assert.match(await status(), /^Connection lost/, 'still lost while the server is away');

    running = await startServer(testConfig({ DATA_DIR: dataDir, PORT: port, RATE_LIMITS: 'off' }), silentLogger);
    // Direct Line tries again after 3 to 15 seconds, then every 20.
    await waitForStatus(/^Connected again\./, 60_000);
    assert.match(await status(), /did not go: press Retry under it/, `the unsent message is pointed out: "${await status()}"`);
    assert.equal(await page.locator('#chat-status.status--problem').count(), 0);

    // And the chat carries on.
    await box.fill('what is an annual review');
    await box.press('Enter');
    await waitForBubble(page, /Source:/, 20_000); // an answer (the welcome has no source)
  });
});
