import type { Request, Response, Server } from 'restify';
import { emptyForm, formFromRequest, type ArticleForm } from '../../domain/kb/editing/articleForm';
import type { KnowledgeEditor, Refusal } from '../../domain/kb/editing/knowledgeEditor';
import { todayInLondon } from '../../domain/dates/calendarDate';
import type { Logger } from '../../logging/logger';
import { bodyField, redirect, sendHtml } from '../staff/httpBits';
import { abilitiesOf, actorOf, idParam, statusFor, viewerOf, type AdminAccess } from './adminAccess';
import { ADMIN_PATHS, articlePath } from './adminLayout';
import { articleFormPage } from './articleFormPage';
import { adminMessagePage, articleListPage, articlePage, auditPage, versionPage } from './articlePages';

/**
 * The admin pages at /admin: plain HTML forms that work without JavaScript. Every change is a
 * POST carrying the CSRF token (checked by the staff guard), and after a change the browser is
 * sent on with a 303 so reloading never repeats it.
 */

export interface AdminRoutesOptions {
  readonly editor: KnowledgeEditor;
  readonly access: AdminAccess;
  readonly signOutPath: string;
  readonly logger: Logger;
  readonly clock: () => Date;
}

const NOTICES: Record<string, string> = {
  saved: 'Draft saved. Parents do not see it yet. When it is ready, send it for review.',
  submitted: 'Sent for review. A reviewer who did not write the change can now publish it.',
  published: 'Published. The bot is answering from this version now.',
  rejected: 'The change was rejected. The live article has not changed.',
  'rolled-back': 'Rolled back. The bot is answering from the earlier text now.',
};

const query = (req: Request): Record<string, unknown> => (req.query ?? {}) as Record<string, unknown>;
const queryText = (req: Request, name: string): string => (typeof query(req)[name] === 'string' ? (query(req)[name] as string) : '');
const noticeOf = (req: Request): string | undefined => NOTICES[queryText(req, 'done')];

export function registerAdminRoutes(server: Server, options: AdminRoutesOptions): void {
  const { editor, access, signOutPath, logger } = options;
  const viewer = (req: Request) => viewerOf(req, signOutPath);
  const today = () => todayInLondon(options.clock());
  const staffLog = (req: Request) => actorOf(req).id?.slice(0, 8);

  const notFound = (req: Request, res: Response) =>
    sendHtml(res, 404, adminMessagePage(viewer(req), 'Page not found', 'There is no article or version at this address.', { href: ADMIN_PATHS.home, text: 'Back to all articles' }));

  /** Re-shows the article page with what went wrong, under the right status. */
  const showRefusal = async (req: Request, res: Response, articleId: string, refusal: Refusal) => {
    const details = await editor.details(articleId);
    if (!details) return notFound(req, res);
    sendHtml(res, statusFor(refusal.reason), articlePage({
      viewer: viewer(req), abilities: abilitiesOf(req), details, liveAnswer: editor.liveKnowledge.answerArticle(articleId, today()),
      refusal: { message: refusal.message, problems: refusal.problems?.map((p) => p.message) },
    }));
  };

  server.get(ADMIN_PATHS.home, ...access.anyKbRole, async (req: Request, res: Response) => {
    const q = queryText(req, 'q').trim().slice(0, 200);
    const all = await editor.list();
    const rows = q ? await editor.list(q) : all;
    const reviewBy = new Map(editor.liveKnowledge.articles.map((a) => [a.id, a.reviewBy] as const));
    sendHtml(res, 200, articleListPage(viewer(req), abilitiesOf(req), rows, q, all.length, noticeOf(req), { reviewBy, today: today() }));
  });

  server.get(ADMIN_PATHS.audit, ...access.anyKbRole, async (req: Request, res: Response) => {
    const entries = await editor.audit(500);
    const titles = new Map((await editor.list()).map((r) => [r.articleId, r.title]));
    sendHtml(res, 200, auditPage(viewer(req), entries, titles));
  });

  // ---- writing: a new article, or a change to one ----

  /** Preview or save, for both forms; re-shows the form with its problems, or moves on. */
  const handleForm = async (req: Request, res: Response, articleId: string | undefined) => {
    const form: ArticleForm = formFromRequest(req.body);
    const baseVersionId = idParam(bodyField(req, 'baseVersionId'));
    const question = bodyField(req, 'question').slice(0, 500);
    const articleTitle = articleId ? (await editor.details(articleId))?.title : undefined;
    const base = { viewer: viewer(req), articleId, articleTitle, form, baseVersionId, question };

    if (bodyField(req, 'action') !== 'save') {
      const preview = await editor.preview(form, articleId, question);
      sendHtml(res, 200, articleFormPage({ ...base, preview, errors: preview.errors, warnings: preview.warnings }));
      return;
    }
    const saved = await editor.saveDraft({ form, articleId, baseVersionId, author: actorOf(req) });
    if (saved.ok) {
      logger.info('kb.draft_saved', { articleId: saved.version.articleId, version: saved.version.number, staffId: staffLog(req) });
      redirect(res, `${articlePath(saved.version.articleId)}?done=saved`);
      return;
    }
    if (saved.reason === 'not-found') return notFound(req, res);
    if (saved.reason === 'conflict') {
      logger.info('kb.edit_conflict', { articleId: articleId ?? form.id.slice(0, 60), staffId: staffLog(req) });
      // Their text stays in the form; the base moves to what is there now, so saving again is a choice made knowingly.
      sendHtml(res, 409, articleFormPage({ ...base, baseVersionId: saved.head?.id, conflict: { message: saved.message, changes: saved.changes } }));
      return;
    }
    const problems = saved.problems ?? [];
    sendHtml(res, 422, articleFormPage({
      ...base, errors: problems.filter((p) => p.severity === 'error'), warnings: problems.filter((p) => p.severity === 'warning'),
    }));
  };

  server.get(ADMIN_PATHS.newArticle, ...access.editor, async (req: Request, res: Response) => {
    sendHtml(res, 200, articleFormPage({ viewer: viewer(req), form: emptyForm(today()) }));
  });
  server.post(ADMIN_PATHS.newArticle, ...access.editor, async (req: Request, res: Response) => handleForm(req, res, undefined));

  server.get(`${ADMIN_PATHS.home}/articles/:id/edit`, ...access.editor, async (req: Request, res: Response) => {
    const articleId = String(req.params.id);
    const start = await editor.startEdit(articleId);
    const details = await editor.details(articleId);
    if (!start || !details) return notFound(req, res);
    const notice = details.open ? `You are editing the change in progress (version ${details.open.number}, by ${details.open.author.name}), not the live version.` : undefined;
    sendHtml(res, 200, articleFormPage({ viewer: viewer(req), articleId, articleTitle: details.title, form: start.form, baseVersionId: start.baseVersionId, notice }));
  });
  server.post(`${ADMIN_PATHS.home}/articles/:id/edit`, ...access.editor, async (req: Request, res: Response) => {
    const articleId = String(req.params.id);
    if (!(await editor.details(articleId))) return notFound(req, res);
    return handleForm(req, res, articleId);
  });

  // ---- reading one article ----

  server.get(`${ADMIN_PATHS.home}/articles/:id`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const articleId = String(req.params.id);
    const details = await editor.details(articleId);
    if (!details) return notFound(req, res);
    sendHtml(res, 200, articlePage({
      viewer: viewer(req), abilities: abilitiesOf(req), details, liveAnswer: editor.liveKnowledge.answerArticle(articleId, today()), notice: noticeOf(req),
    }));
  });

  server.get(`${ADMIN_PATHS.home}/articles/:id/versions/:versionId`, ...access.anyKbRole, async (req: Request, res: Response) => {
    const articleId = String(req.params.id);
    const versionId = idParam(req.params.versionId);
    const details = await editor.details(articleId);
    const version = details && versionId !== undefined ? details.versions.find((v) => v.id === versionId) : undefined;
    if (!details || !version) return notFound(req, res);
    sendHtml(res, 200, versionPage(viewer(req), abilitiesOf(req), details, version));
  });

  // ---- the review workflow ----

  const versionAction = (
    path: string,
    handlers: AdminAccess['editor'],
    act: (req: Request, articleId: string, versionId: number) => ReturnType<KnowledgeEditor['publish']>,
    done: string,
  ) => {
    server.post(`${ADMIN_PATHS.home}/articles/:id/versions/:versionId/${path}`, ...handlers, async (req: Request, res: Response) => {
      const articleId = String(req.params.id);
      const versionId = idParam(req.params.versionId);
      if (versionId === undefined) return notFound(req, res);
      const result = await act(req, articleId, versionId);
      if (!result.ok) {
        logger.info('kb.action_refused', { action: path, articleId, reason: result.reason, staffId: staffLog(req) });
        return showRefusal(req, res, articleId, result);
      }
      logger.info(`kb.${done.replace('-', '_')}`, { articleId, version: result.version.number, staffId: staffLog(req) });
      redirect(res, `${articlePath(articleId)}?done=${done}`);
    });
  };
  versionAction('submit', access.editor, (_req, id, v) => editor.submitForReview(id, v), 'submitted');
  versionAction('publish', access.reviewer, (req, id, v) => editor.publish(id, v, actorOf(req)), 'published');
  versionAction('reject', access.reviewer, (req, id, v) => editor.reject(id, v, actorOf(req), bodyField(req, 'note')), 'rejected');

  server.post(`${ADMIN_PATHS.home}/articles/:id/rollback`, ...access.reviewer, async (req: Request, res: Response) => {
    const articleId = String(req.params.id);
    const versionId = idParam(bodyField(req, 'versionId'));
    const expectedLiveId = idParam(bodyField(req, 'expectedLiveId'));
    if (versionId === undefined || expectedLiveId === undefined) return notFound(req, res);
    const result = await editor.rollback(articleId, versionId, expectedLiveId, actorOf(req));
    if (!result.ok) return showRefusal(req, res, articleId, result);
    logger.info('kb.rolled_back', { articleId, version: result.version.number, restoredFrom: versionId, staffId: staffLog(req) });
    redirect(res, `${articlePath(articleId)}?done=rolled-back`);
  });
}

