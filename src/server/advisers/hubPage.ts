import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { APP_ROOT } from '../../config/appRoot';
import type { AppConfig } from '../../config/config';
import { CONTENT_SECURITY_POLICY } from '../webChatPage';
import { escapeHtml, sendHtml } from '../staff/httpBits';
import { staffOf, type StaffGuard } from '../staff/requireStaff';

/**
 * The hub page at /advisers and its script and styles (public/advisers). The page is filled in
 * per request with the adviser's name and CSRF token (a meta tag, not an inline script, so the
 * strict script policy holds). Only the sign-in stylesheet is served without a session.
 */

const ADVISERS_DIR = path.join(APP_ROOT, 'public/advisers');

export function registerHubPage(server: Server, config: AppConfig, guard: StaffGuard, signOutPath: string): void {
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let data = cache.get(file);
    if (!data) {
      data = fs.readFileSync(path.join(ADVISERS_DIR, file));
      if (config.env === 'production') cache.set(file, data);
    }
    return data;
  };
  const sendStatic = (res: Response, file: string, contentType: string) => {
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.sendRaw(200, read(file));
  };

  server.get('/advisers', guard.requireStaff('adviser'), async (req: Request, res: Response) => {
    const me = staffOf(req);
    const html = read('index.html').toString('utf8')
      .replaceAll('{{csrfToken}}', escapeHtml(me.csrfToken))
      .replaceAll('{{firstName}}', escapeHtml(me.account.firstName))
      .replaceAll('{{signOutPath}}', escapeHtml(signOutPath));
    sendHtml(res, 200, html);
  });
  server.get('/advisers/hub.js', guard.requireStaff('adviser'), async (_req: Request, res: Response) => {
    sendStatic(res, 'hub.js', 'application/javascript; charset=utf-8');
  });
  server.get('/advisers/hub.css', guard.requireStaff('adviser'), async (_req: Request, res: Response) => {
    sendStatic(res, 'hub.css', 'text/css; charset=utf-8');
  });
  server.get('/advisers/sign-in.css', async (_req: Request, res: Response) => {
    sendStatic(res, 'sign-in.css', 'text/css; charset=utf-8');
  });
}
