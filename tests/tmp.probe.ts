import { startServer } from '../src/server/createServer';
import { silentLogger } from '../src/logging/logger';
import { testConfig } from './helpers/fixtures';
import WebSocket from 'ws';
(async () => {
  const running = await startServer(testConfig(), silentLogger);
  const port = Number(new URL(running.url).port);
  console.log('upgrade listeners', running.server.server.listenerCount('upgrade'));
  for (const p of ['/v3/directline/conversations/abc/stream?t=wrong', '/v3/directline/conversations/x/stream', '/elsewhere', '/v3/directline/conversations/%E0%A4%A/stream?t=']) {
    const status = await new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}${p}`);
      const t = setTimeout(() => resolve('hang'), 3000);
      ws.on('unexpected-response', (_req, res) => { clearTimeout(t); resolve(res.statusCode); });
      ws.on('error', (e) => { clearTimeout(t); resolve('error ' + e.message); });
      ws.on('open', () => { ws.close(); resolve(101); });
    });
    console.log(p, status);
  }
  await running.close();
})();
