import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { DEFAULT_OPTIONS, parseBenchArgs, UsageError } from '../../scripts/bench/benchArgs';
import { startScriptNodeFlags } from '../../scripts/bench/startCommand';
import { tempDir } from '../helpers/fixtures';

/** Smoke tests only: the benchmark's figures are for `npm run bench`, never asserted here. */

const ROOT = path.resolve(__dirname, '../..');

function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'scripts/bench', script), ...args], { cwd: ROOT, timeout: 90_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('benchmark: the command line', () => {
  it('defaults to 50 parents for 60 seconds per server', () => {
    assert.deepEqual(parseBenchArgs([]), DEFAULT_OPTIONS);
    assert.equal(DEFAULT_OPTIONS.concurrency, 50);
  });

  it('reads its options, in either form', () => {
    const o = parseBenchArgs(['--concurrency', '5', '--seconds=3', '--warmup', '0', '--json', '--node-flags', '--max-old-space-size=256']);
    assert.ok(o !== 'help');
    assert.equal(o.concurrency, 5);
    assert.equal(o.seconds, 3);
    assert.equal(o.warmupSeconds, 0);
    assert.equal(o.json, true);
    assert.deepEqual(o.nodeFlags, ['--max-old-space-size=256']);
    assert.equal(parseBenchArgs(['--help']), 'help');
  });

  it('runs the servers with the Node.js flags npm start uses', () => {
    assert.deepEqual(DEFAULT_OPTIONS.nodeFlags, startScriptNodeFlags());
    const dir = tempDir();
    const write = (start: string) => {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start } }));
      return startScriptNodeFlags(path.join(dir, 'package.json'));
    };
    assert.deepEqual(write('node --max-old-space-size=256 --no-warnings bin/send-navigator.js serve'), ['--max-old-space-size=256', '--no-warnings']);
    assert.deepEqual(write('node bin/send-navigator.js serve --port 3'), []);
    assert.deepEqual(write('send-navigator serve'), []);
  });

  it('refuses what would make an unbounded or odd run', () => {
    for (const args of [['--concurrency', '0'], ['--seconds', '100000'], ['--seconds', 'ten'], ['--warmup'], ['--frobnicate'], ['--node-flags', 'rm -rf /']]) {
      assert.throws(() => parseBenchArgs(args), UsageError, args.join(' '));
    }
  });
});

describe('benchmark: a tiny run', function () {
  this.timeout(120_000);

  it('drives both servers and prints the figures as JSON on the last line of stdout', async () => {
    const { code, stdout, stderr } = await run('bench.ts', ['--concurrency', '2', '--seconds', '2', '--warmup', '0', '--json', '--log-level', 'warn']);
    assert.equal(code, 0, stderr);
    const last = stdout.trim().split('\n').at(-1)!;
    const report = JSON.parse(last) as Record<string, unknown>;
    assert.deepEqual(Object.keys(report), ['concurrency', 'seconds', 'bot', 'echo', 'ratio']);
    assert.equal(report.concurrency, 2);
    assert.equal(report.seconds, 2);
    for (const side of ['bot', 'echo'] as const) {
      const figures = report[side] as Record<string, number>;
      assert.deepEqual(Object.keys(figures), ['turnsPerSecond', 'p50Ms', 'p95Ms', 'p99Ms', 'errors', 'peakRssMb']);
      for (const value of Object.values(figures)) assert.equal(typeof value, 'number');
      assert.ok(figures.turnsPerSecond > 0, `${side}: the parents were answered`);
      assert.equal(figures.errors, 0, `${side}: no errors`);
    }
    assert.deepEqual(Object.keys(report.ratio as object), ['throughput', 'p95']);
    assert.match(stderr, /bot: .* turns in/, 'progress goes to stderr');
    assert.match(stderr, /echo: starting a conversation \(asked for, stream open, welcome in\): \d+ visits, p50 [\d.]+ p95 [\d.]+ ms/, 'how long new parents wait to start, on stderr');
  });

  it('the retrieval benchmark prints its figures as JSON too', async () => {
    const { code, stdout, stderr } = await run('retrievalBench.ts', ['--articles', '60', '--seconds', '0.2', '--json']);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as { results: Array<{ name: string; articles: number; firstBuildMs: number; search: { meanMs: number; p95Ms: number; queriesPerSecond: number } }> };
    assert.deepEqual(report.results.map((r) => r.name), ['shipped', 'generated']);
    assert.equal(report.results[1].articles, 60);
    for (const r of report.results) {
      assert.equal(typeof r.firstBuildMs, 'number');
      assert.ok(r.search.queriesPerSecond > 0);
    }
  });
});
