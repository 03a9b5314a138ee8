import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildServer, DIST_DIR } from '../../scripts/build/buildServer';
import { startScriptNodeFlags } from '../../scripts/bench/startCommand';

/**
 * Test helpers for the real server: a small Direct Line client (as Web Chat uses it) and a way
 * to run `send-navigator serve` as a child process that can be killed and restarted.
 * Shared by tests/reliability, tests/security and tests/privacy.
 */

export interface Conv { conversationId: string; token: string; streamUrl: string; userId: string }
export interface Act {
  id?: string;
  type: string;
  text?: string;
  textFormat?: string;
  from: { id: string; role?: string };
  channelData?: { sendNavigator?: { kind: string; flow?: string } };
}

export class DirectLineClient {
  constructor(readonly base: string) {}

  async start(): Promise<Conv> {
    const r = await fetch(`${this.base}/v3/directline/conversations`, { method: 'POST' });
    if (r.status !== 201) throw new Error(`could not start a conversation: ${r.status} ${await r.text()}`);
    const c = (await r.json()) as Conv;
    await this.waitFor(c, (acts) => acts.some((a) => a.channelData?.sendNavigator?.kind === 'welcome'));
    return c;
  }

  post(c: Conv, body: unknown, token = c.token): Promise<Response> {
    return fetch(`${this.base}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  async activities(c: Conv, watermark = 0): Promise<{ activities: Act[]; watermark: number }> {
    const r = await fetch(`${this.base}/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark}`, { headers: { Authorization: `Bearer ${c.token}` } });
    if (r.status !== 200) throw new Error(`could not read the conversation: ${r.status}`);
    const body = (await r.json()) as { activities: Act[]; watermark: string };
    return { activities: body.activities, watermark: Number(body.watermark) };
  }

  /** Sends a message; returns the bot's replies to it (the post returns once the turn is over). */
  async say(c: Conv, text: string): Promise<Act[]> {
    const before = (await this.activities(c)).watermark;
    const r = await this.post(c, { type: 'message', text, from: { id: 'parent' } });
    if (r.status !== 200) throw new Error(`message refused: ${r.status} ${await r.text()}`);
    return (await this.activities(c, before)).activities.filter((a) => a.from.role === 'bot' && a.type === 'message');
  }

  async waitFor(c: Conv, done: (acts: Act[]) => boolean, ms = 10_000): Promise<Act[]> {
    const until = Date.now() + ms;
    for (;;) {
      const { activities } = await this.activities(c);
      if (done(activities)) return activities;
      if (Date.now() > until) throw new Error(`timed out: ${JSON.stringify(activities.map((a) => a.text?.slice(0, 60)))}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  }
}

export const texts = (acts: Act[]): string => acts.map((a) => a.text ?? '').join('\n');

const ROOT = path.resolve(__dirname, '../..');

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything the server wrote to stderr so far (its logs). */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

let built = false;

/**
 * Runs the server as `npm start` does (built, with its Node.js flags) on a free port; resolves
 * once it prints its address.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 20_000): Promise<ServerProcess> {
  if (!built) {
    buildServer();
    built = true;
  }
  const child = spawn(process.execPath, [...startScriptNodeFlags(), path.join(DIST_DIR, 'src/cli/entry.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${stderr}`)), timeoutMs);
    const look = () => {
      const m = /Open (http:\/\/localhost:\d+)/.exec(stderr);
      if (m) { clearTimeout(timer); child.stderr!.off('data', look); resolve(m[1]); }
    };
    child.stderr!.on('data', look);
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}) before starting:\n${stderr}`)); });
  });
  return { child, url, stderr: () => stderr, exited };
}

/** Ends a child process this test started, if it is still running. */
export async function stopServer(server: ServerProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill(signal);
  await server.exited;
}
