import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { FixedWindowRateLimiter } from '../../src/server/security/rateLimiter';
import { clientAddress } from '../../src/server/security/clientAddress';
import { testConfig } from '../helpers/fixtures';
import { DirectLineClient, texts } from '../reliability/serverHarness';

type ErrorJson = { error: { code: string; message: string } };

/** A stand-in for a Bot Framework channel on this machine: takes the bot's replies and says OK. */
async function fakeChannel(): Promise<{ url: string; replies: string[]; close(): Promise<void> }> {
  const replies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      replies.push(body);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, replies, close: () => new Promise((r) => server.close(() => r())) };
}

describe('security: abuse limits', function () {
  this.timeout(30_000);

  describe('the rate limiter', () => {
    it('allows the set number per minute, then refuses until the minute is up, with the seconds to wait', () => {
      let now = 1_000_000;
      const limiter = new FixedWindowRateLimiter(3, 60_000, () => now);
      assert.deepEqual([1, 2, 3].map(() => limiter.take('a').allowed), [true, true, true]);
      now += 15_000;
      const refused = limiter.take('a');
      assert.equal(refused.allowed, false);
      assert.equal(refused.retryAfterSeconds, 45);
      assert.equal(limiter.take('b').allowed, true, 'keys are counted apart');
      now += 45_000;
      assert.equal(limiter.take('a').allowed, true);
    });

    it('stays bounded however many keys it sees', () => {
      const limiter = new FixedWindowRateLimiter(1, 60_000, () => 0, 100);
      for (let i = 0; i < 1000; i++) limiter.take(`k${i}`);
      assert.ok(limiter.size <= 100);
    });
  });

  it('believes X-Forwarded-For only from a proxy on a private network, and only its last entry', () => {
    const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as http.IncomingMessage;
    assert.equal(clientAddress(req('203.0.113.5', '198.51.100.1')), '203.0.113.5', 'a client on the internet cannot choose its address');
    assert.equal(clientAddress(req('10.0.0.4', '198.51.100.1, 203.0.113.7:51234')), '203.0.113.7');
    assert.equal(clientAddress(req('::ffff:127.0.0.1', 'not-an-address')), '127.0.0.1');
    assert.equal(clientAddress(req('172.16.0.2')), '172.16.0.2');
  });

  describe('on the local Direct Line and the pages', () => {
    let running: RunningServer;
    before(async () => {
      running = await startServer(testConfig({ RATE_LIMIT_CONVERSATION_PER_MINUTE: '3', MAX_MESSAGE_CHARS: '50' }), silentLogger);
    });
    after(async () => running?.close());

    it('per conversation: the 4th message in a minute gets 429, Retry-After and a plain JSON message', async () => {
      const dl = new DirectLineClient(running.url);
      const c = await dl.start();
      for (let i = 0; i < 3; i++) assert.equal((await dl.post(c, { type: 'message', text: 'hello' })).status, 200);
      const r = await dl.post(c, { type: 'message', text: 'hello' });
      assert.equal(r.status, 429);
      const wait = Number(r.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 60, `Retry-After: ${wait}`);
      const body = (await r.json()) as ErrorJson;
      assert.equal(body.error.code, 'TooManyRequests');
      assert.match(body.error.message, /wait a minute/);
      // Another conversation is not held up.
      const other = await dl.start();
      assert.equal((await dl.post(other, { type: 'message', text: 'hello' })).status, 200);
    });

    it('a message over MAX_MESSAGE_CHARS gets a polite reply, not an error', async () => {
      const dl = new DirectLineClient(running.url);
      const c = await dl.start();
      const replies = await dl.say(c, 'My son is nine and I would like to know about EHC plans please.');
      assert.equal(replies.length, 1);
      assert.equal(replies[0].channelData?.sendNavigator?.kind, 'clarify');
      assert.match(texts(replies), /50/, 'the limit named is the configured one');
    });

  });

  it('per address, on the pages and the local Direct Line: past the limit, 429 with Retry-After', async () => {
    const running = await startServer(testConfig({ RATE_LIMIT_ADDRESS_PER_MINUTE: '12' }), silentLogger);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const r = await fetch(`${running.url}/privacy`, { headers: { 'X-Forwarded-For': '198.51.100.23' } });
        statuses.push(r.status);
        if (r.status === 429) {
          assert.ok(Number(r.headers.get('retry-after')) >= 1);
          assert.equal(((await r.json()) as ErrorJson).error.code, 'TooManyRequests');
        } else await r.arrayBuffer();
      }
      assert.ok(statuses.includes(429), statuses.join(','));
      assert.ok(statuses.indexOf(429) <= 12);
      // Someone else (another address behind the same proxy) still gets in.
      assert.equal((await fetch(`${running.url}/privacy`, { headers: { 'X-Forwarded-For': '198.51.100.24' } })).status, 200);
      // The local Direct Line counts the same way.
      const starts: number[] = [];
      for (let i = 0; i < 14; i++) starts.push((await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { 'X-Forwarded-For': '198.51.100.25' } })).status);
      assert.ok(starts.includes(201) && starts.includes(429), starts.join(','));
    } finally {
      await running.close();
    }
  });

  it('/api/messages is limited per conversation only (all of Azure\'s traffic comes from a few addresses)', async () => {
    const channel = await fakeChannel();
    const running = await startServer(testConfig({ RATE_LIMIT_CONVERSATION_PER_MINUTE: '2', RATE_LIMIT_ADDRESS_PER_MINUTE: '3' }), silentLogger);
    try {
      const post = (conversation: string) => fetch(`${running.url}/api/messages`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: channel.url, conversation: { id: conversation }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'hello' }),
      });
      // Ten conversations from one address: well over the per-address limit, all accepted.
      for (let i = 0; i < 10; i++) assert.equal((await post(`c${i}`)).status, 200);
      assert.ok(channel.replies.length >= 10, 'the bot answered each one');
      assert.equal((await post('c0')).status, 200);
      const r = await post('c0');
      assert.equal(r.status, 429);
      assert.ok(r.headers.get('retry-after'));
    } finally {
      await running.close();
      await channel.close();
    }
  });

  it('RATE_LIMITS=off switches every limit off (benchmarks)', async () => {
    const running = await startServer(testConfig({ RATE_LIMITS: 'off', RATE_LIMIT_CONVERSATION_PER_MINUTE: '1', RATE_LIMIT_ADDRESS_PER_MINUTE: '1' }), silentLogger);
    try {
      const dl = new DirectLineClient(running.url);
      const c = await dl.start();
      for (let i = 0; i < 5; i++) assert.equal((await dl.post(c, { type: 'message', text: 'hello' })).status, 200);
      for (let i = 0; i < 5; i++) assert.equal((await fetch(`${running.url}/privacy`, { headers: { 'X-Forwarded-For': '198.51.100.30' } })).status, 200);
    } finally {
      await running.close();
    }
  });
});
