import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/browser';

/**
 * What the accessibility tests check on any page, in a real browser: axe-core, reflow at 320 CSS
 * px, visible focus, and moving around with the keyboard alone. Shared by the files in this folder.
 */

/** Fails with the list of axe-core violations (WCAG 2.0/2.1/2.2 A and AA, and best practice). */
export async function assertNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${state}: axe-core found ${JSON.stringify(violations, null, 2)}`);
}

/** Where the 320 px screenshots go (SCREENSHOT_DIR, or the system's temporary folder). */
export function screenshotPath(name: string): string {
  return path.join(process.env.SCREENSHOT_DIR ?? os.tmpdir(), `a11y-${name}.png`);
}

/**
 * The narrow-screen check: at 320 x 640 the page reflows, `alsoAtNarrow` (if any) passes, axe-core
 * finds nothing, and a full-page screenshot is kept; then the viewport goes back to `wide`.
 */
export async function checkAtNarrowWidth(page: Page, state: string, shot: string, wide: { width: number; height: number }, alsoAtNarrow?: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    await assertReflows(page, 320, `${state} (320 px)`);
    await alsoAtNarrow?.();
    await assertNoAxeViolations(page, `${state} (320 px)`);
    await page.screenshot({ path: screenshotPath(shot), fullPage: true });
  } finally {
    await page.setViewportSize(wide);
  }
}

/**
 * Reflow (WCAG 1.4.10): at this width the page does not scroll sideways, and no text is cut
 * short ("…" or clipped) and no control is cut off at the side. Fails naming what is wrong.
 */
export async function assertReflows(page: Page, width: number, state: string): Promise<void> {
  const found = await page.evaluate(() => {
    const cut: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const hasOwnText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasOwnText || !el.offsetParent) continue;
      const cs = getComputedStyle(el);
      const clips = cs.textOverflow === 'ellipsis' || cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) cut.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent!.trim().slice(0, 60)}"`);
    }
    // Controls cut off by a box that hides what overflows it (a button with its right edge missing).
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea'))) {
      // Only what can be seen: not hidden, see-through, or inside a 1 px "for screen readers only" box.
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el === document.activeElement) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2) continue;
      let srOnly = false;
      for (let a = el.parentElement; a && !srOnly; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        srOnly = getComputedStyle(a).display !== 'contents' && (box.width <= 1 || box.height <= 1);
      }
      if (srOnly) continue;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const ox = getComputedStyle(box).overflowX;
        if (ox !== 'hidden' && ox !== 'clip') continue;
        const b = box.getBoundingClientRect();
        if (r.right > b.right + 1 || r.left < b.left - 1) {
          cut.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.innerText || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim().slice(0, 40)}" is cut off at the side`);
          break;
        }
      }
    }
    // The deepest elements that stick out on the right: what makes the page scroll sideways.
    const wide = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => !Array.from(el.children).some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, cut, wide };
  });
  assert.ok(found.scrollWidth <= width, `${state}: the page scrolls sideways at ${width} px (it is ${found.scrollWidth} px wide, because of ${found.wide.join(', ')})`);
  assert.deepEqual(found.cut, [], `${state}: text is cut short at ${width} px`);
}

export interface FocusedElement {
  readonly description: string;
  /** A focus indicator a sighted keyboard user can see: an outline or a box shadow. */
  readonly visibleFocus: boolean;
  readonly tag: string;
  readonly id: string;
  readonly role: string | null;
  readonly name: string;
  readonly href: string | null;
  readonly inWebChat: boolean;
  /** The element's box on screen, to check nothing fixed or sticky covers it. */
  readonly rect: { top: number; bottom: number; left: number; right: number };
}

/** The element that has the keyboard focus, and whether its focus can be seen. */
export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const labelText = labelledBy
      ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      : '';
    const labels = (el as HTMLInputElement).labels;
    const labelFor = labels && labels.length ? Array.from(labels).map((l) => l.innerText).join(' ') : '';
    const name = (el.getAttribute('aria-label') || labelText || labelFor || el.getAttribute('title') || el.innerText || (el as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ');
    const r = el.getBoundingClientRect();
    return {
      description: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name.slice(0, 60)}"`,
      visibleFocus: outline || shadow,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role'),
      name,
      href: el.getAttribute('href'),
      inWebChat: Boolean(el.closest('#webchat')),
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
    };
  });
}

/**
 * Presses a key and checks what keyboard users need after every press: the focus moved (no
 * trap) and it can be seen. Returns the newly focused element.
 */
export async function pressAndCheckFocus(page: Page, key: string): Promise<FocusedElement> {
  const before = await focused(page);
  await page.keyboard.press(key);
  const after = await focused(page);
  if (after.tag !== 'body') {
    assert.ok(after.visibleFocus, `after ${key}, the focus on ${after.description} cannot be seen (no outline or box shadow)`);
  }
  if (key === 'Tab' || key === 'Shift+Tab') {
    assert.ok(
      before.tag === 'body' || after.description !== before.description || after.rect.top !== before.rect.top,
      `${key} did not move the focus from ${before.description}: a keyboard trap`);
  }
  return after;
}

/** Tabs (or Shift+Tabs) until `wanted` is focused, checking focus on the way; fails after `max` presses. */
export async function tabTo(page: Page, wanted: (f: FocusedElement) => boolean, what: string, options: { back?: boolean; max?: number } = {}): Promise<FocusedElement> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  let current = await focused(page);
  for (let i = 0; i < (options.max ?? 40); i++) {
    if (current.tag !== 'body' && wanted(current)) return current;
    current = await pressAndCheckFocus(page, key);
    seen.push(current.description);
  }
  throw new Error(`${what} was not reached with ${key}; the focus went to: ${seen.join(' → ')}`);
}

/**
 * Tabs through the whole page from the top and back to the start, checking every stop: visible
 * focus, no trap, and (with `coveredBy`) that no sticky bar hides the focused element (WCAG 2.4.11).
 * Returns the stops in order.
 */
export async function tabThroughPage(page: Page, options: { coveredBy?: string; max?: number } = {}): Promise<FocusedElement[]> {
  await startFromTop(page);
  const stops: FocusedElement[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    const f = await pressAndCheckFocus(page, 'Tab');
    if (f.tag === 'body' || (stops.length && f.description === stops[0].description)) return stops;
    if (options.coveredBy) {
      const hidden = await page.evaluate((sel) => {
        // Entirely hidden (WCAG 2.4.11) when every point of the element on screen is under the bar.
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]
          .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
        return points.length > 0 && points.every(([x, y]) => {
          const hit = document.elementFromPoint(x, y);
          return Boolean(hit && !el.contains(hit) && hit.closest(sel));
        });
      }, options.coveredBy);
      assert.ok(!hidden, `${f.description} is hidden under ${options.coveredBy} when it has the focus`);
    }
    stops.push(f);
  }
  throw new Error(`Tab never left the page or came back to the start: ${stops.map((s) => s.description).join(' → ')}`);
}

/** Puts the keyboard's starting point back at the top of the page, as after loading it. */
export async function startFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.body;
    body.setAttribute('tabindex', '-1');
    body.focus();
    body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
}

/** Emulates the reader making text twice as big (browser text size, not page zoom). */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((p) => { document.documentElement.style.fontSize = `${p}%`; }, percent);
}

/** Reduced motion respected: nothing on the page animates or transitions. Returns what does. */
export async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('*'))
    .filter((el) => {
      const cs = getComputedStyle(el);
      const animates = cs.animationName !== 'none' && parseFloat(cs.animationDuration) > 0;
      const transitions = cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && cs.transitionProperty !== 'none';
      return animates || transitions;
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
}

/**
 * Non-text contrast (WCAG 1.4.11): every text box has an edge (its own border, or its frame's)
 * at least 3:1 against what is behind it. Returns the boxes that do not, for the message.
 */
export async function faintTextBoxes(page: Page): Promise<string[]> {
  // A string, not a function: the test runner's compiler would add helpers the page does not have.
  return page.evaluate(FAINT_TEXT_BOXES) as Promise<string[]>;
}

const FAINT_TEXT_BOXES = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || ['0', '0', '0', '0']).map(Number);
  const channel = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
  const lum = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const ratio = (a, b) => { const x = Math.max(lum(a), lum(b)); const y = Math.min(lum(a), lum(b)); return (x + 0.05) / (y + 0.05); };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  const faint = [];
  const boxes = Array.from(document.querySelectorAll('input[type="text"], input[type="email"], input[type="password"], input[type="search"], input:not([type]), textarea'));
  for (const box of boxes) {
    if (!box.checkVisibility() || box.getBoundingClientRect().width <= 1) continue;
    let best = 0;
    let el = box;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      const cs = getComputedStyle(el);
      for (const side of ['top', 'right', 'bottom', 'left']) {
        if (parseFloat(cs.getPropertyValue('border-' + side + '-width')) < 1 || cs.getPropertyValue('border-' + side + '-style') === 'none') continue;
        best = Math.max(best, ratio(rgb(cs.getPropertyValue('border-' + side + '-color')), background(el.parentElement)));
      }
    }
    if (best < 3) faint.push(box.tagName.toLowerCase() + (box.id ? '#' + box.id : '') + ' "' + (box.getAttribute('aria-label') || box.getAttribute('name') || '') + '": edge contrast ' + best.toFixed(2) + ':1');
  }
  return faint;
})()`;
