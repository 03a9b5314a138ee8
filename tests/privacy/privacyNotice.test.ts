import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { silentLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';

describe('privacy: the privacy notice', function () {
  this.timeout(20_000);
  let running: RunningServer;
  before(async () => {
    running = await startServer(testConfig({
      CONVERSATION_RETENTION_HOURS: '12', FILE_RETENTION_DAYS: '5', HANDOFF_RETENTION_DAYS: '45', GAPS_RETENTION_MONTHS: '6',
      SENDIASS_NAME: 'Anytown SENDIASS', SENDIASS_PHONE: '01234 567890',
    }), silentLogger);
  });
  after(async () => running?.close());

  it('is linked from the chat page', async () => {
    const html = await (await fetch(`${running.url}/`)).text();
    assert.match(html, /<a href="\/privacy">[^<]*privacy[^<]*<\/a>/i);
  });

  it('says who holds what, why, and for how long: the retention settings of this installation', async () => {
    const r = await fetch(`${running.url}/privacy`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    const html = await r.text();
    assert.match(html, /<h1>How we use your information<\/h1>/);
    assert.match(html, /Who holds your information/);
    assert.match(html, /data controller/);
    assert.match(html, /Deleted 12 hours after your last message/);
    assert.match(html, /Deleted after 5 days/);
    assert.match(html, /Deleted after 45 days/);
    assert.match(html, /Deleted after 6 months/);
    assert.match(html, /Anytown SENDIASS: phone 01234 567890/);
    assert.ok(!/\{\{\w+\}\}/.test(html), 'every placeholder is filled in');
  });

  it('explains rights under UK GDPR, clearing a conversation, and how to complain to the ICO', async () => {
    const html = await (await fetch(`${running.url}/privacy`)).text();
    assert.match(html, /UK GDPR/);
    for (const right of [/copy of the information/, /corrected/, /deleted/, /object/]) assert.match(html, right);
    assert.match(html, /Clear this conversation/);
    assert.match(html, /Information Commissioner's Office \(ICO\)/);
    assert.match(html, /href="https:\/\/ico\.org\.uk\/[^"]*">ico\.org\.uk</);
    assert.match(html, /0303 123 1113/);
  });

  it('fills in settings as text, never as markup', async () => {
    const other = await startServer(testConfig({ SENDIASS_NAME: '<script>alert(1)</script> SENDIASS' }), silentLogger);
    try {
      const html = await (await fetch(`${other.url}/privacy`)).text();
      assert.ok(!html.includes('<script>alert(1)</script>'));
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; SENDIASS/);
    } finally {
      await other.close();
    }
  });
});
