import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations } from '../accessibility/a11yKit';
import { openChat, SEND_BOX, type } from '../accessibility/chatPage';

interface Box { top: number; bottom: number }

/**
 * The first screen, on phones and on a laptop: the message box and the welcome's buttons are in
 * view without scrolling the page; and when an answer arrives, the reader sees its start, not
 * only the buttons at its end.
 */
describe('browser: the chat fits the first screen, and answers show from their start', function () {
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

  // (No functions declared inside evaluate: tsx would wrap them in a helper the page does not have.)
  const boxes = async (page: Page) => {
    const [chat, sendBox, status] = await page.evaluate((selectors) => selectors.map((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }), ['#webchat', SEND_BOX, '#chat-status']);
    const welcomeButtons = await page.$$eval('#webchat .ac-pushButton', (els) => els.map((b) => {
      const r = b.getBoundingClientRect();
      return { label: (b as HTMLElement).innerText.trim(), top: r.top, bottom: r.bottom };
    }));
    const [viewport, scrolled] = await page.evaluate((): number[] => [window.innerHeight, window.scrollY]);
    return { viewport, scrollY: scrolled, chat, sendBox, status, welcomeButtons };
  };

  const within = (inner: Box, outer: Box) => inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

  for (const [width, height] of [[360, 740], [320, 568], [1280, 900]] as const) {
    it(`${width} x ${height}: the message box, the welcome's buttons and the status line are on the first screen`, async () => {
      const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
      try {
        await openChat(page, running.url);
        await page.waitForTimeout(500); // Web Chat scrolls to the welcome's end
        const seen = await boxes(page);
        const screen = { top: 0, bottom: seen.viewport };
        assert.equal(seen.scrollY, 0);
        assert.ok(within(seen.sendBox, screen) && within(seen.sendBox, seen.chat), `the message box is cut off: ${JSON.stringify(seen)}`);
        assert.ok(within(seen.status, screen), `the status line is below the fold: ${JSON.stringify(seen.status)}`);
        assert.equal(seen.welcomeButtons.length, 3, 'the welcome has its three buttons');
        for (const button of seen.welcomeButtons) {
          assert.ok(within(button, screen) && within(button, seen.chat), `"${button.label}" is not in view: ${JSON.stringify(button)} (chat ${JSON.stringify(seen.chat)})`);
        }
        assert.ok(seen.chat.bottom - seen.chat.top >= 220, `the chat is only ${seen.chat.bottom - seen.chat.top} px tall`);
        await assertNoAxeViolations(page, `first screen at ${width} px`);
      } finally {
        await page.close();
      }
    });
  }

  it('360 x 740: after a long answer arrives, its first line is in view (not only the feedback buttons at the end)', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    try {
      await openChat(page, running.url);
      await type(page, 'how long does the council have to decide whether to assess my child?', /Source:/);
      await page.waitForSelector('text=Was this helpful?', { timeout: 20000 }).catch(() => undefined);
      await page.waitForTimeout(800); // the answer and the buttons after it have all arrived
      const found = await page.evaluate(() => {
        const chat = document.querySelector('#webchat .webchat__basic-transcript__scrollable')!.getBoundingClientRect();
        const answer = Array.from(document.querySelectorAll('.webchat__bubble__content')).find((e) => /Source:/.test((e as HTMLElement).innerText))!;
        const r = answer.getBoundingClientRect();
        return { chat: { top: chat.top, bottom: chat.bottom }, answer: { top: r.top, bottom: r.bottom }, first: (answer as HTMLElement).innerText.split('\n')[0] };
      });
      assert.ok(found.answer.top >= found.chat.top - 1 && found.answer.top < found.chat.bottom - 40,
        `the answer's start ("${found.first}") is not in view: answer ${JSON.stringify(found.answer)}, chat ${JSON.stringify(found.chat)}`);
      const box = await page.locator(SEND_BOX).boundingBox();
      assert.ok(box && box.y + box.height <= 740, 'the message box is still on screen');
    } finally {
      await page.close();
    }
  });

  // On a slow phone, Web Chat can scroll past the answer's start when the answer arrives while it
  // is still scrolling to the parent's message (seen with the CPU slowed four times). The race is
  // made certain here: as the answer appears, the chat is pushed to its end, as Web Chat does.
  // (A string, not a function: tsx would wrap nested functions in a helper the page does not have.)
  const pushToEndWhenAnswerAppears = (page: Page, delayMs = 0) => page.evaluate(`(() => {
    const area = document.querySelector('#webchat .webchat__basic-transcript__scrollable');
    const startedAt = Date.now();
    const push = () => {
      if (Date.now() - startedAt > 20000) return;
      const arrived = Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => /Source:/.test(e.innerText));
      if (!arrived) return requestAnimationFrame(push);
      setTimeout(() => {
        const until = Date.now() + 300;
        const keepPushing = () => { area.scrollTop = area.scrollHeight; if (Date.now() < until) requestAnimationFrame(keepPushing); };
        keepPushing();
      }, ${delayMs});
    };
    push();
  })()`);
  const answerTopAgainstChat = (page: Page) => page.evaluate(() => {
    const chat = document.querySelector('#webchat .webchat__basic-transcript__scrollable')!.getBoundingClientRect();
    const answer = Array.from(document.querySelectorAll('.webchat__bubble__content')).find((e) => /Source:/.test((e as HTMLElement).innerText))!;
    return answer.getBoundingClientRect().top - chat.top;
  });

  it('360 x 740: when the chat has scrolled past a long answer\'s start by itself, it comes back to it', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    try {
      await openChat(page, running.url);
      await pushToEndWhenAnswerAppears(page);
      await type(page, 'how long does the council have to decide whether to assess my child?', /Source:/);
      await page.waitForTimeout(1500); // the chat settles, then the page checks
      const offset = await answerTopAgainstChat(page);
      assert.ok(offset >= -1 && offset < 40, `the answer starts ${Math.round(offset)} px from the top of the chat, not at it`);
    } finally {
      await page.close();
    }
  });

  // A busy phone (seen in CI): the chat is pushed past the answer well after it first settled.
  it('360 x 740: when the chat is pushed past the answer\'s start late, after it had settled, it still comes back', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    try {
      await openChat(page, running.url);
      await pushToEndWhenAnswerAppears(page, 900);
      await type(page, 'how long does the council have to decide whether to assess my child?', /Source:/);
      await page.waitForTimeout(2500);
      const offset = await answerTopAgainstChat(page);
      assert.ok(offset >= -1 && offset < 40, `the answer starts ${Math.round(offset)} px from the top of the chat, not at it`);
    } finally {
      await page.close();
    }
  });

  it('360 x 740: once the parent scrolls the chat themselves, the page leaves it where they put it', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    try {
      await openChat(page, running.url);
      await pushToEndWhenAnswerAppears(page);
      await type(page, 'how long does the council have to decide whether to assess my child?', /Source:/);
      // The parent scrolls with the mouse wheel straight away, to read on.
      const chat = await page.locator('#webchat .webchat__basic-transcript__scrollable').boundingBox();
      await page.mouse.move(chat!.x + chat!.width / 2, chat!.y + chat!.height / 2);
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(1500);
      const offset = await answerTopAgainstChat(page);
      assert.ok(offset < -50, `the chat was moved back after the parent scrolled (answer starts ${Math.round(offset)} px from the top)`);
    } finally {
      await page.close();
    }
  });
});
