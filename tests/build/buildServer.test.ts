import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildServer, DIST_DIR, REPO_ROOT } from '../../scripts/build/buildServer';
import { findAppRoot } from '../../src/config/appRoot';
import { tempDir } from '../helpers/fixtures';

/** `npm start` runs the built copy of the server: it must be the same bot as the source. */

function runBuilt(args: string[], input: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(DIST_DIR, 'src/cli/entry.js'), ...args], {
      // Run from elsewhere: the built code must find knowledge/ and public/ by itself.
      cwd: tempDir(),
      env: { PATH: process.env.PATH, TZ: 'Europe/London', LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe('the built server (npm start)', function () {
  this.timeout(90_000);

  before(() => {
    buildServer();
  });

  it('builds every TypeScript file of the server into dist/, and nothing of its own that has no source', () => {
    for (const file of ['src/cli/entry.js', 'src/server/createServer.js', 'dialogs/mainDialog.js', 'src/config/appRoot.js']) {
      assert.ok(fs.existsSync(path.join(DIST_DIR, file)), `${file} is built`);
    }
    const stale = path.join(DIST_DIR, 'src', 'no-longer-here.js');
    fs.writeFileSync(stale, 'module.exports = 1;\n');
    const result = buildServer();
    assert.equal(fs.existsSync(stale), false, 'a file whose TypeScript has gone is removed');
    assert.ok(result.removed >= 1);
  });

  it('answers a parent from the knowledge base, citing its source, run from another folder', async () => {
    const { code, stdout, stderr } = await runBuilt(['ask', '--jsonl'], '{"q":"how long does the council have to decide whether to assess my child?"}\n', { DATA_DIR: tempDir() });
    assert.equal(code, 0, stderr);
    const reply = JSON.parse(stdout.trim()) as { kind: string; text: string; sources?: string[] };
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /6 weeks/);
    assert.ok((reply.sources ?? []).length > 0, 'the answer cites its source');
  });

  it('says clearly what is wrong with a bad setting, as the source does', async () => {
    const { code, stderr } = await runBuilt(['serve'], '', { DATA_DIR: tempDir(), PORT: 'eighty' });
    assert.equal(code, 78, 'the exit code for a configuration error');
    assert.match(stderr, /PORT.*must be a port number/);
  });
});

describe('finding the project folder', () => {
  it('walks up from a folder to the one with package.json', () => {
    assert.equal(findAppRoot(path.join(REPO_ROOT, 'src', 'config')), REPO_ROOT);
    assert.equal(findAppRoot(path.join(DIST_DIR, 'src', 'server')), REPO_ROOT);
  });

  it('says so when there is no project above it', () => {
    assert.throws(() => findAppRoot('/'), /no package\.json in \/ or any folder above it/);
  });
});
