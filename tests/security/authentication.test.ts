import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

const AZURE = {
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002',
};

/** A well-formed activity, as Azure Bot Service would deliver one. */
const activity = (conversation = 'conv-1') => ({
  type: 'message',
  id: 'a1',
  channelId: 'webchat',
  serviceUrl: 'https://webchat.botframework.com/',
  conversation: { id: conversation },
  from: { id: 'user-1' },
  recipient: { id: 'bot' },
  text: 'hello',
});

type ErrorJson = { error: { code: string; message: string } };

describe('security: authentication and what is checked before it', function () {
  this.timeout(20_000);

  describe('with a Microsoft app id (Azure Bot Service)', () => {
    let running: RunningServer;
    before(async () => { running = await startServer(testConfig(AZURE), silentLogger); });
    after(async () => running?.close());

    const postMessages = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

    it('refuses /api/messages without a Bot Framework token: 401 with a JSON reason', async () => {
      const r = await postMessages(JSON.stringify(activity()));
      assert.equal(r.status, 401);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/);
      const body = (await r.json()) as ErrorJson;
      assert.equal(body.error.code, 'Unauthorized');
    });

    it('refuses a token that is not a Bot Framework token: 401', async () => {
      for (const authorization of ['Bearer nonsense', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.']) {
        const r = await postMessages(JSON.stringify(activity()), { Authorization: authorization });
        assert.equal(r.status, 401, authorization.slice(0, 20));
      }
    });

    it('checks size and JSON before authentication: 413 and 400 (JSON bodies), not 401 or 500', async () => {
      const huge = await postMessages(JSON.stringify({ ...activity(), text: 'x'.repeat(300 * 1024) }));
      assert.equal(huge.status, 413);
      assert.equal(((await huge.json()) as ErrorJson).error.code, 'PayloadTooLarge');

      const broken = await postMessages('{"type": "message", ');
      assert.equal(broken.status, 400);
      assert.equal(((await broken.json()) as ErrorJson).error.code, 'BadArgument');

      const notAnActivity = await postMessages('[1, 2, 3]');
      assert.equal(notAnActivity.status, 400);
    });

    it('counts a body sent without a declared size, too (chunked): 413', async () => {
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10 * 1024)));
          controller.close();
        },
      });
      const r = await fetch(`${running.url}/api/messages`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: chunks, duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      assert.equal(r.status, 413);
    });

    it('switches the local Direct Line off', async () => {
      const r = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' });
      assert.equal(r.status, 404);
      assert.equal(((await (await fetch(`${running.url}/api/chat-config`)).json()) as { mode: string }).mode, 'none');
    });
  });

  it('with an app id and LOCAL_DIRECT_LINE=on, the local Direct Line is there', async () => {
    const running = await startServer(testConfig({ ...AZURE, LOCAL_DIRECT_LINE: 'on' }), silentLogger);
    try {
      const r = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' });
      assert.equal(r.status, 201);
    } finally {
      await running.close();
    }
  });

  it('with no app id (local mode, nothing authenticated), /api/messages takes requests from this computer only', async () => {
    const running = await startServer(testConfig(), silentLogger);
    try {
      // Through a reverse proxy on this machine, for someone elsewhere on the internet.
      const r = await fetch(`${running.url}/api/messages`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' }, body: JSON.stringify(activity()),
      });
      assert.equal(r.status, 403);
      assert.equal(((await r.json()) as ErrorJson).error.code, 'Forbidden');
    } finally {
      await running.close();
    }
  });
});
