import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { createLogger, silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

interface Conv { conversationId: string; token: string; streamUrl: string }
type Act = { type: string; text?: string; from: { id: string; role?: string }; channelData?: { sendNavigator?: { kind: string } } };

describe('HTTP: the real server and its local Direct Line', function () {
  let running: RunningServer;
  let base: string;

  before(async () => {
    running = await startServer(testConfig(), silentLogger);
    base = running.url;
  });
  after(async () => running.close());

  const start = async (): Promise<Conv> => {
    const r = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    assert.equal(r.status, 201);
    return (await r.json()) as Conv;
  };
  const poll = async (c: Conv, watermark = 0) => {
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark}`, { headers: { Authorization: `Bearer ${c.token}` } });
    assert.equal(r.status, 200);
    return (await r.json()) as { activities: Act[]; watermark: number };
  };
  const waitFor = async (c: Conv, pred: (a: Act[]) => boolean, ms = 10000) => {
    const until = Date.now() + ms;
    for (;;) {
      const { activities } = await poll(c);
      if (pred(activities)) return activities;
      if (Date.now() > until) throw new Error(`timed out: ${JSON.stringify(activities.map((a) => a.text?.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const send = (c: Conv, text: string, token = c.token) => fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, from: { id: 'parent' } }),
  });

  it('answers /healthz once ready', async () => {
    const r = await fetch(`${base}/healthz`);
    assert.equal(r.status, 200);
    const body = (await r.json()) as { status: string; articles: number };
    assert.equal(body.status, 'ok');
    assert.ok(body.articles >= 10);
  });

  it('serves the web chat page and the Web Chat bundle', async () => {
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /\/vendor\/webchat\.js/);
    assert.ok(page.headers.get('content-security-policy')?.includes("default-src 'self'"));
    const bundle = await fetch(`${base}/vendor/webchat.js`);
    assert.equal(bundle.status, 200);
    assert.ok((await bundle.arrayBuffer()).byteLength > 1_000_000);
  });

  it('holds a conversation: welcome, then a cited answer', async () => {
    const c = await start();
    await waitFor(c, (a) => a.some((x) => x.channelData?.sendNavigator?.kind === 'welcome'));
    const posted = await send(c, 'how long does the council have to decide whether to assess my child?');
    assert.equal(posted.status, 200);
    const acts = await waitFor(c, (a) => a.some((x) => x.channelData?.sendNavigator?.kind === 'answer'));
    const mine = acts.find((a) => a.from.role === 'user');
    assert.equal(mine?.text, 'how long does the council have to decide whether to assess my child?', 'the parent\'s own message is echoed back');
    const answer = acts.find((a) => a.channelData?.sendNavigator?.kind === 'answer')!;
    assert.match(answer.text ?? '', /6 weeks/);
    assert.match(answer.text ?? '', /Source:/);
  });

  it('streams over a WebSocket, backlog first', async () => {
    const c = await start();
    const ws = new WebSocket(c.streamUrl);
    const received: Act[] = [];
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { activities: Act[] };
      received.push(...frame.activities);
    });
    await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
    await send(c, 'what is the local offer');
    const until = Date.now() + 10000;
    while (!received.some((a) => a.channelData?.sendNavigator?.kind === 'answer') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    ws.close();
    assert.ok(received.some((a) => a.channelData?.sendNavigator?.kind === 'welcome'), 'the welcome arrived through the socket');
    assert.ok(received.some((a) => a.channelData?.sendNavigator?.kind === 'answer'));
  });

  it('refuses reading or posting without the conversation\'s own token', async () => {
    const a = await start();
    const b = await start();
    assert.equal((await send(a, 'hello', b.token)).status, 403);
    const r = await fetch(`${base}/v3/directline/conversations/${a.conversationId}/activities`);
    assert.equal(r.status, 403);
    const ws = new WebSocket(a.streamUrl.replace(/t=[^&]+/, 't=wrong'));
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    assert.equal(status, 403);
  });

  it('refuses a malformed activity with 400', async () => {
    const c = await start();
    const r = await fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST', headers: { Authorization: `Bearer ${c.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 42 }),
    });
    assert.equal(r.status, 400);
  });
});

describe('HTTP: the terms of use page (linked from the Teams app)', function () {
  let running: RunningServer;
  before(async () => { running = await startServer(testConfig(), silentLogger); });
  after(async () => running.close());

  it('is served with the local SENDIASS contact filled in', async () => {
    const r = await fetch(`${running.url}/terms`);
    assert.equal(r.status, 200);
    const html = await r.text();
    assert.match(html, /<h1>Terms of use<\/h1>/);
    assert.match(html, /not a lawyer/);
    assert.doesNotMatch(html, /\{\{/);
  });

  it('the terms, privacy notice and accessibility statement each have the one exit bar and a way home, all filled in', async () => {
    for (const page of ['/terms', '/privacy', '/accessibility']) {
      const html = await (await fetch(`${running.url}${page}`)).text();
      assert.equal(html.match(/id="exit-page"/g)?.length, 1, page);
      assert.match(html, /<nav class="exit-bar" aria-label="Leave this page quickly">/, page);
      assert.match(html, /<p class="tagline"><a href="\/">SEND Navigator<\/a><\/p>/, page);
      assert.match(html, /<a class="skip-link" href="#main">/, page);
      assert.doesNotMatch(html, /\{\{|\}\}/, page);
    }
  });
});

describe('HTTP: the privacy notice names who holds parents\' information', function () {
  this.timeout(20000);

  it('names the operator and how to reach them, when configured', async () => {
    const running = await startServer(testConfig({ OPERATOR_NAME: 'Anytown SENDIASS', OPERATOR_PRIVACY_CONTACT: 'privacy@anytown.example' }), silentLogger);
    try {
      const html = await (await fetch(`${running.url}/privacy`)).text();
      assert.match(html, /Your information is held by Anytown SENDIASS, who run SEND Navigator for your area\./);
      assert.match(html, /To use any of these rights, contact Anytown SENDIASS: privacy@anytown\.example\./);
      assert.match(html, /please tell Anytown SENDIASS first/);
      // UK GDPR: the lawful basis, and health information (special category data), are both explained.
      assert.match(html, /lawful basis[^<]*contact Anytown SENDIASS: privacy@anytown\.example/);
      assert.match(html, /"special category" information/);
      assert.match(html, /never written into the technical logs/);
    } finally {
      await running.close();
    }
  });

  it('says so plainly when not configured, and warns at start-up on a public installation', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    const running = await startServer(testConfig({ PUBLIC_URL: 'https://send-navigator.example.org' }), logger);
    try {
      const html = await (await fetch(`${running.url}/privacy`)).text();
      assert.match(html, /Your information is held by the organisation that runs SEND Navigator for your area\./);
      assert.ok(lines.some((l) => l.includes('"privacy.operator_not_named"')), lines.join('\n'));
    } finally {
      await running.close();
    }
  });
});
