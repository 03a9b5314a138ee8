import assert from 'node:assert/strict';
import type { AppConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue, newHandoff } from './helpers/memoryHandoffQueue';
import { addStaff, disableStaff, SseReader, StaffClient } from './helpers/staffClient';

const PASSWORD = 'a long enough pass phrase';

/** Who may use the hub: sessions, CSRF tokens, roles, switched-off accounts, rate limits. */
describe('HTTP: staff sign-in and what the hub refuses', function () {
  this.timeout(20000);
  let running: RunningServer;
  let config: AppConfig;
  let queue: MemoryHandoffQueue;
  let handoffId: string;

  before(async () => {
    config = testConfig({ LOCAL_DIRECT_LINE: 'off' });
    queue = new MemoryHandoffQueue();
    running = await startServer(config, silentLogger, { handoffQueue: queue });
    await addStaff(config, [
      { email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD },
      { email: 'eddie@forum.example', name: 'Eddie Editor', roles: ['editor'], password: PASSWORD },
      { email: 'leaver@sendiass.example', name: 'Lee Leaver', roles: ['adviser'], password: PASSWORD },
      { email: 'gone@sendiass.example', name: 'Gina Gone', roles: ['adviser'], password: PASSWORD },
    ]);
    handoffId = (await queue.create(newHandoff('Exclusions'))).id;
  });
  after(async () => running?.close());

  it('serves a sign-in page that is a plain form, no script needed', async () => {
    const res = await new StaffClient(running.url).get('/advisers/sign-in');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<form method="post" action="\/advisers\/sign-in"/);
    assert.match(html, /<label for="email">Email address<\/label>/);
    assert.match(html, /<label for="password">Password<\/label>/);
    assert.match(html, /autocomplete="current-password"/);
    assert.doesNotMatch(html, /<script/);
    assert.ok(res.headers.get('content-security-policy')?.includes("script-src 'self'"));
    assert.equal((await new StaffClient(running.url).get('/advisers/sign-in.css')).status, 200);
  });

  it('refuses every hub page and API route without a session', async () => {
    const anon = new StaffClient(running.url);
    for (const path of ['/advisers', '/advisers/hub.js', '/advisers/hub.css']) {
      const res = await anon.get(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get('location'), `/advisers/sign-in?next=${encodeURIComponent(path)}`);
    }
    for (const path of ['/api/advisers/queue', '/api/advisers/session', `/api/advisers/handoffs/${handoffId}`, '/api/advisers/events']) {
      const res = await anon.get(path);
      assert.equal(res.status, 401, path);
      assert.match(((await res.json()) as { error: string }).error, /sign in/);
    }
    const take = await anon.post(`/api/advisers/handoffs/${handoffId}/take`);
    assert.equal(take.status, 401);
    anon.cookies.set('sn_staff_session', 'made-up-session-id');
    assert.equal((await anon.get('/api/advisers/queue')).status, 401, 'a made-up session id');
    assert.equal(queue.calls.length, 0, 'nothing reached the queue');
  });

  it('refuses a wrong password with the form again, and no session', async () => {
    const client = new StaffClient(running.url);
    const res = await client.signIn('sam@sendiass.example', 'not the password at all');
    assert.equal(res.status, 401);
    const html = await res.text();
    assert.match(html, /There is a problem/);
    assert.match(html, /email address or password is not right/);
    assert.match(html, /value="sam@sendiass.example"/, 'the email is kept');
    assert.equal(client.cookies.has('sn_staff_session'), false);
    assert.equal((await client.get('/api/advisers/queue')).status, 401);
    // An unknown email gets exactly the same answer.
    const unknown = await new StaffClient(running.url).signIn('nobody@sendiass.example', PASSWORD);
    assert.equal(unknown.status, 401);
    assert.match(await unknown.text(), /email address or password is not right/);
  });

  it('refuses a sign-in form posted without its token (cross-site)', async () => {
    const client = new StaffClient(running.url);
    const res = await client.request('POST', '/advisers/sign-in', { form: { email: 'sam@sendiass.example', password: PASSWORD } });
    assert.equal(res.status, 403);
    assert.equal(client.cookies.has('sn_staff_session'), false);
  });

  it('refuses state changes without the CSRF token, or with another session\'s', async () => {
    const sam = new StaffClient(running.url);
    assert.equal((await sam.signIn('sam@sendiass.example', PASSWORD)).status, 303);
    const other = new StaffClient(running.url);
    assert.equal((await other.signIn('leaver@sendiass.example', PASSWORD)).status, 303);

    const bare = await sam.request('POST', `/api/advisers/handoffs/${handoffId}/take`, { json: {} });
    assert.equal(bare.status, 403);
    assert.match(((await bare.json()) as { error: string }).error, /Reload the page/);
    const borrowed = await sam.request('POST', `/api/advisers/handoffs/${handoffId}/take`, { json: {}, headers: { 'X-CSRF-Token': other.csrfToken } });
    assert.equal(borrowed.status, 403);
    const inForm = await sam.request('POST', `/api/advisers/handoffs/${handoffId}/take`, { json: { csrf: 'wrong' } });
    assert.equal(inForm.status, 403);
    assert.equal(queue.calls.length, 0, 'nothing reached the queue');
    assert.equal((await sam.request('POST', '/advisers/sign-out', { form: {} })).status, 403, 'sign-out needs the token too');
    assert.notEqual(sam.csrfToken, other.csrfToken);
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const sam = new StaffClient(running.url);
    await sam.signIn('sam@sendiass.example', PASSWORD);
    const oldCookie = sam.cookies.get('sn_staff_session')!;
    const res = await sam.request('POST', '/advisers/sign-out', { form: { csrf: sam.csrfToken } });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/advisers/sign-in?signed-out');
    assert.equal(sam.cookies.has('sn_staff_session'), false);
    assert.match(await (await sam.get('/advisers/sign-in?signed-out')).text(), /You have signed out/);
    sam.cookies.set('sn_staff_session', oldCookie);
    assert.equal((await sam.get('/api/advisers/queue')).status, 401, 'the old session id no longer works');
  });

  it('refuses the wrong role with 403', async () => {
    const eddie = new StaffClient(running.url);
    const signedIn = await eddie.signIn('eddie@forum.example', PASSWORD);
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.headers.get('location'), '/admin', 'an editor lands in the KB admin, not the hub');
    const page = await eddie.get('/advisers');
    assert.equal(page.status, 403);
    assert.match(await page.text(), /You do not have access to this page/);
    assert.equal((await eddie.get('/api/advisers/queue')).status, 403);
  });

  it('will not sign in a switched-off account, and ends its sessions', async () => {
    const lee = new StaffClient(running.url);
    assert.equal((await lee.signIn('leaver@sendiass.example', PASSWORD)).status, 303);
    assert.equal((await lee.get('/api/advisers/queue')).status, 200);
    await disableStaff(config, 'leaver@sendiass.example');
    assert.equal((await lee.get('/api/advisers/queue')).status, 401, 'signed out at once');
    const again = await new StaffClient(running.url).signIn('leaver@sendiass.example', PASSWORD);
    assert.equal(again.status, 401);
    assert.match(await again.text(), /switched off/);
  });

  it('sets Secure on the cookie when the request came over HTTPS (via a proxy)', async () => {
    const client = new StaffClient(running.url, { 'X-Forwarded-Proto': 'https' });
    assert.equal((await client.signIn('sam@sendiass.example', PASSWORD)).status, 303);
    assert.match(client.cookieHeaders.get('sn_staff_session') ?? '', /; Secure/);
  });

  it('only sends people back to staff pages after sign-in (no open redirect)', async () => {
    const a = new StaffClient(running.url);
    assert.equal((await a.signIn('sam@sendiass.example', PASSWORD, 'https://evil.example/')).headers.get('location'), '/advisers');
    const b = new StaffClient(running.url);
    assert.equal((await b.signIn('sam@sendiass.example', PASSWORD, '//evil.example')).headers.get('location'), '/advisers');
    const c = new StaffClient(running.url);
    assert.equal((await c.signIn('sam@sendiass.example', PASSWORD, '/admin')).headers.get('location'), '/admin');
  });

  it('ends open live streams when the server closes, instead of waiting on them', async () => {
    const gina = new StaffClient(running.url);
    await gina.signIn('gone@sendiass.example', PASSWORD);
    const stream = await SseReader.open(gina);
    assert.equal(stream.status, 200);
    await stream.next((e) => e.event === 'ready');
    await running.close();
    await assert.rejects(stream.next(() => false, 2000), /ended/);
    running = await startServer(config, silentLogger, { handoffQueue: queue });
  });
});

describe('HTTP: sign-in attempts are rate-limited', function () {
  this.timeout(20000);
  let running: RunningServer;

  before(async () => {
    const config = testConfig({ LOCAL_DIRECT_LINE: 'off', SIGNIN_ATTEMPTS_PER_15_MINUTES: '3' });
    running = await startServer(config, silentLogger, { handoffQueue: new MemoryHandoffQueue() });
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: PASSWORD }]);
  });
  after(async () => running?.close());

  it('after 3 wrong passwords, refuses even the right one with 429 and a plain message', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await new StaffClient(running.url).signIn('sam@sendiass.example', `wrong guess ${i}`)).status, 401);
    const res = await new StaffClient(running.url).signIn('sam@sendiass.example', PASSWORD);
    assert.equal(res.status, 429);
    assert.match(await res.text(), /too many sign-in attempts\. Please wait 15 minutes/);
    assert.equal(res.headers.get('retry-after'), '900');
    // The same address is held back for other accounts too.
    assert.equal((await new StaffClient(running.url).signIn('someone@sendiass.example', PASSWORD)).status, 429);
  });
});
