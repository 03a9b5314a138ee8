import type { Request, Response, Server } from 'restify';
import { formFromRequest, formFromSource, type ArticleForm } from '../../domain/kb/editing/articleForm';
import type { ArticleVersion } from '../../domain/kb/editing/articleVersion';
import type { KnowledgeEditor, Outcome } from '../../domain/kb/editing/knowledgeEditor';
import type { Logger } from '../../logging/logger';
import { sendJson } from '../staff/httpBits';
import { staffOf } from '../staff/requireStaff';
import { actorOf, idParam, statusFor, type AdminAccess } from './adminAccess';
import { ADMIN_PATHS } from './adminLayout';

/**
 * The same workflow as JSON under /api/admin, for scripts and tests. Without a session the
 * answer is 401; with the wrong role 403; changes need the X-CSRF-Token header. A draft can be
 * sent as form fields (the names the HTML form uses) or as a whole article file in "source".
 */

export interface AdminApiOptions {
  readonly editor: KnowledgeEditor;
  readonly access: AdminAccess;
  readonly logger: Logger;
}

const API = ADMIN_PATHS.api;
/** The same log events as the pages write. */
const DONE_EVENTS: Record<string, string> = { submit: 'kb.submitted', publish: 'kb.published', reject: 'kb.rejected' };

function formFromBody(body: unknown): ArticleForm {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>).source : undefined;
  return typeof source === 'string' ? formFromSource(source) : formFromRequest(body);
}

function field(req: Request, name: string): unknown {
  const body: unknown = req.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

/** A version without its full text (lists stay small). */
function versionJson(v: ArticleVersion | undefined, withSource = false) {
  if (!v) return undefined;
  const { source, ...rest } = v;
  return withSource ? { ...rest, source } : rest;
}

function sendOutcome(res: Response, outcome: Outcome<{ version: ArticleVersion }>, okStatus = 200): void {
  if (outcome.ok) {
    sendJson(res, okStatus, { version: versionJson(outcome.version, true) });
    return;
  }
  sendJson(res, statusFor(outcome.reason), {
    error: outcome.message, reason: outcome.reason, problems: outcome.problems, changes: outcome.changes, headVersionId: outcome.head?.id,
  });
}

export function registerAdminApi(server: Server, options: AdminApiOptions): void {
  const { editor, access, logger } = options;
  const staffLog = (req: Request) => actorOf(req).id?.slice(0, 8);

  /** Who is signed in, and the token to send as X-CSRF-Token with every change. */
  server.get(`${API}/session`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const me = staffOf(req);
    sendJson(res, 200, { name: me.account.name, roles: me.account.roles, csrfToken: me.csrfToken, expiresAt: me.expiresAt });
  });

  server.get(`${API}/articles`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const q = typeof (req.query as Record<string, unknown> | undefined)?.q === 'string' ? String((req.query as Record<string, unknown>).q).slice(0, 200) : '';
    const rows = await editor.list(q);
    sendJson(res, 200, { articles: rows.map((r) => ({ id: r.articleId, title: r.title, live: versionJson(r.live), open: versionJson(r.open) })) });
  });

  server.get(`${API}/articles/:id`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const details = await editor.details(String(req.params.id));
    if (!details) return sendJson(res, 404, { error: 'There is no article with that id.' });
    sendJson(res, 200, {
      id: details.articleId, title: details.title, file: details.file,
      live: versionJson(details.live, true), open: versionJson(details.open, true), openChanges: details.openChanges, openIsStale: details.openIsStale,
      versions: details.versions.map((v) => versionJson(v)),
    });
  });

  server.post(`${API}/preview`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const articleId = typeof field(req, 'articleId') === 'string' ? String(field(req, 'articleId')) : undefined;
    const question = typeof field(req, 'question') === 'string' ? String(field(req, 'question')).slice(0, 500) : undefined;
    const preview = await editor.preview(formFromBody(req.body), articleId, question);
    const { tried, ...rest } = preview;
    const reply = tried && (tried.lookup.kind === 'answer' ? { answer: tried.lookup.answer } : { unsure: tried.lookup.closest.map((a) => ({ id: a.id, title: a.title })) });
    sendJson(res, preview.errors.length ? 422 : 200, { ...rest, tried: tried && { question: tried.question, ...reply } });
  });

  server.post(`${API}/articles`, ...access.editor, async (req: Request, res: Response) => {
    const saved = await editor.saveDraft({ form: formFromBody(req.body), author: actorOf(req) });
    if (saved.ok) logger.info('kb.draft_saved', { articleId: saved.version.articleId, version: saved.version.number, staffId: staffLog(req) });
    sendOutcome(res, saved, 201);
  });

  server.post(`${API}/articles/:id/drafts`, ...access.editor, async (req: Request, res: Response) => {
    const saved = await editor.saveDraft({ form: formFromBody(req.body), articleId: String(req.params.id), baseVersionId: idParam(field(req, 'baseVersionId')), author: actorOf(req) });
    if (saved.ok) logger.info('kb.draft_saved', { articleId: saved.version.articleId, version: saved.version.number, staffId: staffLog(req) });
    sendOutcome(res, saved, 201);
  });

  const versionAction = (path: string, handlers: AdminAccess['editor'], act: (req: Request, articleId: string, versionId: number) => Promise<Outcome<{ version: ArticleVersion }>>) => {
    server.post(`${API}/articles/:id/versions/:versionId/${path}`, ...handlers, async (req: Request, res: Response) => {
      const versionId = idParam(req.params.versionId);
      if (versionId === undefined) return sendJson(res, 404, { error: 'There is no such version of this article.' });
      const articleId = String(req.params.id);
      const outcome = await act(req, articleId, versionId);
      if (outcome.ok) logger.info(DONE_EVENTS[path] ?? `kb.${path}`, { articleId, version: outcome.version.number, staffId: staffLog(req) });
      else logger.info('kb.action_refused', { action: path, articleId, reason: outcome.reason, staffId: staffLog(req) });
      sendOutcome(res, outcome);
    });
  };
  versionAction('submit', access.editor, (_req, id, v) => editor.submitForReview(id, v));
  versionAction('publish', access.reviewer, (req, id, v) => editor.publish(id, v, actorOf(req)));
  versionAction('reject', access.reviewer, (req, id, v) => editor.reject(id, v, actorOf(req), typeof field(req, 'note') === 'string' ? String(field(req, 'note')) : ''));

  server.post(`${API}/articles/:id/rollback`, ...access.reviewer, async (req: Request, res: Response) => {
    const versionId = idParam(field(req, 'versionId'));
    const expectedLiveId = idParam(field(req, 'expectedLiveId'));
    if (versionId === undefined || expectedLiveId === undefined) {
      return sendJson(res, 400, { error: 'Send "versionId" (the version to go back to) and "expectedLiveId" (the live version you saw).' });
    }
    const outcome = await editor.rollback(String(req.params.id), versionId, expectedLiveId, actorOf(req));
    if (outcome.ok) logger.info('kb.rolled_back', { articleId: String(req.params.id), version: outcome.version.number, staffId: staffLog(req) });
    sendOutcome(res, outcome);
  });

  server.get(`${API}/audit`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const articleId = typeof q.articleId === 'string' ? q.articleId : undefined;
    sendJson(res, 200, { entries: await editor.audit(500, articleId) });
  });
}
