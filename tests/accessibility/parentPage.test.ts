import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations, assertReflows, checkAtNarrowWidth, faintTextBoxes, movingElements, setTextSize, tabThroughPage } from './a11yKit';
import { openChat, press, SEND_BOX, type, waitForBubble } from './chatPage';

/**
 * WCAG 2.2 AA on the parent's page, in real Chromium, in each of its main states: axe-core finds
 * nothing, the page reflows at 320 CSS px (what 400% zoom of a 1280 px window gives), text can be
 * made twice as big without loss, and reduced motion is respected.
 */
describe('accessibility: the parent page in each of its states', function () {
  this.timeout(120000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig(), silentLogger);
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected; the real policy is checked in the HTTP tests.
    page = await browser.newPage({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  /** Checks a state wide, then at 320 px (reflow, axe again, a screenshot), then goes back to wide. */
  async function checkState(state: string, shot: string): Promise<void> {
    await page.waitForTimeout(300); // let Web Chat finish scrolling and settle its focus
    await assertNoAxeViolations(page, `${state} (1024 px)`);
    await checkAtNarrowWidth(page, state, shot, { width: 1024, height: 900 }, () => assertSendBoxInView(`${state} (320 px)`));
  }

  /** The message box is whole, inside the chat window, however many choices are shown above it. */
  async function assertSendBoxInView(state: string): Promise<void> {
    const [box, chat] = await Promise.all([page.locator(SEND_BOX).boundingBox(), page.locator('#webchat').boundingBox()]);
    assert.ok(box && chat && box.height >= 16 && box.y >= chat.y && box.y + box.height <= chat.y + chat.height + 1,
      `${state}: the message box is cut off (box ${JSON.stringify(box)}, chat window ${JSON.stringify(chat)})`);
  }

  it('empty (the welcome only): one h1, landmarks, a labelled message box and a status line', async () => {
    await openChat(page, running.url);
    assert.equal(await page.locator('h1').count(), 1);
    for (const landmark of ['banner', 'main', 'contentinfo'] as const) assert.equal(await page.getByRole(landmark).count(), 1, `one ${landmark} landmark`);
    assert.equal(await page.locator('#chat-status').getAttribute('role'), 'status');
    assert.ok(await page.locator(SEND_BOX).getAttribute('aria-label'), 'the message box has an accessible name');
    assert.deepEqual(await faintTextBoxes(page), [], 'the message box has an edge people can see (3:1)');
    await checkState('empty page', 'parent-empty-320');
  });

  it('mid-conversation, with an answer whose card has buttons', async () => {
    await type(page, 'what is an EHC plan', /Source:/);
    assert.ok(await page.locator('#webchat .ac-pushButton').count() > 0, 'the answer has follow-up buttons');
    await checkState('mid-conversation', 'parent-answer-320');
  });

  it('a guided-flow question with its choices as buttons (suggested actions)', async () => {
    await press(page, 'Get ready for mediation or an appeal', /Which decision/);
    await checkState('a question with suggested actions', 'parent-choices-320');
  });

  it('a guided flow with the multi-select card (checkboxes at least 24 px, labels not cut short)', async () => {
    await press(page, 'The council said no to an EHC needs assessment', /date is on the decision letter/);
    await type(page, '2 November 2026', /contacted a mediation adviser/);
    await press(page, 'No', /what do you disagree with/);
    await type(page, 'I want them to assess her because she is falling behind', /What evidence do you have/);
    const boxes = page.locator('#webchat .ac-choiceSetInput-multiSelect input[type="checkbox"]');
    assert.ok(await boxes.count() >= 5);
    const size = await boxes.last().boundingBox();
    assert.ok(size && size.width >= 24 && size.height >= 24, `a checkbox is ${size?.width} × ${size?.height} px`);
    await checkState('the multi-select card', 'parent-multiselect-320');
  });

  it('the end of a guided flow, with the files to download', async () => {
    await type(page, '1, 6', /Who might come with you/);
    await type(page, '1', /summary/);
    await waitForBubble(page, /mediation-and-appeal-dates\.ics/);
    // Each file once: the link in the message ("Files to keep: …"), not again as an attachment, so a
    // screen reader hears it once. The link says it is a download (it is not a page in a new window).
    const links = await page.$$eval('#webchat a[href*="/files/"]', (els) => els.map((a) => ({ name: a.getAttribute('aria-label'), download: a.hasAttribute('download'), target: a.getAttribute('target') })));
    assert.deepEqual(links, [
      { name: 'mediation-preparation-summary.txt, download', download: true, target: null },
      { name: 'mediation-and-appeal-dates.ics, download', download: true, target: null },
    ]);
    assert.equal(await page.locator('#webchat .webchat__fileContent').count(), 0, 'no second copy of the files as attachments');
    const label = await page.$$eval('[id^="webchat__basic-transcript__active-descendant-label"]', (els) => els.map((e) => e.textContent ?? '').find((t) => t.includes('Files to keep')) ?? '');
    assert.doesNotMatch(label, /attachment/, `read as: ${label.slice(-200)}`);
    await checkState('the downloadable files', 'parent-files-320');
  });

  it('text twice as big (200%): everything grows, nothing is cut off or scrolls sideways', async () => {
    const sizes = () => page.evaluate(() => Object.fromEntries(
      ['#chat-status', '.webchat__bubble__content', '[data-id="webchat-sendbox-input"]', '#webchat .ac-pushButton', '#webchat .ac-textBlock', '.webchat__activity-status', '.site-footer']
        .map((sel) => [sel, parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize)])));
    const before = await sizes();
    await setTextSize(page, 200);
    try {
      const after = await sizes();
      for (const [sel, px] of Object.entries(before)) assert.ok(after[sel] >= px * 1.9, `${sel} grew from ${px} px to only ${after[sel]} px`);
      await assertReflows(page, 1024, 'text at 200%');
      await assertNoAxeViolations(page, 'text at 200%');
    } finally {
      await setTextSize(page, 100);
    }
  });

  it('400% zoom (1280 px wide at 400% = 320 CSS px): reflows, and Tab reaches every control without the sticky bar hiding it', async () => {
    const zoomed = await browser.newPage({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, bypassCSP: true });
    try {
      await openChat(zoomed, running.url);
      await type(zoomed, 'what is an EHC plan', /Source:/);
      await assertReflows(zoomed, 320, '400% zoom');
      await assertNoAxeViolations(zoomed, '400% zoom');
      const stops = await tabThroughPage(zoomed, { coveredBy: '.exit-bar' });
      const names = stops.map((s) => s.name);
      for (const wanted of ['Skip to the chat', 'Message input box', 'Start a new conversation', 'Clear this conversation']) {
        assert.ok(names.some((n) => n.startsWith(wanted)), `Tab never reached "${wanted}": ${names.join(' → ')}`);
      }
      assert.ok(names.some((n) => /accessibility/i.test(n)), 'the accessibility statement link is reachable');
    } finally {
      await zoomed.close();
    }
  });

  it('reduced motion: nothing animates when the reader has asked for less motion (the "typing" dots are still)', async () => {
    const calm = await browser.newPage({ viewport: { width: 1024, height: 900 }, reducedMotion: 'reduce' });
    try {
      await openChat(calm, running.url);
      await type(calm, 'what is an EHC plan', /Source:/);
      assert.deepEqual(await movingElements(calm), []);
      // Web Chat's "typing" indicator is an animated picture; here it is three still dots.
      const typingPictures = await calm.evaluate(() => Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText))
        .filter((css) => /background-image/.test(css) && /width: 64px/.test(css)));
      assert.ok(typingPictures.length > 0 && typingPictures.every((css) => css.includes('data:image/svg+xml')), `typing indicator: ${typingPictures.join(' | ').slice(0, 300)}`);
    } finally {
      await calm.close();
    }
  });
});
