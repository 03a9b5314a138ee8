import matter from 'gray-matter';
import type { Article, KbProblem } from '../article';
import { checkKnowledge } from '../kbCheck';
import type { KbAnswer } from '../answerComposer';
import { KnowledgeBase, type KbLookup } from '../knowledgeBase';
import { buildKnowledge, GLOSSARY_FILE } from '../loadKnowledgeBase';
import type { LiveKnowledgeBase } from '../liveKnowledgeBase';
import { parseArticle } from '../parseArticle';
import type { LocalServices } from '../../localServices';
import { todayInLondon, type IsoDate } from '../../dates/calendarDate';
import { formFromSource, sourceFromForm, type ArticleForm } from './articleForm';
import { previewAnswers, type AnswerPreview } from './answerPreview';
import { isOpen, type Actor, type ArticleSummary, type ArticleVersion, type AuditEntry } from './articleVersion';
import type { KbEditStore } from './kbEditStore';
import type { KnowledgeFiles } from './knowledgeFiles';
import { unifiedDiff } from './unifiedDiff';
import { plainMessage, validateArticle, type FieldProblem } from './validateArticle';

/**
 * The knowledge-base editing workflow: drafts, review, publishing live, roll-back, import and
 * export. Role checks (editor, reviewer) are the web layer's job; the rules here hold whoever
 * calls: nothing invalid goes live, nobody publishes their own change, and nobody overwrites a
 * change they have not seen.
 */

export type RefusalReason = 'not-found' | 'own-change' | 'conflict' | 'invalid' | 'wrong-state';

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** Safe and useful to show to staff. */
  readonly message: string;
  readonly problems?: readonly FieldProblem[];
  /** Conflict: what changed since the person started, as a unified diff. */
  readonly changes?: string;
  /** Conflict: the version now at the head, to base a retry on. */
  readonly head?: ArticleVersion;
}

export type Outcome<T> = ({ readonly ok: true } & T) | Refusal;

export interface ArticleListing {
  readonly articleId: string;
  readonly title: string;
  readonly live?: ArticleVersion;
  readonly open?: ArticleVersion;
}

export interface ArticleDetails extends ArticleListing {
  readonly file: string;
  /** Newest first. */
  readonly versions: readonly ArticleVersion[];
  /** The open change compared with the live version now (it may differ from the stored diff after a roll-back). */
  readonly openChanges?: string;
  /** True when the live version moved on after the open change was saved. */
  readonly openIsStale: boolean;
  /** What parents would be told once the open change is live (the same composer the bot uses). */
  readonly openAnswer?: KbAnswer;
}

export interface EditStart {
  readonly form: ArticleForm;
  /** The version the form shows; sent back on save so a concurrent change is noticed. */
  readonly baseVersionId?: number;
}

export interface PreviewResult {
  readonly source: string;
  readonly errors: readonly FieldProblem[];
  readonly warnings: readonly FieldProblem[];
  readonly answers?: AnswerPreview;
  /** The bot's reply to a question typed on the preview page, with this change in place. */
  readonly tried?: { readonly question: string; readonly lookup: KbLookup };
}

export interface ImportFileProblem {
  readonly file: string;
  readonly messages: readonly string[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly imported: readonly string[]; readonly unchanged: number; readonly glossaryChanged: boolean }
  | { readonly ok: false; readonly problems: readonly ImportFileProblem[] };

export interface KnowledgeEditorOptions {
  readonly store: KbEditStore;
  readonly live: LiveKnowledgeBase;
  readonly services: LocalServices;
  readonly clock?: () => Date;
}

/** Who seeded the database from the files. */
export const INSTALL_ACTOR: Actor = { name: 'knowledge folder (first start)' };

const describeActor = (a: Actor | undefined) => a?.name ?? 'someone';
const timeOf = (iso: string) => iso.slice(11, 16);

function titleOf(source: string | undefined): string | undefined {
  if (!source) return undefined;
  try {
    const title = (matter(source, {}).data as { title?: unknown }).title;
    return typeof title === 'string' && title.trim() ? title : undefined;
  } catch {
    return undefined;
  }
}

export class KnowledgeEditor {
  private readonly store: KbEditStore;
  private readonly live: LiveKnowledgeBase;
  private readonly services: LocalServices;
  private readonly clock: () => Date;
  private loadedGeneration: string | undefined;
  /** Index rebuilds run one at a time, each from the newest state. */
  private rebuilding: Promise<void> = Promise.resolve();

  constructor(options: KnowledgeEditorOptions) {
    this.store = options.store;
    this.live = options.live;
    this.services = options.services;
    this.clock = options.clock ?? (() => new Date());
  }

  // ---- start-up and the live index ----

  /**
   * On first start, copies the articles and glossary from the files (only those that pass the
   * parser: the rest are returned as problems and left out). Does nothing once seeded.
   */
  async seedIfEmpty(files: KnowledgeFiles): Promise<{ seeded: number; problems: readonly KbProblem[] }> {
    if (await this.store.articleCount() > 0) return { seeded: 0, problems: [] };
    const loaded = buildKnowledge(files.articles, files.glossary);
    const valid = new Set(loaded.articles.map((a) => a.file));
    const seeds = files.articles.filter((f) => valid.has(f.file)).map((f) => ({
      articleId: loaded.articles.find((a) => a.file === f.file)!.id, file: f.file, source: f.source,
    }));
    const done = await this.store.seed(seeds, files.glossary, INSTALL_ACTOR, this.nowIso());
    return { seeded: done ? seeds.length : 0, problems: loaded.problems };
  }

  /** Builds the index from the live versions in the store and swaps it in. */
  reload(): Promise<void> {
    this.rebuilding = this.rebuilding.catch(() => undefined).then(async () => {
      const generation = await this.store.liveGeneration();
      const summaries = await this.store.summaries();
      const glossary = await this.store.liveGlossary();
      const sources = summaries.filter((s) => s.live).map((s) => ({ file: s.file, source: s.live!.source }));
      this.live.replace(new KnowledgeBase(buildKnowledge(sources, glossary?.source), this.services));
      this.loadedGeneration = generation;
    });
    return this.rebuilding;
  }

  /** Picks up changes made by another process (e.g. `kb import` while the server runs). */
  async reloadIfChanged(): Promise<boolean> {
    if (await this.store.liveGeneration() === this.loadedGeneration) return false;
    await this.reload();
    return true;
  }

  get liveKnowledge(): LiveKnowledgeBase {
    return this.live;
  }

  // ---- reading ----

  async list(query = ''): Promise<ArticleListing[]> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const rows = (await this.store.summaries()).map((s) => this.listing(s));
    if (!words.length) return rows.sort((a, b) => a.title.localeCompare(b.title));
    const scored = rows.map((row) => {
      const article = this.live.retriever.getArticle(row.articleId);
      const haystack = [row.articleId, row.title, ...(article ? [article.summary, ...article.questions, ...article.keywords] : [])].join(' ').toLowerCase();
      const title = row.title.toLowerCase();
      const found = words.every((w) => haystack.includes(w));
      return { row, found, inTitle: words.filter((w) => title.includes(w)).length };
    });
    return scored.filter((s) => s.found).sort((a, b) => b.inTitle - a.inTitle || a.row.title.localeCompare(b.row.title)).map((s) => s.row);
  }

  async details(articleId: string): Promise<ArticleDetails | undefined> {
    const summary = await this.store.summary(articleId);
    if (!summary) return undefined;
    const versions = await this.store.versions(articleId);
    const openIsStale = Boolean(summary.open && summary.open.liveBaseId !== summary.live?.id);
    const openChanges = summary.open ? this.changesAgainstLive(summary.live, summary.open.source) : undefined;
    const parsedOpen = summary.open ? parseArticle(summary.file, summary.open.source) : undefined;
    const openAnswer = parsedOpen?.ok
      ? previewAnswers(parsedOpen.article, this.services, this.today(), (id) => this.live.retriever.getArticle(id)).main
      : undefined;
    return { ...this.listing(summary), file: summary.file, versions, openChanges, openIsStale, openAnswer };
  }

  async version(articleId: string, versionId: number): Promise<ArticleVersion | undefined> {
    const v = await this.store.version(versionId);
    return v && v.articleId === articleId ? v : undefined;
  }

  audit(limit = 200, articleId?: string): Promise<AuditEntry[]> {
    return this.store.audit({ limit, articleId });
  }

  /** The form for editing: the open change if there is one (people build on it), else the live version. */
  async startEdit(articleId: string): Promise<EditStart | undefined> {
    const summary = await this.store.summary(articleId);
    if (!summary) return undefined;
    const head = summary.open ?? summary.live;
    if (!head) {
      const last = (await this.store.versions(articleId))[0];
      return last && { form: formFromSource(last.source) };
    }
    return { form: formFromSource(head.source), baseVersionId: head.id };
  }

  // ---- checking and previewing ----

  /** The article file for a form, checked with the same rules as `kb check`, with the bot's answers. */
  async preview(form: ArticleForm, articleId?: string, question?: string): Promise<PreviewResult> {
    const summary = articleId ? await this.store.summary(articleId) : undefined;
    const head = summary?.open ?? summary?.live;
    const source = sourceFromForm(form, head?.source, articleId);
    const file = summary?.file ?? `${articleId ?? form.id.trim()}.md`;
    const checked = validateArticle(file, source, this.live, this.today());
    if (!checked.article) return { source, errors: checked.errors, warnings: checked.warnings };
    const article = checked.article;
    const answers = previewAnswers(article, this.services, this.today(), (id) => this.live.retriever.getArticle(id));
    const q = question?.trim();
    const tried = q ? { question: q, lookup: this.withCandidate(article).lookUp(q, this.today()) } : undefined;
    return { source, errors: checked.errors, warnings: checked.warnings, answers, tried };
  }

  // ---- the workflow ----

  /**
   * Saves a draft: a new article (no `articleId`) or a change to one. Refused when invalid, when
   * nothing changed, or when someone else saved since the form was opened (`baseVersionId`).
   */
  async saveDraft(input: { form: ArticleForm; articleId?: string; baseVersionId?: number; author: Actor }): Promise<Outcome<{ version: ArticleVersion; warnings: readonly FieldProblem[] }>> {
    const { form, author } = input;
    const creating = input.articleId === undefined;
    const articleId = input.articleId ?? form.id.trim();
    const summary = await this.store.summary(articleId);
    if (!creating && !summary) return this.refuse('not-found', 'There is no article with that id.');
    if (creating && summary) {
      return { ok: false, reason: 'invalid', message: 'There is a problem with the article.', problems: [{ severity: 'error', field: 'id', message: `Article id "${articleId}" is already used by another article. Choose a different id.` }] };
    }
    const head = summary?.open ?? summary?.live;
    const file = summary?.file ?? `${articleId}.md`;
    const source = sourceFromForm(form, head?.source, creating ? undefined : articleId);

    if (head?.id !== input.baseVersionId) return this.conflict(input.baseVersionId, head, summary);

    const checked = validateArticle(file, source, this.live, this.today());
    if (!checked.ok) return { ok: false, reason: 'invalid', message: 'There is a problem with the article.', problems: [...checked.errors, ...checked.warnings] };
    const headIsCurrent = !head || !isOpen(head) || head.liveBaseId === summary?.live?.id;
    if (head && head.source === source && headIsCurrent) {
      return { ok: false, reason: 'invalid', message: 'Nothing has changed.', problems: [{ severity: 'error', field: 'form', message: 'You have not changed anything yet. Make a change, then save it.' }] };
    }
    const diff = this.changesAgainstLive(summary?.live, source);
    const saved = await this.store.saveDraft({ articleId, file, source, diff, author, at: this.nowIso(), expectedHeadId: head?.id });
    if (!saved.ok) return this.conflict(head?.id, saved.head, summary);
    return { ok: true, version: saved.version, warnings: checked.warnings };
  }

  async submitForReview(articleId: string, versionId: number): Promise<Outcome<{ version: ArticleVersion }>> {
    const v = await this.version(articleId, versionId);
    if (!v) return this.refuse('not-found', 'There is no such version of this article.');
    const submitted = await this.store.submit(versionId, this.nowIso());
    if (!submitted) return this.refuse('wrong-state', v.status === 'in-review' ? 'This change is already waiting for review.' : 'Only a draft can be sent for review, and this version is not a draft any more.');
    return { ok: true, version: submitted };
  }

  /** A reviewer who did not write the change puts it live; the bot answers from it at once. */
  async publish(articleId: string, versionId: number, reviewer: Actor): Promise<Outcome<{ version: ArticleVersion }>> {
    const v = await this.version(articleId, versionId);
    if (!v) return this.refuse('not-found', 'There is no such version of this article.');
    const authors = await this.authorsOf(v);
    if (reviewer.id !== undefined && authors.some((a) => a.id === reviewer.id)) {
      return this.refuse('own-change', 'You wrote this change, so you cannot publish it yourself. Another reviewer needs to check and publish it.');
    }
    if (v.status !== 'in-review') {
      return this.refuse('wrong-state', v.status === 'draft' ? 'This change has not been sent for review yet.' : 'This change is not waiting for review: it may already have been published or rejected.');
    }
    const summary = await this.store.summary(articleId);
    if (summary?.live?.id !== v.liveBaseId) return this.liveMoved(summary?.live);
    const checked = validateArticle(summary?.file ?? `${articleId}.md`, v.source, this.live, this.today());
    if (!checked.ok) {
      return { ok: false, reason: 'invalid', message: 'This change cannot go live because it does not pass the checks. The live article has not changed.', problems: checked.errors };
    }
    const published = await this.store.publish(versionId, reviewer, this.nowIso());
    if (!published.ok) {
      return published.reason === 'live-moved' ? this.liveMoved(published.current) : this.refuse('wrong-state', 'This change is not waiting for review any more.');
    }
    await this.reload();
    return { ok: true, version: published.version };
  }

  async reject(articleId: string, versionId: number, reviewer: Actor, note: string): Promise<Outcome<{ version: ArticleVersion }>> {
    const v = await this.version(articleId, versionId);
    if (!v) return this.refuse('not-found', 'There is no such version of this article.');
    const rejected = await this.store.reject(versionId, reviewer, this.nowIso(), note.trim().slice(0, 2000));
    if (!rejected) return this.refuse('wrong-state', 'Only a draft or a change waiting for review can be rejected.');
    return { ok: true, version: rejected };
  }

  /** Puts an earlier live version back, as a new live version (the history keeps everything). */
  async rollback(articleId: string, restoreId: number, expectedLiveId: number, reviewer: Actor): Promise<Outcome<{ version: ArticleVersion }>> {
    const restore = await this.version(articleId, restoreId);
    if (!restore || !restore.publishedAt) return this.refuse('not-found', 'Only a version that was live before can be rolled back to.');
    const summary = await this.store.summary(articleId);
    const live = summary?.live;
    if (!live || live.id !== expectedLiveId) return this.liveMoved(live);
    if (live.id === restore.id || live.source === restore.source) return this.refuse('wrong-state', `Version ${restore.number} is the same as the live version, so there is nothing to roll back.`);
    const checked = validateArticle(summary.file, restore.source, this.live, this.today());
    if (!checked.ok) {
      return { ok: false, reason: 'invalid', message: `Version ${restore.number} cannot go live again because it no longer passes the checks. The live article has not changed.`, problems: checked.errors };
    }
    const done = await this.store.rollback({
      articleId, restoreId, expectedLiveId, source: restore.source, diff: unifiedDiff(live.source, restore.source, `live (version ${live.number})`, `version ${restore.number}`),
      actor: reviewer, at: this.nowIso(),
    });
    if (!done.ok) return this.liveMoved(done.live);
    await this.reload();
    return { ok: true, version: done.version };
  }

  // ---- moving content between a running instance and files ----

  async exportFiles(): Promise<KnowledgeFiles> {
    const summaries = await this.store.summaries();
    const glossary = await this.store.liveGlossary();
    return { articles: summaries.filter((s) => s.live).map((s) => ({ file: s.file, source: s.live!.source })), glossary: glossary?.source };
  }

  /**
   * Loads files as new live versions, all or nothing: if any file fails the checks (with the
   * other live articles around it), nothing changes and every problem is listed by file.
   */
  async importFiles(files: KnowledgeFiles, actor: Actor): Promise<ImportOutcome> {
    const problems = new Map<string, string[]>();
    const complain = (file: string, message: string) => problems.set(file, [...(problems.get(file) ?? []), message]);
    const parsed: Array<{ file: string; source: string; article: Article }> = [];
    const seenIds = new Map<string, string>();
    for (const f of files.articles) {
      const r = parseArticle(f.file, f.source);
      if (!r.ok) {
        for (const p of r.problems) complain(f.file, `${p.field}: ${plainMessage(p.field, p.message)}`);
        continue;
      }
      const earlier = seenIds.get(r.article.id);
      if (earlier) complain(f.file, `id: "${r.article.id}" is already used by ${earlier}`);
      else {
        seenIds.set(r.article.id, f.file);
        parsed.push({ ...f, article: r.article });
      }
    }
    const summaries = new Map((await this.store.summaries()).map((s) => [s.articleId, s]));
    const takenFiles = new Map([...summaries.values()].map((s) => [s.file, s.articleId]));
    // Stored under the existing file name for an existing article, else "<id>.md".
    const storedFile = (a: Article) => summaries.get(a.id)?.file ?? `${a.id}.md`;
    for (const p of parsed) {
      const owner = takenFiles.get(storedFile(p.article));
      if (owner && owner !== p.article.id) complain(p.file, `id: a new article would be saved as ${storedFile(p.article)}, which article "${owner}" already uses`);
    }

    const importedIds = new Set(parsed.map((p) => p.article.id));
    const candidateArticles = [
      ...this.live.articles.filter((a) => !importedIds.has(a.id)),
      ...parsed.map((p) => ({ ...p.article, file: p.file })),
    ];
    const glossarySource = files.glossary ?? (await this.store.liveGlossary())?.source;
    const candidate = buildKnowledge([], glossarySource);
    const checked = checkKnowledge({ articles: candidateArticles, glossary: candidate.glossary, problems: files.glossary !== undefined ? candidate.problems : [] }, { today: this.today() });
    const importedFiles = new Set([...files.articles.map((f) => f.file), ...(files.glossary !== undefined ? [GLOSSARY_FILE] : [])]);
    for (const p of checked.problems) {
      if (p.severity === 'error' && importedFiles.has(p.file)) complain(p.file, `${p.field}: ${p.message}`);
    }
    if (problems.size) return { ok: false, problems: [...problems].map(([file, messages]) => ({ file, messages })) };

    const changed = parsed.filter((p) => summaries.get(p.article.id)?.live?.source !== p.source);
    const liveGlossary = (await this.store.liveGlossary())?.source;
    const glossaryChanged = files.glossary !== undefined && files.glossary !== liveGlossary;
    if (changed.length || glossaryChanged) {
      await this.store.importAll(
        changed.map((p) => ({ articleId: p.article.id, file: storedFile(p.article), source: p.source, diff: this.changesAgainstLive(summaries.get(p.article.id)?.live, p.source) })),
        glossaryChanged ? { source: files.glossary!, diff: unifiedDiff(liveGlossary ?? '', files.glossary!, 'live glossary', 'imported glossary') } : undefined,
        actor, this.nowIso(),
      );
      await this.reload();
    }
    return { ok: true, imported: changed.map((p) => p.article.id), unchanged: parsed.length - changed.length, glossaryChanged };
  }

  // ---- helpers ----

  private listing(s: ArticleSummary): ArticleListing {
    const title = this.live.retriever.getArticle(s.articleId)?.title ?? titleOf(s.live?.source) ?? titleOf(s.open?.source) ?? s.articleId;
    return { articleId: s.articleId, title, live: s.live, open: s.open };
  }

  private changesAgainstLive(live: ArticleVersion | undefined, source: string): string {
    return unifiedDiff(live?.source ?? '', source, live ? `live (version ${live.number})` : 'new article', 'this change');
  }

  /** Everyone who wrote part of a change: its author and the authors of the drafts it replaced. */
  private async authorsOf(v: ArticleVersion): Promise<Actor[]> {
    const versions = new Map((await this.store.versions(v.articleId)).map((x) => [x.id, x]));
    const authors: Actor[] = [v.author];
    let base = v.baseVersionId === undefined ? undefined : versions.get(v.baseVersionId);
    while (base && !base.publishedAt) {
      authors.push(base.author);
      base = base.baseVersionId === undefined ? undefined : versions.get(base.baseVersionId);
    }
    return authors;
  }

  private async conflict(baseId: number | undefined, head: ArticleVersion | undefined, summary: ArticleSummary | undefined): Promise<Refusal> {
    const base = baseId === undefined ? undefined : await this.store.version(baseId);
    if (!summary && head) {
      return { ok: false, reason: 'conflict', head, changes: head.diff, message: `${describeActor(head.author)} created an article with this id a moment ago. Choose a different id, or open their article.` };
    }
    const who = head ? `${describeActor(head.author)} saved version ${head.number} at ${timeOf(head.createdAt)}` : 'Someone changed it';
    return {
      ok: false, reason: 'conflict', head,
      changes: unifiedDiff(base?.source ?? '', head?.source ?? '', base ? `version ${base.number} (what you started from)` : 'what you started from', head ? `version ${head.number} (saved by ${describeActor(head.author)})` : 'now'),
      message: `Someone else changed this article while you were editing it: ${who}. Your changes have not been saved. They are still in the form below. Check them against the changes shown, then save again.`,
    };
  }

  private liveMoved(live: ArticleVersion | undefined): Refusal {
    return {
      ok: false, reason: 'conflict', head: live,
      message: 'The live article changed after this change was made (a newer version was published, rolled back or imported). Open the change, check it against the live version, and save it again. Then it can be reviewed.',
    };
  }

  private refuse(reason: RefusalReason, message: string): Refusal {
    return { ok: false, reason, message };
  }

  /** The live index with one article replaced: for trying questions in the preview. */
  private withCandidate(article: Article): KnowledgeBase {
    const others = this.live.articles.filter((a) => a.id !== article.id);
    return new KnowledgeBase({ articles: [...others, article], glossary: this.live.glossary, problems: [] }, this.services);
  }

  private today(): IsoDate {
    return todayInLondon(this.clock());
  }

  private nowIso(): string {
    return this.clock().toISOString();
  }
}
