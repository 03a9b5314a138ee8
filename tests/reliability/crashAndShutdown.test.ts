import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../src/storage/sqlite/sqliteDatabase';
import { tempDir } from '../helpers/fixtures';
import { DirectLineClient, spawnServer, stopServer, texts, type Act, type ServerProcess } from './serverHarness';

/**
 * The real server as a separate process, as it runs in production: a parent half-way through the
 * EHC needs assessment guide loses nothing when the server is killed outright (kill -9) and
 * restarted, and SIGTERM stops it cleanly.
 */
describe('reliability: kill -9, restart, and a graceful SIGTERM', function () {
  this.timeout(90_000);
  const dataDir = tempDir();
  let server: ServerProcess | undefined;
  after(async () => stopServer(server));

  const flowReplies = (acts: Act[]) => acts.filter((a) => a.channelData?.sendNavigator?.flow === 'ehc-request');

  it('a parent half-way through a guided flow carries on from the same step after kill -9', async () => {
    server = await spawnServer({ DATA_DIR: dataDir, RATE_LIMITS: 'off' });
    let dl = new DirectLineClient(server.url);

    // Two parents take the same steps; one is interrupted by the crash, one is not.
    const steady = await dl.start();
    const crashed = await dl.start();
    for (const c of [steady, crashed]) {
      assert.match(texts(await dl.say(c, 'I want to ask the council to assess my son for an EHCP')), /Who is asking for the assessment/);
      await dl.say(c, 'I am a parent or carer');
    }
    const nameStep = await dl.say(crashed, 'Sam');
    assert.ok(flowReplies(nameStep).length > 0, texts(nameStep));
    await dl.say(steady, 'Sam');
    const expected = await dl.say(steady, '12/5/2017');
    assert.ok(flowReplies(expected).length > 0, texts(expected));

    server.child.kill('SIGKILL');
    assert.equal(await server.exited, 'SIGKILL');
    // Proof the crash was a crash: the database's write-ahead log was never checkpointed.
    assert.ok(fs.existsSync(path.join(dataDir, `${DATABASE_FILE}-wal`)));

    server = await spawnServer({ DATA_DIR: dataDir, RATE_LIMITS: 'off' });
    dl = new DirectLineClient(server.url);
    // The same conversation id and token still work (what the page keeps in sessionStorage)...
    const history = await dl.activities(crashed);
    assert.ok(history.activities.some((a) => a.text === 'Sam'), 'the conversation so far is still there');
    // ...and the next answer gets the next question, exactly as for the parent with no crash.
    const after = await dl.say(crashed, '12/5/2017');
    assert.deepEqual(after.map((a) => a.text), expected.map((a) => a.text));
    assert.doesNotMatch(texts(after), /Who is asking for the assessment/);
    const next = await dl.say(crashed, 'School');
    assert.ok(flowReplies(next).length > 0, `the flow goes on: ${texts(next)}`);
  });

  it('SIGTERM: stops taking requests, exits 0, and closes the database cleanly', async () => {
    assert.ok(server, 'runs after the crash test, on the restarted server');
    const dl = new DirectLineClient(server.url);
    const c = await dl.start();
    await dl.say(c, 'what is the local offer');

    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    const logs = server.stderr();
    assert.match(logs, /"event":"server\.stopping","signal":"SIGTERM"/);
    assert.match(logs, /"event":"server\.stopped"/);
    // A closed database checkpoints its write-ahead log and removes it; a killed one leaves it behind.
    assert.equal(fs.existsSync(path.join(dataDir, `${DATABASE_FILE}-wal`)), false);

    // And everything is still there on the next start.
    server = await spawnServer({ DATA_DIR: dataDir, RATE_LIMITS: 'off' });
    const again = new DirectLineClient(server.url);
    assert.ok((await again.activities(c)).activities.some((a) => a.channelData?.sendNavigator?.kind === 'answer'));
    await stopServer(server, 'SIGTERM');
  });
});
