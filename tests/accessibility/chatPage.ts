import type { Page } from 'playwright-core';

/**
 * The parent's chat page as a test drives it: waiting for the bot's messages, and getting a
 * conversation to a given state quickly (by mouse and typing) when the state, not the way there,
 * is what is being checked. The keyboard walks do not use `press` or `type`.
 */

export const SEND_BOX = '[data-id="webchat-sendbox-input"]';

export async function waitForBubble(page: Page, re: RegExp, timeout = 20000): Promise<void> {
  try {
    await page.waitForFunction(
      (src) => Array.from(document.querySelectorAll('.webchat__bubble__content')).some((e) => new RegExp(src, 'i').test((e as HTMLElement).innerText)),
      re.source, { timeout });
  } catch (err) {
    const seen = await page.$$eval('.webchat__bubble__content', (els) => els.slice(-3).map((e) => (e as HTMLElement).innerText.slice(0, 200)));
    throw new Error(`Waited for ${re} but the last messages were: ${JSON.stringify(seen)}`, { cause: err });
  }
}

/** How many messages (bubbles) the chat shows now. */
export async function bubbleCount(page: Page): Promise<number> {
  return page.locator('.webchat__bubble__content').count();
}

/** Waits for a message after the first `countBefore` that matches (not an older one that also would). */
export async function waitForNewBubble(page: Page, countBefore: number, re: RegExp, timeout = 20000): Promise<void> {
  await page.waitForFunction(
    ([n, src]) => Array.from(document.querySelectorAll('.webchat__bubble__content')).slice(n as number).some((e) => new RegExp(src as string, 'i').test((e as HTMLElement).innerText)),
    [countBefore, re.source] as const, { timeout });
}

/** Opens the page and waits for the welcome. */
export async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForBubble(page, /not a person or a lawyer/);
}

export async function type(page: Page, text: string, expectNext: RegExp): Promise<void> {
  const box = page.locator(SEND_BOX);
  await box.fill(text);
  await box.press('Enter');
  await waitForBubble(page, expectNext);
}

export async function press(page: Page, label: string, expectNext: RegExp): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).last().click();
  await waitForBubble(page, expectNext);
}

/** Web Chat's live region: what a screen reader is told when a message arrives. */
export async function waitForAnnouncement(page: Page, re: RegExp, timeout = 20000): Promise<void> {
  try {
    await page.waitForFunction(
      (src) => Array.from(document.querySelectorAll('#webchat [aria-live]')).some((e) => new RegExp(src, 'i').test(e.textContent ?? '')),
      re.source, { timeout });
  } catch (err) {
    const live = await page.$$eval('#webchat [aria-live]', (els) => els.map((e) => (e.textContent ?? '').slice(-300)));
    throw new Error(`No live-region announcement matching ${re}; the live regions hold: ${JSON.stringify(live)}`, { cause: err });
  }
}

/** Suggested actions as Web Chat shows them: a toolbar under the messages. */
export async function suggestedActionLabels(page: Page): Promise<string[]> {
  return page.$$eval('#webchat [role="toolbar"] button', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
}
