import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import WebSocket from 'ws';
import { tempDir } from '../helpers/fixtures';
import { DirectLineClient, spawnServer, stopServer, type Conv, type ServerProcess } from '../reliability/serverHarness';

/**
 * Property: whatever arrives (random and malformed activities and Direct Line calls: bad JSON,
 * wrong types, huge strings, missing fields, wrong tokens, odd paths and methods), the server
 * answers with a 2xx, 3xx or 4xx, never a 5xx; it stays up; and a normal conversation still works
 * afterwards. The server runs as its own process on loopback; every address the bot could be
 * told to reply to is on this machine (or not an address at all).
 */

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function send(port: number, r: RawRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { ...r.headers };
    if (r.body !== undefined) headers['content-length'] = String(Buffer.byteLength(r.body));
    const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { if (body.length < 2000) body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer in 15 s: ${r.method} ${r.path.slice(0, 100)}`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      // The server may answer (413) and hang up before a big body is fully sent: that is an answer.
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve({ status: 0, body: err.code });
      else reject(err);
    });
    if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

/**
 * The one 5xx that is right: the Bot Framework protocol answers an `invoke` the bot does not
 * handle with 501 Not Implemented (botbuilder's ActivityHandler does this; Teams expects it).
 */
function correctServerError(r: RawRequest, status: number): boolean {
  if (status !== 501 || r.path !== '/api/messages') return false;
  try {
    return (JSON.parse(r.body ?? '') as { type?: unknown }).type === 'invoke';
  } catch {
    return false;
  }
}

/** A stand-in channel on this machine for replies to /api/messages. */
async function sink(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"id":"x"}'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

const printable = (max: number) => fc.string({ maxLength: max }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
/** Over the message limit, mostly under the body limit (the body limit has its own cases). */
const huge = fc.integer({ min: 2_001, max: 40_000 }).map((n) => 'x'.repeat(n));
const anything = fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: huge });
const weirdText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 })) },
);

describe('security: the running server under 1,000+ random and malformed requests', function () {
  this.timeout(180_000);
  let server: ServerProcess | undefined;
  let channel: Awaited<ReturnType<typeof sink>> | undefined;
  after(async () => {
    await stopServer(server);
    await channel?.close();
  });

  it('never answers 5xx, stays up, and still holds a normal conversation afterwards', async () => {
    channel = await sink();
    server = await spawnServer({ DATA_DIR: tempDir(), RATE_LIMITS: 'off', LOG_LEVEL: 'warn' });
    const port = Number(new URL(server.url).port);
    const dl = new DirectLineClient(server.url);
    const conversations: Conv[] = [await dl.start(), await dl.start()];
    const ownUrl = `http://127.0.0.1:${port}/`;

    const conversationId = fc.oneof(
      fc.constantFrom(...conversations.map((c) => c.conversationId)),
      printable(40).map(encodeURIComponent),
      fc.constantFrom('%00', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%', 'a'.repeat(5000), '..', '%2e%2e'),
    );
    const token = fc.oneof(
      fc.constantFrom(...conversations.map((c) => c.token)),
      printable(80),
      fc.constant(''),
      fc.integer({ min: 100, max: 20_000 }).map((n) => 't'.repeat(n)),
    );
    const authorization = fc.option(fc.oneof(
      token.map((t) => `Bearer ${t}`),
      printable(60),
      fc.constant('Basic dXNlcjpwYXNz'),
    ), { nil: undefined });
    const path = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(conversationId, fc.constantFrom('', '/activities', '/stream', '/activities/x')).map(([id, rest]) => `/v3/directline/conversations/${id}${rest}`) },
      { weight: 2, arbitrary: fc.tuple(conversationId, fc.oneof(fc.integer().map(String), printable(10).map(encodeURIComponent), fc.constantFrom('-1', '1e309', 'NaN', '[]', '9007199254740993')))
        .map(([id, wm]) => `/v3/directline/conversations/${id}/activities?watermark=${wm}`) },
      { weight: 2, arbitrary: fc.constantFrom('/v3/directline/conversations', '/v3/directline/tokens/refresh', '/api/messages', '/api/directline/token', '/api/chat-config', '/', '/privacy', '/healthz', '/chat.js') },
      { weight: 1, arbitrary: fc.tuple(conversationId, printable(20).map(encodeURIComponent)).map(([id, r]) => `/v3/conversations/${id}/activities/${r}`) },
      { weight: 1, arbitrary: fc.tuple(printable(30).map(encodeURIComponent), printable(30).map(encodeURIComponent)).map(([a, b]) => `/files/${a}/${b}`) },
      { weight: 2, arbitrary: fc.webPath().map((p) => p || '/') },
      { weight: 1, arbitrary: fc.constantFrom('/../../etc/passwd', '//', '/%2e%2e/%2e%2e/', '/v3/directline/conversations/?x[]=1&x[a]=2', '/?' + 'a=1&'.repeat(2000), '/privacy?%') },
    );
    const activity = fc.record({
      type: fc.oneof(fc.constantFrom('message', 'event', 'invoke', 'conversationUpdate', 'typing', 'endOfConversation', ''), weirdText),
      text: weirdText,
      value: anything,
      locale: fc.oneof(fc.constantFrom('en-GB', 'cy'), weirdText),
      from: fc.oneof(fc.record({ id: weirdText, name: weirdText, role: weirdText }, { requiredKeys: [] }), anything),
      recipient: fc.oneof(fc.record({ id: fc.constantFrom('bot', 'send-navigator') }), anything),
      conversation: fc.oneof(fc.record({ id: fc.oneof(fc.constantFrom(...conversations.map((c) => c.conversationId)), printable(30)) }), anything),
      channelId: fc.oneof(fc.constantFrom('directline', 'msteams', 'emulator', 'webchat'), weirdText),
      // Only this machine, or no address at all: replies must never leave the test.
      serviceUrl: fc.oneof(fc.constant(channel.url), fc.constant(ownUrl), fc.constantFrom('not a url', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:1/'), fc.integer()),
      attachments: fc.oneof(fc.array(fc.oneof(fc.record({ contentType: fc.string(), content: anything }), anything), { maxLength: 3 }), anything),
      entities: fc.oneof(fc.array(fc.oneof(fc.record({ type: fc.constantFrom('mention', 'clientInfo') }), anything), { maxLength: 3 }), anything),
      membersAdded: fc.oneof(fc.array(fc.oneof(fc.record({ id: weirdText }), anything), { maxLength: 3 }), anything),
      channelData: anything,
    }, { requiredKeys: [] });
    const body = fc.oneof(
      { weight: 6, arbitrary: activity.map((a) => JSON.stringify(a)) },
      { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 2, arbitrary: activity.chain((a) => { const s = JSON.stringify(a); return fc.integer({ min: 0, max: Math.max(0, s.length - 1) }).map((n) => s.slice(0, n)); }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
      { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":true},"type":"message","text":"hi"}', '['.repeat(5000) + ']'.repeat(5000), '{"type":"message","text":"\\ud800"}', 'null', '""', '0') },
      { weight: 1, arbitrary: fc.integer({ min: 250_000, max: 400_000 }).map((n) => JSON.stringify({ type: 'message', text: 'x'.repeat(n) })) },
    );
    const anyRequest: fc.Arbitrary<RawRequest> = fc.record({
      method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      path,
      authorization,
      contentType: fc.option(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x', 'application/octet-stream', 'application/vnd.api+json', 'garbage'), { nil: undefined }),
      body: fc.option(body, { nil: undefined, freq: 4 }),
      forwardedFor: fc.option(fc.oneof(fc.ipV4(), printable(30)), { nil: undefined, freq: 4 }),
    }).map((r) => {
      const headers: Record<string, string> = {};
      if (r.authorization !== undefined) headers.authorization = r.authorization;
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.forwardedFor) headers['x-forwarded-for'] = r.forwardedFor;
      const bodyAllowed = r.method !== 'GET' && r.method !== 'HEAD';
      return { method: r.method, path: r.path, headers, body: bodyAllowed ? r.body : undefined };
    });

    // Most requests go where the work is: messages into real conversations (usually with their
    // own token) and activities for /api/messages; the rest are anything at all.
    const pair = fc.constantFrom(...conversations);
    const directLineMessage: fc.Arbitrary<RawRequest> = fc.record({
      c: pair,
      ownToken: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
      body: fc.oneof({ weight: 5, arbitrary: activity.map((a) => JSON.stringify(a)) }, { weight: 1, arbitrary: body }),
    }).map(({ c, ownToken, body: b }) => ({
      method: 'POST',
      path: `/v3/directline/conversations/${c.conversationId}/activities`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ownToken ? c.token : conversations.find((o) => o !== c)!.token}` },
      body: b,
    }));
    const nonEmpty = (max: number) => printable(max).filter((t) => t.length > 0);
    const wellFormed = fc.record({
      type: fc.constantFrom('message', 'message', 'conversationUpdate', 'event', 'invoke', 'typing', 'endOfConversation', 'installationUpdate', 'messageReaction'),
      channelId: fc.constantFrom('emulator', 'msteams', 'webchat', 'directline'),
      serviceUrl: fc.constant(channel.url),
      conversation: fc.record({ id: nonEmpty(30), isGroup: fc.boolean(), conversationType: fc.constantFrom('personal', 'channel', 'groupChat') }, { requiredKeys: ['id'] }),
      from: fc.record({ id: nonEmpty(20), name: fc.string({ maxLength: 20 }) }, { requiredKeys: ['id'] }),
      recipient: fc.record({ id: fc.constantFrom('bot', '28:bot') }),
      text: fc.oneof(fc.string({ maxLength: 300 }), huge, fc.constantFrom('what is an EHC plan', 'I want to speak to someone', 'cancel', 'help', '<b>hi</b>')),
      value: anything,
      name: fc.constantFrom('handoff.status', 'adaptiveCard/action', 'task/fetch', 'x'),
      membersAdded: fc.array(fc.record({ id: nonEmpty(20) }), { maxLength: 3 }),
      entities: fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo'), mentioned: fc.record({ id: fc.constant('bot') }), text: fc.string({ maxLength: 20 }) }), { maxLength: 2 }),
    }, { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] });
    const botFrameworkActivity: fc.Arbitrary<RawRequest> = fc.oneof(
      { weight: 4, arbitrary: wellFormed.map((a) => JSON.stringify(a)) },
      { weight: 3, arbitrary: fc.tuple(wellFormed, activity).map(([good, odd]) => JSON.stringify({ ...good, ...odd })) },
      { weight: 2, arbitrary: activity.map((a) => JSON.stringify(a)) },
      { weight: 1, arbitrary: body },
    )
      .map((b) => ({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: b }));
    const request = fc.oneof({ weight: 5, arbitrary: directLineMessage }, { weight: 2, arbitrary: botFrameworkActivity }, { weight: 4, arbitrary: anyRequest });

    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    await fc.assert(fc.asyncProperty(request, async (r) => {
      const { status, body: answer } = await send(port, r);
      const key = `${status} ${r.method} ${r.path.split('?')[0].split('/').slice(0, 4).join('/')}`;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
      assert.ok(status < 500 || correctServerError(r, status), `${r.method} ${r.path.slice(0, 120)} -> ${status} ${answer.slice(0, 200)}`);
    }), { numRuns: 1200, endOnFailure: true });

    // A few WebSocket connections with wrong tokens and odd paths are refused, not crashed on.
    for (const p of [`/v3/directline/conversations/${conversations[0].conversationId}/stream?t=wrong`, '/v3/directline/conversations/x/stream', '/elsewhere', '/v3/directline/conversations/%E0%A4%A/stream?t=']) {
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}${p}`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(-1));
        ws.on('open', () => { ws.close(); resolve(101); });
      });
      assert.ok(status === 403 || status === 404 || status === 400 || status === -1, `${p}: ${status}`);
    }

    assert.equal(server.child.exitCode, null, 'the server process is still running');
    // Errors inside a turn are caught and answered with an apology (bot.turn_error); nothing else may go wrong.
    const errors = server.stderr().split('\n').filter((l) => l.includes('"level":"error"'));
    const unexpected = errors.filter((l) => !l.includes('"event":"bot.turn_error"'));
    assert.deepEqual(unexpected, [], 'no errors outside a turn were logged');
    if (process.env.FUZZ_DEBUG) process.stderr.write(`turn errors:\n${errors.map((l) => l.slice(0, 400)).join('\n')}\n`);
    const health = await fetch(`${server.url}/healthz`);
    assert.equal(health.status, 200);
    // And a parent can still talk to it.
    const c = await dl.start();
    const replies = await dl.say(c, 'how long does the council have to decide whether to assess my child?');
    assert.ok(replies.some((a) => a.channelData?.sendNavigator?.kind === 'answer'), JSON.stringify([...statuses]));
    assert.ok([...statuses.values()].reduce((a, b) => a + b, 0) >= 1000);
    if (process.env.FUZZ_DEBUG) process.stderr.write(`${JSON.stringify([...statuses])}\n${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n')}\n`);
  });
});
