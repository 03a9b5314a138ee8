import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

/** Every route restify knows, as method and path pattern. */
function routes(running: RunningServer): Array<{ method: string; path: string }> {
  const router = (running.server as unknown as { router: { getRoutes(): Record<string, { method: string; path: string }> } }).router;
  return Object.values(router.getRoutes()).map((r) => ({ method: r.method, path: String(r.path) }));
}

describe('security: headers on every page', function () {
  this.timeout(20_000);
  let running: RunningServer;
  before(async () => { running = await startServer(testConfig(), silentLogger); });
  after(async () => running?.close());

  it('every HTML response has the CSP, nosniff, Referrer-Policy, frame protection and Permissions-Policy', async () => {
    const pages: string[] = [];
    for (const route of routes(running)) {
      if (route.method !== 'GET' || /[:*]/.test(route.path)) continue;
      const r = await fetch(`${running.url}${route.path}`, { redirect: 'manual' });
      const type = r.headers.get('content-type') ?? '';
      await r.arrayBuffer();
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', route.path);
      if (!type.startsWith('text/html')) continue;
      pages.push(route.path);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, route.path);
      assert.match(csp, /script-src 'self'(;|$)/, `${route.path}: no inline or third-party scripts`);
      assert.match(csp, /object-src 'none'/, route.path);
      assert.match(csp, /frame-ancestors 'none'/, route.path);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', route.path);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', route.path);
      assert.match(r.headers.get('permissions-policy') ?? '', /camera=\(\).*microphone=\(\)/, route.path);
      assert.equal(r.headers.get('strict-transport-security'), null, `${route.path}: no HSTS over plain HTTP`);
    }
    assert.ok(pages.includes('/') && pages.includes('/privacy'), `HTML pages checked: ${pages.join(', ')}`);
  });

  it('Strict-Transport-Security when served over HTTPS (a proxy on this machine says so)', async () => {
    for (const path of ['/', '/privacy']) {
      const r = await fetch(`${running.url}${path}`, { headers: { 'X-Forwarded-Proto': 'https' } });
      assert.match(r.headers.get('strict-transport-security') ?? '', /max-age=\d{7,}/, path);
    }
  });

  it('error answers get the same headers, and JSON, not HTML', async () => {
    const r = await fetch(`${running.url}/no/such/page/<script>`);
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(!(await r.text()).includes('<script>'), 'the path is not echoed back');
  });
});
