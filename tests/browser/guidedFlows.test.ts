import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';

/**
 * The two guided flows in a real browser, as a parent would use them: buttons pressed, answers
 * typed, and the files downloaded and opened.
 */
describe('browser: guided flows on the web page', function () {
  this.timeout(120000);
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

  async function openChat(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 }, acceptDownloads: true, bypassCSP: true });
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForText(page, /not a person or a lawyer/);
    return page;
  }

  async function waitForText(page: Page, re: RegExp) {
    try {
      await page.waitForFunction(
        (src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src).test((e as HTMLElement).innerText)),
        re.source, { timeout: 20000 });
    } catch (err) {
      const seen = await page.$$eval('.webchat__bubble__content', (els) => els.slice(-3).map((e) => (e as HTMLElement).innerText.slice(0, 300)));
      throw new Error(`Waited for ${re} but the last messages were: ${JSON.stringify(seen)}`, { cause: err });
    }
  }

  async function type(page: Page, text: string, expectNext: RegExp) {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
    await waitForText(page, expectNext);
  }

  async function press(page: Page, label: string, expectNext: RegExp) {
    await page.getByRole('button', { name: label, exact: true }).last().click();
    await waitForText(page, expectNext);
  }

  /** Downloads the file behind the last link with this name and returns its text. */
  async function download(page: Page, name: RegExp): Promise<string> {
    const link = page.locator('a', { hasText: name }).last();
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await file.path();
    return fs.readFileSync(path!, 'utf8');
  }

  it('EHC needs assessment request: letter, key dates and a calendar that download and open', async () => {
    const page = await openChat();
    await press(page, 'Ask for an EHC needs assessment', /Who is asking/);
    assert.deepEqual(await axeViolations(page), [], 'a card with buttons passes axe');
    await press(page, 'I am a parent or carer', /first name/);
    await type(page, 'Amy', /How old/);
    await type(page, '9', /Where does your child go/);
    await press(page, 'School', /name of the school/);
    await press(page, 'Skip', /Which council/);
    await type(page, 'Leeds City Council', /Which of these areas/);
    await type(page, '1, 3', /what does your child find hard/i);
    await type(page, 'She cannot cope with noise and finds making friends hard', /What help has been tried/);
    await type(page, 'A quiet space at lunch, which helped a little', /professionals/);
    await press(page, 'None', /What do you have that you could send/);
    await type(page, '1, 5', /How will you send it/);
    await press(page, 'By email (you keep a dated copy)', /When will you send it/);
    await press(page, 'Today', /Here are your key dates/);

    const letter = await download(page, /ehc-assessment-request-letter\.txt/);
    assert.match(letter, /section 36\(1\)/);
    assert.match(letter, /She cannot cope with noise/);
    const ics = await download(page, /ehc-key-dates\.ics/);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 3);
    const dates = await download(page, /ehc-key-dates\.txt/);
    assert.match(dates, /\d{1,2} \w+ 20\d\d/);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/ehc-flow-end.png`, fullPage: false });
    await page.close();
  });

  it('mediation preparation: a summary and a calendar that download and open', async () => {
    const page = await openChat();
    await press(page, 'Get ready for mediation or an appeal', /Which decision/);
    await press(page, 'The council said no to an EHC needs assessment', /date is on the decision letter/);
    await type(page, '2 November 2026', /contacted a mediation adviser/);
    await press(page, 'No', /what do you disagree with/i);
    await type(page, 'I want them to assess her because she is falling behind', /What evidence do you have/);
    await type(page, '1, 6', /Who might come with you/);
    await type(page, '1', /summary/);
    const summary = await download(page, /mediation-preparation-summary\.txt/);
    assert.match(summary, /falling behind/);
    const ics = await download(page, /mediation-and-appeal-dates\.ics/);
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270102/, 'the 2-month date to contact the mediation adviser');
    await page.close();
  });
});
