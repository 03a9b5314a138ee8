import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { NOT_HELPFUL_TEXT } from '../../src/bot/feedbackMessages';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { ParentChat } from '../admin/adminClient';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { addStaffForTest, TEST_PASSWORD } from '../kbEditing/staffForTest';

/**
 * A forum admin reads the gaps report in a real browser, with JavaScript off (the page needs
 * none): signs in, sees what parents could not find, changes the days. axe-core checks it.
 */
describe('browser: the gaps report', function () {
  this.timeout(90000);
  let running: RunningServer;
  let browser: Browser;

  before(async function () {
    requireChromium(this);
    const config = testConfig();
    running = await startServer(config, silentLogger);
    await addStaffForTest(config, { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor'] });
    // Something to show: a question with no good match, and an answer that did not help.
    const first = await ParentChat.start(running.url);
    await first.ask('Can my son get a free leisure pass for the swimming pool at weekends?');
    await first.ask('is there help with transport to swimming at weekends');
    const second = await ParentChat.start(running.url);
    await second.ask('how long does the council have to decide whether to assess my child?');
    await second.ask(NOT_HELPFUL_TEXT);
    await second.ask('what to do if they are late');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  async function noViolations(page: Page, what: string) {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
  }

  async function signedIn(javaScriptEnabled: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
    // bypassCSP only so axe-core can be injected; the real policy is checked in the HTTP tests.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${running.url}/admin/gaps`);
    assert.match(page.url(), /\/advisers\/sign-in\?next=%2Fadmin%2Fgaps$/);
    await page.getByLabel('Email address').fill('edie@forum.example');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${running.url}/admin/gaps`);
    return { page, close: () => context.close() };
  }

  it('works without JavaScript: signs in, shows the groups, opens a group, says what is wrong with the days', async () => {
    const { page, close } = await signedIn(false);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'What parents could not find');
    assert.ok(await page.getByRole('table', { name: 'Groups of similar questions, biggest first' }).isVisible());
    assert.ok(await page.getByRole('table', { name: 'Questions by the article that came closest, most first' }).isVisible());
    assert.ok(await page.getByRole('rowheader', { name: /swimming pool/ }).first().isVisible());
    assert.ok(await page.getByRole('link', { name: 'Every record' }).isVisible());

    await page.locator('details.gap-details summary').first().click();
    assert.ok(await page.getByText('First ').first().isVisible(), 'the folded details open');

    await page.getByLabel('From').fill('2026-11-30');
    await page.getByLabel('To').fill('2026-11-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2026-11-30/);
    assert.match(await page.title(), /^Error: /);
    assert.ok(await page.getByRole('link', { name: 'The first day must be on or before the last day' }).isVisible());
    await close();
  });

  it('has no accessibility problems (axe): the report, a group opened, an error, a narrow screen', async () => {
    const { page, close } = await signedIn(true);
    await noViolations(page, 'the report');
    await page.locator('details.gap-details summary').first().click();
    await noViolations(page, 'the report with a group opened');
    await page.goto(`${running.url}/admin/gaps?from=2026-11-30&to=2026-11-01`);
    await noViolations(page, 'the report with an error');
    await page.setViewportSize({ width: 380, height: 800 });
    await page.goto(`${running.url}/admin/gaps`);
    await noViolations(page, 'the report on a narrow screen');
    await close();
  });
});
