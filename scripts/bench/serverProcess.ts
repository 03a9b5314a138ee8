import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { startEchoServer } from './echoBot';

/**
 * The child process the benchmark runs a server in, so the server's memory and CPU are its own,
 * apart from the load generator's. Run built, as `npm start` runs the server
 * (`node dist/scripts/bench/serverProcess.js bot|echo`, built by serverChild), with the
 * configuration in its environment; it talks to the benchmark over the IPC channel.
 */

export type ServerKind = 'bot' | 'echo';

export type ToServer = { readonly type: 'memory' } | { readonly type: 'stop' };
export type FromServer =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'memory'; readonly rssBytes: number; readonly cpuMicros: number }
  | { readonly type: 'failed'; readonly message: string };

function send(message: FromServer): void {
  process.send?.(message);
}

async function main(kind: string): Promise<void> {
  if (kind !== 'bot' && kind !== 'echo') throw new Error(`unknown server kind "${kind}": use bot or echo`);
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel });
  const running: RunningServer = kind === 'echo' ? await startEchoServer(config, logger) : await startServer(config, logger);
  const address = running.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('message', (message: ToServer) => {
    if (message.type === 'memory') {
      const cpu = process.cpuUsage();
      send({ type: 'memory', rssBytes: process.memoryUsage.rss(), cpuMicros: cpu.user + cpu.system });
    }
    else if (message.type === 'stop') void stop();
  });
  // The benchmark went away: do not linger.
  process.on('disconnect', () => void stop());
  send({ type: 'ready', url: `http://127.0.0.1:${port}` });
}

if (require.main === module) {
  main(process.argv[2] ?? '').catch((err: unknown) => {
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  });
}
