import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AppConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { addStaffForTest, TEST_PASSWORD } from '../kbEditing/staffForTest';
import { ParentChat } from './adminClient';

const QUESTION = "Keeping records about your child's needs";
const NEW_SUMMARY = 'Keep every letter, report and email in one folder. Write down the date of each phone call and what was said. These notes help if you ask for an EHC needs assessment.';

/**
 * A new forum admin in a real browser: signs in, finds an article, edits it, previews the bot's
 * answer, sends it for review; a reviewer then publishes it, and a parent gets the new answer.
 * axe-core checks the list, the editor (with and without errors) and the preview.
 */
describe('browser: a forum admin edits an article and a reviewer publishes it', function () {
  this.timeout(90000);
  let running: RunningServer;
  let config: AppConfig;
  let browser: Browser;

  before(async function () {
    requireChromium(this);
    config = testConfig();
    running = await startServer(config, silentLogger);
    await addStaffForTest(config, { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor'] });
    await addStaffForTest(config, { email: 'rita@forum.example', name: 'Rita Reviewer', roles: ['reviewer'] });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  async function newPage(): Promise<Page> {
    // bypassCSP only so axe-core can be injected; the real policy is checked in the HTTP tests.
    return browser.newPage({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
  }
  async function noViolations(page: Page, what: string) {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
  }
  async function signIn(page: Page, email: string) {
    await page.goto(`${running.url}/admin`);
    assert.match(page.url(), /\/advisers\/sign-in\?next=%2Fadmin$/, 'sent to the one staff sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${running.url}/admin`);
  }

  it('edit, preview, send for review; then another person publishes and parents get it', async () => {
    const editor = await newPage();
    await signIn(editor, 'edie@forum.example');
    assert.equal(await editor.getByRole('heading', { level: 1 }).textContent(), 'Knowledge base articles');
    await noViolations(editor, 'the article list');

    await editor.getByLabel('Search articles').fill('keeping records');
    await editor.getByRole('button', { name: 'Search' }).click();
    await editor.getByRole('link', { name: "Keeping records about your child's needs" }).click();
    await editor.getByRole('link', { name: 'Edit this article' }).click();
    assert.match(await editor.title(), /^Edit: Keeping records/);
    await noViolations(editor, 'the editor');

    // A mistake first: shown beside the field and in the summary, which has the focus.
    await editor.getByLabel('Title', { exact: true }).fill('X');
    await editor.getByRole('button', { name: 'Preview' }).click();
    assert.match(await editor.title(), /^Error: /);
    // The page's script moves the focus once the page has loaded: wait for that, not for luck.
    await editor.waitForLoadState('load');
    await editor.waitForFunction(() => document.activeElement?.className === 'error-summary', undefined, { timeout: 5000 }).catch(() => undefined);
    const focused = await editor.evaluate(() => document.activeElement?.className);
    assert.equal(focused, 'error-summary', 'the error summary takes the focus');
    await editor.getByRole('link', { name: 'Title must be at least 3 characters.' }).click();
    assert.equal(await editor.evaluate(() => document.activeElement?.id), 'title', 'the summary link puts the cursor in the field');
    await noViolations(editor, 'the editor showing an error');

    await editor.getByLabel('Title', { exact: true }).fill("Keeping records about your child's needs");
    await editor.getByLabel('Short answer').fill(NEW_SUMMARY);
    await editor.getByLabel('Try a question (optional)').fill('should I write down what was said on the phone');
    await editor.getByRole('button', { name: 'Preview' }).click();
    const preview = editor.getByRole('region', { name: 'Preview: how the bot will answer' });
    assert.match(await preview.innerText(), /Keep every letter, report and email in one folder/);
    assert.match(await preview.innerText(), /Source: SEND Code of Practice 9\.14/);
    await noViolations(editor, 'the preview');

    await editor.getByRole('button', { name: 'Save draft' }).click();
    await editor.getByText('Draft saved.').waitFor();
    await noViolations(editor, 'the article page with a draft');
    await editor.getByRole('button', { name: 'Send for review' }).click();
    await editor.getByText('Sent for review.').waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Publish' }).count(), 0, 'an editor has no publish button');
    assert.match(await ParentChat.start(running.url).then((p) => p.ask(QUESTION)), /Keep a simple file of letters/, 'not live yet');

    const reviewer = await newPage();
    await signIn(reviewer, 'rita@forum.example');
    await reviewer.getByRole('link', { name: "Keeping records about your child's needs" }).first().click();
    assert.match(await reviewer.locator('.diff').innerText(), /Keep every letter/);
    await noViolations(reviewer, 'the article page for a reviewer');
    await reviewer.getByRole('button', { name: 'Publish' }).click();
    await reviewer.getByText('Published. The bot is answering from this version now.').waitFor();

    assert.match(await ParentChat.start(running.url).then((p) => p.ask(QUESTION)), /Keep every letter, report and email in one folder/);
    await reviewer.getByRole('link', { name: 'Publishing log' }).click();
    await noViolations(reviewer, 'the publishing log');
  });
});
