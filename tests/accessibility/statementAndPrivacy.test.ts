import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { MAX_READING_AGE, measureReadability } from '../../src/domain/text/readability';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations, assertReflows, pressAndCheckFocus, screenshotPath, startFromTop, tabThroughPage } from './a11yKit';

/** The accessibility statement and the privacy notice: honest, plain, findable and accessible themselves. */
describe('accessibility: the accessibility statement and the privacy notice', function () {
  this.timeout(60000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;
  const SENDIASS = { SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_PHONE: '01234 567890', SENDIASS_EMAIL: 'sendiass@anytown.example' };

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig(SENDIASS), silentLogger);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  it('the statement says what was tested, the known problems, how to report one, the EHRC procedure and the date', async () => {
    const res = await fetch(`${running.url}/accessibility`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.doesNotMatch(html, /\{\{/, 'every placeholder is filled in');
    assert.match(html, /Anytown SENDIASS: phone 01234 567890, email sendiass@anytown\.example/, 'the configured contact for reporting a problem');
    assert.match(html, /WCAG\) version 2\.2 at level AA/);
    for (const heading of ['Problems we know about', 'Tell us about a problem', 'If you are not happy with our reply', 'What we tested', 'When we wrote this statement']) {
      assert.match(html, new RegExp(`<h2>${heading}</h2>`));
    }
    assert.match(html, /Equality and Human Rights Commission \(EHRC\)/);
    assert.match(html, /href="https:\/\/www\.equalityadvisoryservice\.com\/"/);
    assert.match(html, /prepared on 23 November 2026/);
    assert.match(html, /Bot Framework Web Chat/, 'known problems name where they come from');
    const axe = JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as { version: string };
    const [major, minor] = axe.version.split('.');
    assert.match(html, new RegExp(`axe-core checker \\(version ${major}\\.${minor}\\)`), `the statement names the axe-core version the tests use (${axe.version})`);
  });

  it('the statement is in plain English: every paragraph and list at a reading age of 13 or under', async () => {
    await page.goto(`${running.url}/accessibility`);
    // A list is measured as a whole, each item a sentence (as kb check reads lists in articles).
    const blocks = await page.$$eval('main p, main ul', (els) => els.map((e) => e.tagName === 'UL'
      ? Array.from(e.querySelectorAll('li')).map((li) => li.innerText.replace(/[.:]?$/, '.')).join(' ')
      : (e as HTMLElement).innerText));
    // Names, and the contact details filled in, count as one word each.
    const names = ['Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018', 'Equality and Human Rights Commission', 'Equality Advisory and Support Service',
      'Web Content Accessibility Guidelines', 'Bot Framework Web Chat', 'SEND Navigator', 'Anytown SENDIASS', SENDIASS.SENDIASS_PHONE, SENDIASS.SENDIASS_EMAIL];
    const hard = blocks
      .filter((b) => b.split(/\s+/).length >= 8)
      .map((b) => ({ b, age: measureReadability(b, names).readingAge }))
      .filter((x) => x.age > MAX_READING_AGE)
      .map((x) => `age ${x.age}: ${x.b.slice(0, 80)}`);
    assert.deepEqual(hard, []);
  });

  it('is linked from the footer of the chat page and the privacy notice', async () => {
    for (const from of ['/', '/privacy']) {
      await page.goto(`${running.url}${from}`);
      assert.equal(await page.locator('footer a[href="/accessibility"]').innerText(), 'Accessibility statement', `from ${from}`);
    }
  });

  for (const [path, title] of [['/accessibility', 'Accessibility statement'], ['/privacy', 'How we use your information'], ['/terms', 'Terms of use']] as const) {
    it(`${path}: no axe-core violations, reflows at 320 px, and every link has a visible focus`, async () => {
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.goto(`${running.url}${path}`);
      assert.equal(await page.locator('h1').innerText(), title);
      await assertNoAxeViolations(page, path);
      await page.setViewportSize({ width: 320, height: 640 });
      await assertReflows(page, 320, `${path} at 320 px`);
      await assertNoAxeViolations(page, `${path} at 320 px`);
      await page.screenshot({ path: screenshotPath(`${path.slice(1)}-320`), fullPage: true });
      const stops = await tabThroughPage(page, { coveredBy: '.exit-bar' });
      assert.ok(stops.length >= 4, `Tab stops: ${stops.map((s) => s.description).join(' → ')}`);
      // The skip link goes to the main content.
      await startFromTop(page);
      const skip = await pressAndCheckFocus(page, 'Tab');
      assert.match(skip.name, /^Skip to/);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => location.hash), '#main');
    });
  }
});
