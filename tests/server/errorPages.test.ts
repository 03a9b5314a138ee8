import assert from 'node:assert/strict';
import type { Request } from 'restify';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { prefersHtml } from '../../src/server/security/httpErrors';
import { testConfig } from '../helpers/fixtures';
import { launchChromium, requireChromium } from '../helpers/browser';
import { assertNoAxeViolations, assertReflows } from '../accessibility/a11yKit';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const GONE_FILE = '/files/AAAAAAAAAAAAAAAAAAAAAAAA/ehc-key-dates.ics';

describe('error answers: a page for people in a browser, JSON for everyone else', function () {
  this.timeout(60000);
  let running: RunningServer;

  before(async () => {
    running = await startServer(testConfig({ FILE_RETENTION_DAYS: '7' }), silentLogger);
  });
  after(async () => running?.close());

  const get = (path: string, accept?: string, method = 'GET') =>
    fetch(`${running.url}${path}`, { method, headers: accept ? { Accept: accept } : {} });

  it('tells a browser from an API client by its Accept header', () => {
    const ask = (accept: string | undefined, method = 'GET') => prefersHtml({ method, headers: accept === undefined ? {} : { accept } } as unknown as Request);
    assert.equal(ask(BROWSER_ACCEPT), true, 'a browser opening a page');
    assert.equal(ask('text/html'), true);
    assert.equal(ask(undefined), false, 'no Accept header');
    assert.equal(ask('*/*'), false, 'fetch() and curl');
    assert.equal(ask('application/json'), false);
    assert.equal(ask('application/json, text/html;q=0.5'), false, 'JSON preferred');
    assert.equal(ask('text/html;q=0'), false, 'HTML refused');
    assert.equal(ask(BROWSER_ACCEPT, 'POST'), false, 'only pages that are opened (GET, HEAD)');
  });

  it('a wrong address opened in a browser: an HTML page (en-GB, title, h1, main, a link back to the chat), still 404', async () => {
    const r = await get('/no/such/page/<script>', BROWSER_ACCEPT);
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/, 'the same security headers as every page');
    const html = await r.text();
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /<title>Page not found – SEND Navigator<\/title>/);
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.match(html, /<h1>Page not found<\/h1>/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<a href="\/">Go to the SEND Navigator chat<\/a>/);
    assert.match(html, /Exit this page/, 'the quick way out is on this page too');
    assert.ok(!html.includes('<script>') && !html.includes('no/such/page'), 'the address is not echoed back');
  });

  it('the same wrong address for a script: JSON, as before', async () => {
    for (const accept of [undefined, '*/*', 'application/json']) {
      const r = await get('/no/such/page', accept);
      assert.equal(r.status, 404);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/, String(accept));
      assert.deepEqual(await r.json(), { error: { code: 'NotFound', message: 'There is nothing at this address.' } });
    }
    const post = await fetch(`${running.url}/no/such/page`, { method: 'POST', headers: { Accept: BROWSER_ACCEPT } });
    assert.match(post.headers.get('content-type') ?? '', /application\/json/, 'a POST is never a page');
  });

  it('an expired file link opened in a browser: says the file has gone, how long files are kept, and how to make it again', async () => {
    const r = await get(GONE_FILE, BROWSER_ACCEPT);
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    const html = await r.text();
    assert.match(html, /<title>File no longer available – SEND Navigator<\/title>/);
    assert.match(html, /<h1>This file is no longer available<\/h1>/);
    assert.match(html, /Files are kept for 7 days/);
    assert.match(html, /You can make it again by going through the same guide in the chat/);
    assert.match(html, /Ask for an EHC needs assessment/);
    assert.match(html, /<a href="\/">Go to the SEND Navigator chat<\/a>/);
  });

  it('the expired file for a script: JSON in the server\'s usual error shape', async () => {
    const r = await get(GONE_FILE, 'application/json');
    assert.equal(r.status, 404);
    assert.deepEqual(await r.json(), { error: { code: 'NotFound', message: 'This file is no longer available. Files are kept for 7 days.' } });
  });

  describe('in a real browser', () => {
    let browser: Browser;
    before(async function () {
      requireChromium(this);
      browser = await launchChromium();
    });
    after(async () => browser?.close());

    for (const [name, path] of [['the page-not-found page', '/no/such/page'], ['the file-gone page', GONE_FILE]] as const) {
      it(`${name}: no axe-core violations, reflows at 320 px, and its link goes back to the chat`, async () => {
        // bypassCSP only so axe-core can be injected.
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
        try {
          const response = await page.goto(`${running.url}${path}`);
          assert.equal(response?.status(), 404);
          await assertNoAxeViolations(page, `${name} (1280 px)`);
          await page.setViewportSize({ width: 320, height: 568 });
          await assertReflows(page, 320, name);
          await assertNoAxeViolations(page, `${name} (320 px)`);
          await page.getByRole('link', { name: 'Go to the SEND Navigator chat' }).click();
          await page.waitForSelector('[data-id="webchat-sendbox-input"]', { timeout: 20000 });
        } finally {
          await page.close();
        }
      });
    }
  });
});
