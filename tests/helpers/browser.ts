import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests need Debian's Chromium. In CI (CI=true) it must be there: the test fails.
 * Elsewhere, when it is missing, the test is skipped with a loud message naming the fix.
 */
export function requireChromium(ctx: Mocha.Context): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: CI must run "npm run setup:system" first.`);
  process.stderr.write(`\n*** SKIPPED browser test: Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo npm run setup:system ***\n\n`);
  ctx.skip();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // Playwright gives every launch a fresh, empty profile of its own.
  });
}

/** Runs axe-core (WCAG 2.x A/AA and best practice) on the page; returns the violations. */
export async function axeViolations(page: import('playwright-core').Page): Promise<Array<{ id: string; help: string; nodes: number; targets: string[] }>> {
  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } };
    const res = await w.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return res.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}
