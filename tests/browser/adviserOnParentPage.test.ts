import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations } from '../accessibility/a11yKit';
import { bubbleCount, openChat, SEND_BOX, type, waitForAnnouncement, waitForBubble, waitForNewBubble } from '../accessibility/chatPage';

const SAM = { id: 'adviser-1', firstName: 'Sam' };
const COMPUTER_NOTICE = /^This is a computer program, not a person or a lawyer\./;

/**
 * A SENDIASS adviser in the parent's chat is shown, and read out, as the person they are: their
 * own avatar (their initial, not the bot's "SN"), "Sam, SENDIASS adviser, said: …" for screen
 * readers, and the notice over the chat says a person has joined (and goes back when they leave).
 * The adviser is driven through the shared queue, as the adviser hub does.
 */
describe('browser: an adviser in the parent\'s chat is a person, not the bot', function () {
  this.timeout(120_000);
  let running: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async function () {
    requireChromium(this);
    running = await startServer(testConfig({ ADVISER_HOURS: 'mon-sun 00:00-24:00' }), silentLogger);
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected.
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  });
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const notice = () => page.locator('#who-notice').innerText();
  const rowLabels = () => page.$$eval('[id^="webchat__basic-transcript__active-descendant-label"]', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

  /** Sends (typing, or pressing a button) and waits for a new message matching `re`: an older one may match too. */
  async function andWaitFor(send: () => Promise<void>, re: RegExp): Promise<void> {
    const before = await bubbleCount(page);
    await send();
    await waitForNewBubble(page, before, re);
  }

  async function handedOffToSam(): Promise<string> {
    const box = page.locator(SEND_BOX);
    await andWaitFor(async () => { await box.fill('I want to talk to a real person please'); await box.press('Enter'); }, /Is that OK\?/);
    await andWaitFor(() => page.getByRole('button', { name: 'Yes', exact: true }).last().click(), /in the queue/);
    const conversationId = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('send-navigator.conversation') ?? '{}') as { conversationId: string }).conversationId);
    const record = await running.handoffs!.findOpenByConversation(conversationId);
    assert.ok(record, 'the parent is in the queue');
    await andWaitFor(async () => assert.equal((await running.handoffs!.take(record.id, SAM)).ok, true), /An adviser from SENDIASS, Sam, has joined the chat/);
    return record.id;
  }

  it('when Sam joins, the notice says a person has joined; Sam\'s messages have Sam\'s avatar and are read as "Sam, SENDIASS adviser, said"', async () => {
    await openChat(page, running.url);
    assert.match(await notice(), COMPUTER_NOTICE);
    const handoffId = await handedOffToSam();
    await page.waitForFunction(() => document.getElementById('who-notice')!.classList.contains('notice--person'));
    assert.match(await notice(), /^Sam, an adviser from SENDIASS, has joined this chat\. Sam is a real person\. Anything you type now goes to them\. If anyone is in danger, call 999\.$/);

    await running.handoffs!.appendMessage(handoffId, { from: 'adviser', text: 'Hello, I am **Sam**. How can I help?', at: new Date().toISOString(), adviserName: 'Sam' });
    await waitForAnnouncement(page, /Sam, SENDIASS adviser, said: Hello, I am Sam\. How can I help\?/);
    await waitForBubble(page, /How can I help\?/);
    // On screen: the whole message, in a bubble of Sam's own, beside Sam's avatar.
    const bubble = page.locator('.adviser-message .webchat__bubble__content', { hasText: 'How can I help?' });
    assert.match(await bubble.innerText(), /^Sam \(SENDIASS adviser\): Hello, I am Sam\. How can I help\?$/);
    assert.deepEqual(await page.locator('#webchat .adviser-avatar').allInnerTexts(), ['S']);
    assert.equal(await page.locator('#webchat .adviser-avatar').getAttribute('aria-hidden'), 'true');
    // Read out: who wrote it, once; nobody is "Bot SN".
    const labels = await rowLabels();
    assert.ok(labels.includes('Sam, SENDIASS adviser, said: Hello, I am Sam. How can I help?'), JSON.stringify(labels.slice(-3)));
    assert.ok(labels.every((l) => !/\bBot\b|\bSN said/.test(l)), `no message is read as from "Bot SN": ${JSON.stringify(labels)}`);
    assert.ok(labels.some((l) => l.startsWith('An adviser from SENDIASS, Sam, has joined')), 'the bot\'s own messages are read as they are');

    await type(page, 'Thank you, it is about my son\'s EHC plan', /EHC plan/);
    // Sam answers once the parent's message has reached Sam (as in the hub), so the order is fixed.
    for (let i = 0; i < 200 && (await running.handoffs!.get(handoffId))?.transcript.at(-1)?.text !== 'Thank you, it is about my son\'s EHC plan'; i++) await page.waitForTimeout(50);
    await running.handoffs!.appendMessage(handoffId, { from: 'adviser', text: 'OK. When did the council write to you?', at: new Date().toISOString(), adviserName: 'Sam' });
    await waitForBubble(page, /When did the council write to you\?/);
    assert.equal(await page.locator('#webchat .adviser-avatar').count(), 2, 'each of Sam\'s messages after the parent\'s has Sam\'s avatar');
    await assertNoAxeViolations(page, 'with an adviser');

    // A reload shows the same: who is in the chat comes from the conversation itself.
    await page.reload({ waitUntil: 'load' });
    await waitForBubble(page, /When did the council write to you\?/);
    await page.waitForFunction(() => document.getElementById('who-notice')!.classList.contains('notice--person'));
    assert.match(await notice(), /^Sam, an adviser from SENDIASS, has joined this chat/);
    assert.equal(await page.locator('#webchat .adviser-avatar').count(), 2);

    await running.handoffs!.close(handoffId, 'closed-by-adviser');
    await waitForBubble(page, /The adviser has ended the chat/);
    await page.waitForFunction(() => !document.getElementById('who-notice')!.classList.contains('notice--person'));
    assert.match(await notice(), COMPUTER_NOTICE);
  });

  it('when the parent ends the chat ("end chat"), the notice goes back to saying it is a computer program', async () => {
    await handedOffToSam();
    await page.waitForFunction(() => document.getElementById('who-notice')!.classList.contains('notice--person'));
    await andWaitFor(async () => { await page.locator(SEND_BOX).fill('end chat'); await page.locator(SEND_BOX).press('Enter'); }, /ended your chat with the adviser/);
    await page.waitForFunction(() => !document.getElementById('who-notice')!.classList.contains('notice--person'), null, { timeout: 10_000 });
    assert.match(await notice(), COMPUTER_NOTICE);
  });
});
