import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { addStaffForTest, TEST_PASSWORD } from '../kbEditing/staffForTest';
import { ParentChat } from '../admin/adminClient';
import { assertNoAxeViolations, checkAtNarrowWidth, faintTextBoxes, tabThroughPage } from './a11yKit';

/**
 * The knowledge-base pages staff use (the article list, an article, the editor with and without
 * a mistake, the publishing log, the gaps report): axe-core finds nothing, each reflows at 320
 * px, and Tab reaches every control with a visible focus.
 */
describe('accessibility: the knowledge-base admin pages', function () {
  this.timeout(120000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;
  let articlePath = '';

  before(async function () {
    requireChromium(this);
    const config = testConfig();
    running = await startServer(config, silentLogger);
    await addStaffForTest(config, { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor', 'reviewer'] });
    // Something for the gaps report to show: a question the bot could not answer.
    const chat = await ParentChat.start(running.url);
    await chat.ask('Can my son get a free bus pass for the swimming pool at weekends?');
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected; the real policy is checked in the admin's HTTP tests.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${running.url}/admin`);
    await page.getByLabel('Email address').fill('edie@forum.example');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${running.url}/admin`);
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  async function check(state: string, shot: string): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertNoAxeViolations(page, `${state} (1280 px)`);
    assert.deepEqual(await faintTextBoxes(page), [], `${state}: text boxes have edges people can see (3:1)`);
    const stops = await tabThroughPage(page, { max: 400 });
    assert.ok(stops.length > 3, `${state}: Tab reaches the controls`);
    await checkAtNarrowWidth(page, state, shot, { width: 1280, height: 900 });
  }

  it('the article list', async () => {
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Knowledge base articles');
    articlePath = (await page.locator('main table tbody a').first().getAttribute('href'))!;
    assert.match(articlePath, /^\/admin\/articles\//);
    await check('the article list', 'admin-list-320');
  });

  it('an article', async () => {
    await page.goto(`${running.url}${articlePath}`);
    await check('an article', 'admin-article-320');
  });

  it('the article editor', async () => {
    await page.goto(`${running.url}${articlePath}/edit`);
    assert.match(await page.title(), /^Edit: /);
    await check('the article editor', 'admin-editor-320');
  });

  it('the article editor showing a mistake (the error summary has the focus)', async () => {
    await page.getByLabel('Title', { exact: true }).fill('X');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.title(), /^Error: /);
    await check('the editor with an error', 'admin-editor-error-320');
  });

  it('the new-article form', async () => {
    await page.goto(`${running.url}/admin/articles/new`);
    await check('the new-article form', 'admin-new-320');
  });

  it('the publishing log', async () => {
    await page.goto(`${running.url}/admin/audit`);
    await check('the publishing log', 'admin-audit-320');
  });

  it('the gaps report', async () => {
    await page.goto(`${running.url}/admin/gaps`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'What parents could not find');
    await check('the gaps report', 'admin-gaps-320');
  });
});
