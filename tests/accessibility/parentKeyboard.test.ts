import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { focused, pressAndCheckFocus, startFromTop, tabTo, type FocusedElement } from './a11yKit';
import { bubbleCount, openChat, waitForAnnouncement, waitForBubble, waitForNewBubble } from './chatPage';

/**
 * A parent who uses only the keyboard (Tab, Shift+Tab, Enter, Space, arrow keys, Escape; no
 * mouse): a whole conversation, and the mediation guided flow through to its files. After every
 * key press the focus can be seen and Tab moves it on (see a11yKit). New messages are announced
 * through Web Chat's live region.
 */
describe('accessibility: a parent uses the chat with the keyboard alone', function () {
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

  async function newChat(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await openChat(page, running.url);
    await startFromTop(page);
    return page;
  }

  const isSendBox = (f: FocusedElement) => f.tag === 'input' && f.inWebChat;
  const isTranscript = (f: FocusedElement) => f.inWebChat && /^Chat history/.test(f.name);
  const key = (page: Page, k: string) => pressAndCheckFocus(page, k);

  /** Types into the message box (which has the focus) and sends with Enter. */
  async function say(page: Page, text: string, expectNext: RegExp): Promise<void> {
    assert.ok(isSendBox(await focused(page)), 'the message box has the focus');
    await page.keyboard.type(text);
    const before = await bubbleCount(page);
    await page.keyboard.press('Enter');
    await waitForNewBubble(page, before, expectNext);
    await waitForAnnouncement(page, expectNext);
  }

  /** Shift+Tabs from the message box to the choice buttons above it, arrows to `label`, presses Enter. */
  async function choose(page: Page, label: string, expectNext: RegExp): Promise<void> {
    await tabTo(page, (f) => f.tag === 'button' && f.inWebChat && !!f.name, 'the first choice button', { back: true, max: 3 });
    let f = await focused(page);
    for (let i = 0; i < 12 && f.name !== label; i++) f = await key(page, 'ArrowRight');
    assert.equal(f.name, label, `the arrow keys reach "${label}"`);
    const before = await bubbleCount(page);
    await page.keyboard.press('Enter');
    await waitForNewBubble(page, before, expectNext);
    await waitForAnnouncement(page, expectNext);
    assert.ok(isSendBox(await focused(page)), 'after a choice, the focus is back in the message box');
  }

  /** From the message box: back to the chat history, into the newest message (Enter), to its first control. */
  async function intoNewestMessage(page: Page): Promise<FocusedElement> {
    await tabTo(page, isTranscript, 'the chat history', { back: true, max: 6 });
    return key(page, 'Enter');
  }

  it('a whole conversation: reach the message box, ask, hear the answer, follow a related topic', async () => {
    const page = await newChat();
    const skip = await key(page, 'Tab');
    assert.equal(skip.name, 'Skip to the chat', 'the first Tab stop is the skip link');
    await key(page, 'Enter');
    await tabTo(page, isSendBox, 'the message box', { max: 6 });

    await say(page, 'what is an EHC plan', /Source:/);
    assert.ok(isSendBox(await focused(page)), 'the focus stays in the message box after sending');
    assert.match(await page.locator('#chat-status').getAttribute('role') ?? '', /status/);

    // The follow-up buttons: into the answer with Enter, along with Tab, out again with Escape.
    // Enter goes to the answer's first control: the link to its first source (the law itself), then
    // Tab goes on through the other sources to the buttons.
    const firstLink = await intoNewestMessage(page);
    assert.equal(firstLink.tag, 'a', `Enter on the answer goes to its first source link, not ${firstLink.description}`);
    assert.match(firstLink.name, /Children and Families Act|Regulations|Code of Practice/, 'the link is named by its source');
    let first = firstLink;
    for (let i = 0; i < 8 && first.tag !== 'button'; i++) first = await key(page, 'Tab');
    assert.equal(first.tag, 'button', `Tab goes on from the sources to the answer's buttons, not ${first.description}`);
    const buttons = [first.name];
    for (let i = 0; i < 6; i++) {
      const f = await key(page, 'Tab');
      if (f.name === first.name || f.tag !== 'button') break;
      buttons.push(f.name);
    }
    // The answer's "Related:" topics are buttons too (beside any "did this help?" buttons).
    const related = (await page.locator('.webchat__bubble__content', { hasText: 'Related:' }).last().innerText()).split('Related:')[1];
    const topic = buttons.find((b) => related.includes(b));
    assert.ok(topic, `the answer has follow-up buttons for its related topics: ${buttons.join(', ')}`);
    const back = await key(page, 'Escape');
    assert.ok(isTranscript(back), 'Escape leaves the message');
    let onTopic = await key(page, 'Enter');
    for (let i = 0; i < buttons.length + 8 && onTopic.name !== topic; i++) onTopic = await key(page, 'Tab');
    assert.equal(onTopic.name, topic);
    const before = await bubbleCount(page);
    await page.keyboard.press('Enter');
    await waitForNewBubble(page, before, /Source:/);
    // The new answer's first line is announced (not only the old one's).
    const answers = await page.locator('.webchat__bubble__content').allInnerTexts();
    const newest = answers.slice(before).find((t) => /Source:/.test(t))!;
    await waitForAnnouncement(page, new RegExp(newest.split('\n')[0].slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const afterFollowUp = await focused(page);
    assert.ok(isSendBox(afterFollowUp), `after a follow-up button, the focus is back in the message box, not on ${afterFollowUp.description}`);

    // And on out of the chat: Tab is never trapped.
    await tabTo(page, (f) => f.name === 'Start a new conversation', 'the buttons under the chat', { max: 8 });
    await tabTo(page, (f) => f.name === 'Accessibility statement', 'the accessibility statement link', { max: 6 });
    await page.close();
  });

  it('the mediation guided flow: buttons, dates, the tick boxes with Space, Done with Enter, then the files', async () => {
    const page = await newChat();
    await tabTo(page, isTranscript, 'the chat history');
    let f = await key(page, 'Enter');
    for (let i = 0; i < 4 && f.name !== 'Get ready for mediation or an appeal'; i++) f = await key(page, 'Tab');
    assert.equal(f.name, 'Get ready for mediation or an appeal');
    await page.keyboard.press('Enter');
    await waitForBubble(page, /Which decision/);
    await waitForAnnouncement(page, /Which decision/);
    assert.ok(isSendBox(await focused(page)), 'after a button in a message, the focus is in the message box');

    await choose(page, 'The council said no to an EHC needs assessment', /date is on the decision letter/);
    await say(page, '2 November 2026', /contacted a mediation adviser/);
    await choose(page, 'No', /what do you disagree with/);
    await say(page, 'I want them to assess her because she is falling behind', /What evidence do you have/);

    // The multi-select card: tick two boxes with Space, then Done with Enter.
    await tickAndSubmit(page, ['the decision letter', 'my own notes or diary about my child'], /Who might come with you/);
    await tickAndSubmit(page, [], /mediation-and-appeal-dates\.ics/, 1);

    // The files: in the message before the last one. Each is a link with the file's name.
    await tabTo(page, isTranscript, 'the chat history', { back: true, max: 6 });
    const links: FocusedElement[] = [];
    for (let up = 0; up < 4 && !links.length; up++) {
      await key(page, 'ArrowUp');
      const inside = await key(page, 'Enter');
      if (!isTranscript(inside)) {
        const seen = new Set<string>();
        for (let g = inside; !seen.has(g.description); g = await key(page, 'Tab')) {
          seen.add(g.description);
          if (g.tag === 'a') links.push(g);
        }
        await key(page, 'Escape');
      }
    }
    const names = links.map((l) => l.name);
    for (const file of ['mediation-preparation-summary.txt', 'mediation-and-appeal-dates.ics']) {
      const link = links.find((l) => l.name.includes(file));
      assert.ok(link, `a link to ${file} is reachable by keyboard (links found: ${names.join(', ')})`);
      assert.match(link.href ?? '', /\/files\//, `${file} links to the file`);
    }
    await page.close();
  });

  /**
   * Into the newest message (the question with its card), ticks the boxes named (or the first
   * `count` if none are named) with Space, Tabs to Done and presses Enter.
   */
  async function tickAndSubmit(page: Page, labels: string[], expectNext: RegExp, count = 0): Promise<void> {
    let f = await intoNewestMessage(page);
    let ticked = 0;
    for (let i = 0; i < 15 && f.name !== 'Done'; i++) {
      if (f.tag === 'input' && (labels.some((l) => f.name.includes(l)) || ticked < count)) {
        await page.keyboard.press('Space');
        ticked++;
        assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked), true, `Space ticks "${f.name}"`);
      }
      f = await key(page, 'Tab');
    }
    assert.equal(ticked, labels.length || count, 'the wanted boxes were ticked');
    assert.equal(f.name, 'Done', 'Tab reaches the Done button');
    const before = await bubbleCount(page);
    await page.keyboard.press('Enter');
    await waitForNewBubble(page, before, expectNext);
    await waitForAnnouncement(page, expectNext);
    assert.ok(isSendBox(await focused(page)), 'after Done, the focus is back in the message box');
  }
});
