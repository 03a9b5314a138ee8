import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { addStaff } from '../advisers/helpers/staffClient';
import { assertNoAxeViolations, checkAtNarrowWidth, faintTextBoxes, focused, movingElements, pressAndCheckFocus, startFromTop, tabTo, tabThroughPage } from './a11yKit';
import { openChat, type, waitForAnnouncement, waitForBubble } from './chatPage';

const PASSWORD = 'a long enough pass phrase';

/**
 * The adviser hub with a real parent: the parent asks for a person on the chat page; an adviser
 * signs in, takes the conversation and replies with the keyboard alone. axe-core on the sign-in
 * page, the queue with a parent waiting and the taken conversation (wide and at 320 px); the
 * parent hears their place in the queue and the adviser joining; the adviser hears new messages.
 */
describe('accessibility: an adviser takes a handoff with the keyboard alone', function () {
  this.timeout(120000);
  let running: RunningServer;
  let config: AppConfig;
  let browser: Browser;
  let adviserContext: BrowserContext;
  let adviser: Page;
  let parent: Page;

  before(async function () {
    requireChromium(this);
    // Advisers are "available" all day every day, so the test does not depend on today's date.
    config = testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' });
    running = await startServer(config, silentLogger);
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD }]);
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected; the real policy is checked in the hub's own tests.
    adviserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    adviser = await adviserContext.newPage();
    parent = await browser.newPage({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  async function atBothWidths(page: Page, state: string, shot: string): Promise<void> {
    await assertNoAxeViolations(page, `${state} (1280 px)`);
    assert.deepEqual(await faintTextBoxes(page), [], `${state}: text boxes have edges people can see (3:1)`);
    await checkAtNarrowWidth(page, state, shot, { width: 1280, height: 900 });
  }

  const hubStatus = (re: RegExp) => adviser.waitForFunction((src) => new RegExp(src).test(document.getElementById('hub-status')!.textContent ?? ''), re.source, { timeout: 20000 });

  it('the parent asks for a person and hears their place in the queue', async () => {
    await openChat(parent, running.url);
    await type(parent, 'I want to speak to someone', /Is that OK\?/);
    await type(parent, 'Yes', /You are number 1 in the queue/);
    await waitForAnnouncement(parent, /You are number 1 in the queue/);
  });

  it('the sign-in page: no axe-core violations, reflows at 320 px, and signing in by keyboard', async () => {
    await adviser.goto(`${running.url}/advisers`);
    assert.match(adviser.url(), /\/advisers\/sign-in/);
    await atBothWidths(adviser, 'the sign-in page', 'sign-in-320');
    const stops = await tabThroughPage(adviser);
    assert.deepEqual(stops.filter((s) => s.tag !== 'a').map((s) => s.name), ['Email address', 'Password', 'Sign in']);

    await startFromTop(adviser);
    await tabTo(adviser, (f) => f.id === 'email', 'the email box');
    await adviser.keyboard.type('sam@sendiass.example');
    await pressAndCheckFocus(adviser, 'Tab');
    assert.equal((await focused(adviser)).id, 'password');
    await adviser.keyboard.type(PASSWORD);
    await adviser.keyboard.press('Enter');
    await adviser.waitForURL(/\/advisers$/);
  });

  it('the queue with a parent waiting: no axe-core violations, reflows at 320 px', async () => {
    await adviser.waitForFunction(() => document.querySelectorAll('#queue-list li').length === 1);
    await adviser.waitForFunction(() => /Live updates are on/.test(document.getElementById('live-state')!.textContent ?? ''));
    assert.equal(await adviser.locator('#hub-status').getAttribute('role'), 'status');
    await atBothWidths(adviser, 'the queue with a parent waiting', 'hub-queue-320');
  });

  it('takes the conversation and replies with the keyboard; each side is told', async () => {
    await startFromTop(adviser);
    const take = await tabTo(adviser, (f) => f.tag === 'button' && /^Take/.test(f.name), 'the Take button of the waiting parent');
    assert.match(take.name, /^Take ?: /, 'the button says which conversation it takes');
    await adviser.keyboard.press('Enter');
    await adviser.waitForFunction(() => !document.getElementById('conversation')!.hidden);
    await hubStatus(/You have taken this conversation/);
    const heading = await focused(adviser);
    assert.equal(heading.id, 'conversation-heading', 'the focus moves to the conversation');
    assert.ok(heading.visibleFocus, 'and it can be seen');

    await waitForBubble(parent, /has joined the chat/);
    await waitForAnnouncement(parent, /has joined the chat/);

    await tabTo(adviser, (f) => f.id === 'message-text', 'the message box');
    await adviser.keyboard.type('Hello, I am Sam from SENDIASS. How can I help?');
    await adviser.keyboard.press('Enter');
    await hubStatus(/Message sent/);
    await waitForBubble(parent, /How can I help\?/);
    await waitForAnnouncement(parent, /How can I help\?/);

    // The parent answers: the adviser hears it (the status line) and sees it in the transcript log.
    await type(parent, 'Thank you, it is about my son\'s school', /Thank you, it is about/);
    await hubStatus(/New message from the parent/);
    assert.equal(await adviser.locator('#transcript').locator('..').getAttribute('role'), 'log');
    await adviser.waitForFunction(() => /about my son/.test(document.getElementById('transcript')!.textContent ?? ''));
    assert.equal((await focused(adviser)).id, 'message-text', 'the focus stays in the message box while messages arrive');
  });

  it('a taken conversation: no axe-core violations, reflows at 320 px, Tab reaches every control', async () => {
    await atBothWidths(adviser, 'a taken conversation', 'hub-conversation-320');
    const names = (await tabThroughPage(adviser)).map((s) => s.name);
    for (const wanted of ['Skip to the queue', 'Sign out', 'Refresh', 'Back to the queue', 'Message to the parent', 'Send', 'Add a note', 'Hand back to the bot', 'Close the conversation']) {
      assert.ok(names.some((n) => n.startsWith(wanted)), `Tab reaches "${wanted}": ${names.join(' → ')}`);
    }
  });

  it('the hub respects reduced motion (the new-parent banner does not pulse)', async () => {
    await adviser.emulateMedia({ reducedMotion: 'reduce' });
    const second = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    try {
      await openChat(second, running.url);
      await type(second, 'I want to speak to someone', /Is that OK\?/);
      await type(second, 'Yes', /in the queue/);
      await hubStatus(/A new parent is waiting/);
      assert.equal(await adviser.locator('#new-parent-banner').isVisible(), true);
      assert.deepEqual(await movingElements(adviser), []);
    } finally {
      await second.close();
      await adviser.emulateMedia({ reducedMotion: null });
    }
  });
});
