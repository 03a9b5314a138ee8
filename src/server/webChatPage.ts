import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { APP_ROOT } from '../config/appRoot';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { describeHours, plural } from '../domain/privacy/retentionText';

/**
 * The parent's page: Bot Framework Web Chat (the ready bundle from botframework-webchat) around
 * our own small script. Files are read once and served from memory; the bundle is large, so it
 * is cached by the browser.
 */

const PUBLIC_DIR = path.join(APP_ROOT, 'public');
/** The exit bar and site header the information pages share. */
const INFO_PAGE_TOP = path.join(PUBLIC_DIR, 'partials', 'info-page-top.html');
const STATIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/chat.js': 'chat.js',
  '/answerStart.js': 'answerStart.js',
  '/exit.js': 'exit.js',
  '/styles.css': 'styles.css',
};
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Web Chat needs inline styles and its own data: images; no third-party origins at all (see security/securityHeaders). */
export { CONTENT_SECURITY_POLICY } from './security/securityHeaders';

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
      // Security headers (CSP and the rest) are set for every response in createServer.
      res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)]);
      res.setHeader('Cache-Control', 'no-cache');
      res.sendRaw(200, read(full));
    });
  }

  // The privacy notice and the accessibility statement, with this installation's retention periods and local service filled in.
  for (const [route, file] of [['/privacy', 'privacy.html'], ['/accessibility', 'accessibility.html'], ['/terms', 'terms.html']]) server.get(route, async (_req: Request, res: Response) => {
    // The exit bar and header are one partial, so the quick way out is the same on every page.
    let html = read(path.join(PUBLIC_DIR, file)).toString('utf8').replace('{{pageTop}}\n', read(INFO_PAGE_TOP).toString('utf8'));
    for (const [name, value] of Object.entries(privacyPlaceholders(config))) html = html.replaceAll(`{{${name}}}`, escapeHtml(value));
    res.setHeader('Content-Type', CONTENT_TYPES['.html']);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendRaw(200, Buffer.from(html, 'utf8'));
  });

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

/** What the privacy notice fills in from this installation's settings (retention, local service). */
export function privacyPlaceholders(config: AppConfig): Record<string, string> {
  const sendiass = config.services.sendiass;
  const contact = [sendiass.phone && `phone ${sendiass.phone}`, sendiass.email && `email ${sendiass.email}`].filter(Boolean).join(', ');
  const operator = config.operator.name ?? 'the organisation that runs SEND Navigator for your area';
  const reachOperator = config.operator.privacyContact ? `${operator}: ${config.operator.privacyContact}` : operator;
  return {
    operator,
    controller: config.operator.name ? `${config.operator.name}, who run SEND Navigator for your area` : operator,
    reachOperator,
    conversationRetention: describeHours(config.retention.conversationHours),
    fileRetention: plural(config.retention.fileDays, 'day'),
    handoffRetention: plural(config.retention.handoffDays, 'day'),
    gapsRetention: plural(config.retention.gapsMonths, 'month'),
    sendiassName: sendiass.name,
    sendiassContact: contact ? `${contact}, or see ${sendiass.web}` : sendiass.web,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
