import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppConfig } from '../../src/config/config';
import { buildHandoffSummary } from '../../src/domain/handoff/handoffSummary';
import { StaffAccounts } from '../../src/domain/staff/staffAccounts';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../src/storage/sqlite/staffStore';
import { axeViolations, launchChromium, requireChromium } from '../helpers/browser';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue, newHandoff } from './helpers/memoryHandoffQueue';
import { addStaff, disableStaff } from './helpers/staffClient';

const PASSWORD = 'a long enough pass phrase';

async function enableStaff(config: AppConfig, email: string): Promise<void> {
  const db = openSqliteDatabase(config.dataDir);
  try {
    await new StaffAccounts(new SqliteStaffStore(db), config.staff).enable(email);
  } finally {
    db.close();
  }
}

/**
 * An adviser in a real browser: the queue says what each parent wants and who has gone, the
 * "new parent" banner goes once that parent is taken, a call-back request reads as one, writing
 * to a parent who has left says so, and a session that ends says so and keeps the reply typed.
 */
describe('browser: the hub when parents leave, call-backs, and a session that ends', function () {
  this.timeout(90000);
  let running: RunningServer;
  let config: AppConfig;
  let queue: MemoryHandoffQueue;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    requireChromium(this);
    config = testConfig({ LOCAL_DIRECT_LINE: 'off' });
    queue = new MemoryHandoffQueue();
    running = await startServer(config, silentLogger, { handoffQueue: queue });
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD }]);
    browser = await launchChromium();
  });
  beforeEach(async () => {
    for (const r of await queue.list()) await queue.close(r.id, 'closed-by-adviser');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
  });
  afterEach(async () => context?.close());
  after(async () => {
    await browser?.close();
    await running?.close();
  });

  const signIn = async (p: Page, live = true) => {
    await p.goto(`${running.url}/advisers/sign-in`);
    await p.fill('#email', 'sam@sendiass.example');
    await p.fill('#password', PASSWORD);
    await p.click('button[type="submit"]');
    await p.waitForURL(/\/advisers(\?|$)/);
    if (live) await p.waitForFunction(() => /Live updates are on/.test(document.getElementById('live-state')!.textContent!));
    else await p.waitForFunction(() => document.querySelectorAll('#queue-list li').length > 0);
  };
  const text = (selector: string) => page.locator(selector).innerText();

  it('titles parents from their summary, and the banner goes once the new parent is taken', async () => {
    await queue.create(newHandoff('', { reason: 'beyond-guidance', summary: buildHandoffSummary({ reason: 'beyond-guidance', botAnswered: [] }) }));
    await signIn(page);
    assert.deepEqual(await page.$$eval('#queue-list .item-topic', (els) => els.map((e) => e.textContent)), ['A question about their own case']);

    const newcomer = await queue.create(newHandoff('', { summary: buildHandoffSummary({ reason: 'asked', botAnswered: ['Refusal to assess'] }) }));
    await page.waitForFunction(() => !document.getElementById('new-parent-banner')!.hidden);
    await page.waitForFunction(() => /Asked about "Refusal to assess"/.test(document.getElementById('queue-list')!.textContent!));
    await queue.take(newcomer.id, { id: 'someone-else', firstName: 'Alex' });
    await page.waitForFunction(() => /With Alex/.test(document.getElementById('queue-list')!.textContent!));
    assert.equal(await page.locator('#new-parent-banner').isVisible(), false, 'that parent has been taken: no banner');

    const one = await queue.create(newHandoff('One'));
    const two = await queue.create(newHandoff('Two'));
    await page.waitForFunction(() => /2 new parents are waiting\./.test(document.getElementById('new-parent-banner')!.textContent!));
    await queue.close(one.id, 'parent-left');
    await page.waitForFunction(() => /A new parent is waiting\./.test(document.getElementById('new-parent-banner')!.textContent!));
    await queue.take(two.id, { id: 'someone-else', firstName: 'Alex' });
    await page.waitForFunction(() => document.getElementById('new-parent-banner')!.hidden);
  });

  it('names the guided flow, and shows a parent who has left as "Left the chat", after those waiting', async () => {
    const flow = await queue.create(newHandoff('', { reason: 'flow-end', summary: buildHandoffSummary({ reason: 'flow-end', botAnswered: [], flow: { name: 'ehc-request', answers: { "Child's first name": 'Amira' } } }) }));
    const gone = await queue.create(newHandoff('Gone away'));
    await queue.markParentSeen([flow.conversationId, gone.conversationId]);
    await queue.markParentAway({ conversationId: gone.conversationId });
    await signIn(page);
    const items = page.locator('#queue-list li');
    assert.match(await items.nth(0).innerText(), /Asking for an EHC needs assessment/);
    assert.match(await items.nth(1).innerText(), /Left the chat[\s\S]*Not in the chat since \d\d:\d\d\. They do not count in other parents' places/);
    assert.equal(await page.title(), '(1) Adviser hub – SEND Navigator', 'only the parent still waiting is counted');

    await items.nth(0).getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => !document.getElementById('summary-flow')!.hidden);
    assert.equal(await text('#summary-flow-heading'), 'Answers in the guided steps: Asking for an EHC needs assessment');
    assert.equal(await text('#summary-presence'), 'Yes');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('a call-back request reads as one: what to do, and no message box', async () => {
    const h = await queue.create(newHandoff('Call me back'));
    await queue.requestCallback(h.id, { method: 'phone', phone: '07700 900123', bestTime: 'after 3pm' });
    await signIn(page);
    await page.locator('#queue-list li', { hasText: 'Asked for a call-back' }).getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => !document.getElementById('callback-area')!.hidden && /call-back/.test(document.getElementById('conversation-state')!.textContent!));
    const state = await text('#conversation-state');
    assert.match(state, /This is a call-back request\. The parent is not in the chat/);
    assert.doesNotMatch(state, /You are talking with this parent/);
    assert.match(await text('#conversation-next'), /Phone them on 07700 900123 \(best time: after 3pm\)\. Then press "Mark call-back done" and close the conversation\./);
    assert.equal(await page.locator('#send-form').isVisible(), false, 'no message box');
    assert.equal(await page.locator('#return-to-bot').isVisible(), false);
    assert.equal(await page.locator('#callback-done').isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('writing to a parent who has left says so (not "Message sent.") and keeps the words', async () => {
    const h = await queue.create(newHandoff('Still here?'));
    await queue.markParentSeen([h.conversationId]);
    // Live updates are down, so the page cannot know the parent goes: the adviser writes anyway.
    await context.route('**/api/advisers/events', (route) => route.abort());
    await signIn(page, false);
    await page.locator('#queue-list li').first().getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => /You are talking with this parent/.test(document.getElementById('conversation-state')!.textContent!));
    await queue.markParentAway({ conversationId: h.conversationId });
    await page.fill('#message-text', 'Are you still there?');
    await page.press('#message-text', 'Enter');
    await page.waitForFunction(() => /not sent/.test(document.getElementById('hub-status')!.textContent!));
    assert.match(await text('#hub-status'), /^The parent has left the chat \(not connected since \d\d:\d\d\), so your message was not sent\./);
    assert.doesNotMatch(await text('#hub-status'), /Message sent/);
    assert.equal(await page.locator('#message-text').inputValue(), 'Are you still there?', 'the words stay');
    await page.waitForFunction(() => /The parent has left the chat/.test(document.getElementById('conversation-state')!.textContent!));
    assert.equal(await page.locator('#send-form').isVisible(), false);
    assert.ok(!(await queue.get(h.id))!.transcript.some((e) => e.text === 'Are you still there?'));
  });

  it('says live when the parent leaves the chat and when they come back', async () => {
    const h = await queue.create(newHandoff('Back and forth'));
    await queue.markParentSeen([h.conversationId]);
    await signIn(page);
    await page.locator('#queue-list li').first().getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => !document.getElementById('send-form')!.hidden);
    await queue.markParentAway({ conversationId: h.conversationId });
    await page.waitForFunction(() => /The parent has left the chat\.$/.test(document.getElementById('hub-status')!.textContent!));
    assert.match(await text('#conversation-state'), /The parent has left the chat \(not connected since \d\d:\d\d\)\. Messages cannot reach them now\./);
    assert.equal(await page.locator('#send-form').isVisible(), false);
    await queue.markParentSeen([h.conversationId]);
    await page.waitForFunction(() => /The parent is back in the chat\./.test(document.getElementById('hub-status')!.textContent!));
    assert.equal(await page.locator('#send-form').isVisible(), true);
    assert.match(await text('#conversation-state'), /You are talking with this parent/);
  });

  it('when the session ends: says so, stops claiming live updates, and keeps the reply for after signing in again', async () => {
    const h = await queue.create(newHandoff('A careful reply'));
    await queue.markParentSeen([h.conversationId]);
    await signIn(page);
    await page.locator('#queue-list li').first().getByRole('button', { name: /Take/ }).click();
    await page.waitForFunction(() => !document.getElementById('send-form')!.hidden);
    await page.fill('#message-text', 'I have read your message. Here is what I suggest');

    await disableStaff(config, 'sam@sendiass.example');
    await page.waitForFunction(() => !document.getElementById('signed-out')!.hidden, undefined, { timeout: 10000 });
    assert.match(await text('#signed-out'), /You have been signed out\. Sign in again to carry on\./);
    assert.match(await text('#signed-out'), /The reply you were typing is kept on this computer/);
    assert.doesNotMatch(await text('#live-state'), /Live updates are on/);
    assert.match(await text('#live-state'), /Live updates are off: you have been signed out/);

    // Pressing Send now: told again, and nothing is lost.
    await page.press('#message-text', 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'sign-in-again');
    assert.equal(await page.locator('#message-text').inputValue(), 'I have read your message. Here is what I suggest');
    assert.equal(page.url(), `${running.url}/advisers`, 'still on the hub: not sent away to sign in');

    await enableStaff(config, 'sam@sendiass.example');
    await page.click('#sign-in-again');
    await page.waitForURL(/\/advisers\/sign-in\?session-ended/);
    assert.match(await page.locator('main').innerText(), /You have been signed out\. Sign in again to carry on\./);
    await page.fill('#email', 'sam@sendiass.example');
    await page.fill('#password', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/advisers$/);
    await page.waitForFunction(() => !document.getElementById('conversation')!.hidden);
    assert.match(await text('#conversation-heading'), /A careful reply/);
    assert.equal(await page.locator('#message-text').inputValue(), 'I have read your message. Here is what I suggest', 'the reply is back in the box');
    await page.waitForFunction(() => /put back in the box/.test(document.getElementById('hub-status')!.textContent!));
    assert.equal(await page.locator('#signed-out').isVisible(), false);
  });
});
