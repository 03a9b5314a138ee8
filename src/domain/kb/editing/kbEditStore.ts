import type { Actor, ArticleSummary, ArticleVersion, AuditEntry } from './articleVersion';

/**
 * Where articles, their versions, the glossary and the audit log are kept (the embedded SQLite
 * database by default). Each method that changes what is live is one atomic step that checks
 * the state it expects (optimistic concurrency), so two people acting at once cannot overwrite
 * each other: the second is told. The rules about who may do what live in KnowledgeEditor.
 */

export interface SeedArticle {
  readonly articleId: string;
  readonly file: string;
  readonly source: string;
}

export interface DraftToSave {
  readonly articleId: string;
  /** Used when the article is new. */
  readonly file: string;
  readonly source: string;
  readonly diff: string;
  readonly author: Actor;
  readonly at: string;
  /** The head (open change, else live version) the editor started from; undefined for a new article (or one never published). */
  readonly expectedHeadId: number | undefined;
}

export type SaveDraftOutcome =
  | { readonly ok: true; readonly version: ArticleVersion }
  /** The head moved on (for a new article: someone else just created it): `head` is what is there now. */
  | { readonly ok: false; readonly head?: ArticleVersion };

export type PublishOutcome =
  | { readonly ok: true; readonly version: ArticleVersion; readonly previous?: ArticleVersion }
  | { readonly ok: false; readonly reason: 'not-in-review' | 'live-moved'; readonly current?: ArticleVersion };

export interface RollbackToSave {
  readonly articleId: string;
  readonly restoreId: number;
  /** The live version the reviewer saw: refused if another change went live meanwhile. */
  readonly expectedLiveId: number;
  readonly source: string;
  readonly diff: string;
  readonly actor: Actor;
  readonly at: string;
}

export type RollbackOutcome =
  | { readonly ok: true; readonly version: ArticleVersion; readonly previous: ArticleVersion }
  | { readonly ok: false; readonly live?: ArticleVersion };

export interface ImportedArticle {
  readonly articleId: string;
  readonly file: string;
  readonly source: string;
  readonly diff: string;
}

export interface GlossaryVersion {
  readonly id: number;
  readonly source: string;
  readonly actor: Actor;
  readonly createdAt: string;
  readonly diff: string;
}

export interface KbEditStore {
  articleCount(): Promise<number>;
  /** Fills an empty store (each article live as version 1); false, doing nothing, if not empty. */
  seed(articles: readonly SeedArticle[], glossary: string | undefined, actor: Actor, at: string): Promise<boolean>;

  /** Every article with its live version and open change, in id order. */
  summaries(): Promise<ArticleSummary[]>;
  summary(articleId: string): Promise<ArticleSummary | undefined>;
  /** Newest first. */
  versions(articleId: string): Promise<ArticleVersion[]>;
  version(id: number): Promise<ArticleVersion | undefined>;
  liveGlossary(): Promise<GlossaryVersion | undefined>;

  saveDraft(draft: DraftToSave): Promise<SaveDraftOutcome>;
  /** Draft to in-review; undefined when the version is not a draft. */
  submit(versionId: number, at: string): Promise<ArticleVersion | undefined>;
  /** In-review to live, if the live version is still the one the change was based on. */
  publish(versionId: number, reviewer: Actor, at: string): Promise<PublishOutcome>;
  /** An open change to rejected; undefined when it is not open. */
  reject(versionId: number, reviewer: Actor, at: string, note: string): Promise<ArticleVersion | undefined>;
  rollback(input: RollbackToSave): Promise<RollbackOutcome>;
  /** All or nothing: each article a new live version, the glossary too when given. */
  importAll(articles: readonly ImportedArticle[], glossary: { source: string; diff: string } | undefined, actor: Actor, at: string): Promise<ArticleVersion[]>;

  /** Newest first. */
  audit(options: { limit: number; articleId?: string }): Promise<AuditEntry[]>;
  /** Changes whenever anything goes live, here or in another process (e.g. `kb import`). */
  liveGeneration(): Promise<string>;
}
