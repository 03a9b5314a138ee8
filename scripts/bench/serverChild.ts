import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { buildServer, DIST_DIR } from '../build/buildServer';
import type { FromServer, ServerKind, ToServer } from './serverProcess';

/**
 * The benchmark's side of a server child process: start it with the benchmark's configuration,
 * wait until it listens, sample its memory, stop it. Abuse limits are switched off by
 * configuration (RATE_LIMITS=off), never by code.
 */

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface ServerChildOptions {
  readonly kind: ServerKind;
  readonly logLevel: string;
  /** Write a V8 CPU profile (.cpuprofile) of the server into this folder. */
  readonly profileDir?: string;
  /** Extra Node.js flags for the server, e.g. ["--max-old-space-size=256"]. */
  readonly nodeFlags?: readonly string[];
  /** Where the server's own warnings and errors go (the benchmark's stderr). */
  readonly log: (line: string) => void;
  readonly startTimeoutMs?: number;
}

/** The server process's files, built once per benchmark run as `npm start` builds the server. */
const SERVER_PROCESS_FILES = ['scripts/bench/serverProcess.ts', 'scripts/bench/echoBot.ts'];
let builtServerProcess: string | undefined;

function serverProcessScript(): string {
  if (!builtServerProcess) {
    buildServer({ extraFiles: SERVER_PROCESS_FILES });
    builtServerProcess = path.join(DIST_DIR, 'scripts/bench/serverProcess.js');
  }
  return builtServerProcess;
}

export class ServerChild {
  readonly url: string;
  private peakSampledBytes = 0;
  private lastCpuMicros = 0;
  private readonly cpuWaiters: Array<(micros: number) => void> = [];
  private readonly sampler: NodeJS.Timeout;

  private constructor(private readonly child: ChildProcess, url: string, private readonly dataDir: string, private readonly countWarnings: () => number) {
    this.url = url;
    child.on('message', (m: FromServer) => {
      if (m.type !== 'memory') return;
      this.peakSampledBytes = Math.max(this.peakSampledBytes, m.rssBytes);
      this.lastCpuMicros = m.cpuMicros;
      for (const wake of this.cpuWaiters.splice(0)) wake(m.cpuMicros);
    });
    this.sampler = setInterval(() => this.sampleMemory(), 250);
  }

  static async start(options: ServerChildOptions): Promise<ServerChild> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `send-nav-bench-${options.kind}-`));
    // The built JavaScript, as `npm start` runs it: no tsx in the server's memory or its profile.
    const execArgv = ['--no-deprecation', ...(options.nodeFlags ?? [])];
    if (options.profileDir) {
      fs.mkdirSync(options.profileDir, { recursive: true });
      execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${options.kind}-${Date.now()}.cpuprofile`);
    }
    const child = fork(serverProcessScript(), [options.kind], {
      cwd: REPO_ROOT,
      execArgv,
      // A clean environment: the run does not depend on whoever's .env or shell.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TZ: 'Europe/London',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: path.join(REPO_ROOT, 'knowledge'),
        LOCAL_DIRECT_LINE: 'on',
        RATE_LIMITS: 'off',
        LOG_LEVEL: options.logLevel,
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let warnings = 0;
    // The server logs JSON lines on stderr: pass on warnings and errors, drop the rest.
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!/"level":"(warn|error)"/.test(line) && line.startsWith('{')) return;
      warnings++;
      if (warnings <= 20) options.log(`[${options.kind} server] ${line}`);
      else if (warnings === 21) options.log(`[${options.kind} server] (more warnings not shown)`);
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => { child.kill(); reject(new Error(`the ${options.kind} server did not start within ${options.startTimeoutMs ?? 60000} ms`)); }, options.startTimeoutMs ?? 60000);
      child.on('message', (m: FromServer) => {
        if (m.type === 'ready') { clearTimeout(timer); resolve(m.url); }
        if (m.type === 'failed') { clearTimeout(timer); reject(new Error(`the ${options.kind} server failed to start: ${m.message}`)); }
      });
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the ${options.kind} server exited (code ${code}) before it was ready`)); });
    });
    return new ServerChild(child, url, dataDir, () => warnings);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Warnings and errors the server logged so far. */
  get warningCount(): number {
    return this.countWarnings();
  }

  /** Peak resident memory of the server process in MB: the kernel's high-water mark where there is one, else the highest sample. */
  peakRssMb(): number {
    const sampled = this.peakSampledBytes / (1024 * 1024);
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const hwm = status.match(/^VmHWM:\s+(\d+)\s+kB/m);
      if (hwm) return Math.max(sampled, Number(hwm[1]) / 1024);
    } catch { /* not Linux: the samples will do */ }
    return sampled;
  }

  /** CPU time the server has used so far, in seconds (asked for now, so it is up to date). */
  cpuSeconds(): Promise<number> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.lastCpuMicros / 1e6), 2000);
      this.cpuWaiters.push((micros) => { clearTimeout(timer); resolve(micros / 1e6); });
      this.sampleMemory();
    });
  }

  private sampleMemory(): void {
    if (this.child.connected) this.child.send({ type: 'memory' } satisfies ToServer);
  }

  /** Stops the server (it finishes turns in flight, and writes its CPU profile if asked) and removes its data. */
  async stop(timeoutMs = 20000): Promise<void> {
    clearInterval(this.sampler);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      if (this.child.connected) this.child.send({ type: 'stop' } satisfies ToServer);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Ends the child at once (the benchmark is being aborted). */
  kill(): void {
    clearInterval(this.sampler);
    this.child.kill('SIGKILL');
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
