import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { APP_ROOT } from '../../config/appRoot';
import type { AppConfig } from '../../config/config';
import type { KnowledgeEditor } from '../../domain/kb/editing/knowledgeEditor';
import type { Logger } from '../../logging/logger';
import { ADVISER_PATHS } from '../advisers/adviserHub';
import type { StaffGuard } from '../staff/requireStaff';
import { CONTENT_SECURITY_POLICY } from '../webChatPage';
import { adminAccess } from './adminAccess';
import { registerAdminApi } from './adminApi';
import { ADMIN_PATHS } from './adminLayout';
import { registerAdminRoutes } from './adminRoutes';

/**
 * Puts the knowledge-base admin on the server: the pages at /admin, the JSON API at /api/admin,
 * their stylesheet and script (public/admin), and a check every few seconds for changes made by
 * another process (e.g. `kb import` while the server runs), which are then swapped in too.
 */

const ADMIN_DIR = path.join(APP_ROOT, 'public/admin');
const CHECK_FOR_OUTSIDE_CHANGES_MS = 15_000;

export interface KbAdminOptions {
  readonly editor: KnowledgeEditor;
  /** The shared staff guard (sessions, roles, CSRF) from the adviser hub. */
  readonly guard: StaffGuard;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** Tells us at once when another instance changed what is live (a shared database); returns the unsubscribe function. */
  readonly onKnowledgeChangedElsewhere?: (listener: () => void) => () => void;
}

export interface KbAdmin {
  close(): void;
}

export function registerKbAdmin(server: Server, options: KbAdminOptions): KbAdmin {
  const { editor, guard, config, logger } = options;
  const access = adminAccess(guard, logger, ADVISER_PATHS.signOut);
  const clock = options.clock ?? (() => new Date());

  const cache = new Map<string, Buffer>();
  const serve = (route: string, file: string, contentType: string) => {
    server.get(route, async (_req: Request, res: Response) => {
      let data = cache.get(file);
      if (!data) {
        data = fs.readFileSync(path.join(ADMIN_DIR, file));
        if (config.env === 'production') cache.set(file, data);
      }
      res.setHeader('Content-Type', contentType);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.sendRaw(200, data);
    });
  };
  serve(ADMIN_PATHS.styles, 'admin.css', 'text/css; charset=utf-8');
  serve(ADMIN_PATHS.script, 'admin.js', 'application/javascript; charset=utf-8');

  registerAdminRoutes(server, { editor, access, signOutPath: ADVISER_PATHS.signOut, logger, clock });
  registerAdminApi(server, { editor, access, logger });

  const reloadIfChanged = () => {
    editor.reloadIfChanged().then((changed) => {
      if (changed) logger.info('kb.reloaded', { reason: 'changed outside this server', articles: editor.liveKnowledge.articles.length });
    }, (error: unknown) => logger.error('kb.reload_failed', { error: error as Error }));
  };
  const timer = setInterval(reloadIfChanged, CHECK_FOR_OUTSIDE_CHANGES_MS);
  timer.unref();
  const unsubscribe = options.onKnowledgeChangedElsewhere?.(reloadIfChanged);

  return {
    close: () => {
      clearInterval(timer);
      unsubscribe?.();
    },
  };
}
