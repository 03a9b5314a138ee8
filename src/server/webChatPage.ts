import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';

/**
 * The parent's page: Bot Framework Web Chat (the ready bundle from botframework-webchat) around
 * our own small script. Files are read once and served from memory; the bundle is large, so it
 * is cached by the browser.
 */

const PUBLIC_DIR = path.resolve(__dirname, '../../public');
const STATIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/chat.js': 'chat.js',
  '/styles.css': 'styles.css',
};
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Web Chat needs inline styles and its own data: images; no third-party origins at all. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss: https://directline.botframework.com wss://directline.botframework.com",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function registerWebChatPage(server: Server, config: AppConfig, logger: Logger): void {
  const cache = new Map<string, Buffer>();
  const read = (file: string) => {
    let data = cache.get(file);
    if (!data) {
      data = fs.readFileSync(file);
      if (config.env === 'production') cache.set(file, data);
    }
    return data;
  };

  for (const [route, file] of Object.entries(STATIC_FILES)) {
    server.get(route, async (_req: Request, res: Response) => {
      const full = path.join(PUBLIC_DIR, file);
      res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)]);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('X-Frame-Options', 'DENY');
      res.sendRaw(200, read(full));
    });
  }

  // The package exports only its module entry; the ready bundle sits beside it in dist/.
  const bundlePath = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  server.get('/vendor/webchat.js', async (_req: Request, res: Response) => {
    res.setHeader('Content-Type', CONTENT_TYPES['.js']);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    let data = cache.get(bundlePath);
    if (!data) cache.set(bundlePath, (data = fs.readFileSync(bundlePath)));
    res.sendRaw(200, data);
  });

  // How the page should connect: the local Direct Line, or Azure's (token fetched here, the secret stays here).
  server.get('/api/chat-config', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.send(200, { mode: config.azureDirectLine ? 'azure' : config.localDirectLine ? 'local' : 'none' });
  });

  server.post('/api/directline/token', async (_req: Request, res: Response) => {
    const azure = config.azureDirectLine;
    if (!azure) {
      res.send(404, { error: 'Azure Direct Line is not configured.' });
      return;
    }
    try {
      const r = await fetch(`${azure.endpoint.replace(/\/$/, '')}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${azure.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({}),
      });
      if (!r.ok) throw new Error(`Direct Line answered ${r.status}`);
      const body = (await r.json()) as { token: string; conversationId: string; expires_in: number };
      res.send(200, { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in, domain: azure.endpoint });
    } catch (error) {
      logger.error('directline.azure_token_failed', { error: error as Error });
      res.send(502, { error: 'Could not start a chat just now. Please try again in a minute.' });
    }
  });
}
