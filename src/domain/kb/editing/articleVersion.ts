/**
 * Every change to an article is kept as a version: the whole Markdown file as it would be
 * written to knowledge/, who made it, when, and what it changes. Versions are content, not
 * personal data about parents, so they are kept for good (like a git history).
 *
 * An article has at most one open change (a draft or one in review) and one published version.
 * Saving over an open change supersedes it; publishing supersedes the previous live version.
 */

export const VERSION_STATUSES = ['draft', 'in-review', 'published', 'rejected', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'Draft',
  'in-review': 'Waiting for review',
  published: 'Live',
  rejected: 'Rejected',
  superseded: 'Replaced',
};

/** How the version came about. */
export type VersionOrigin = 'seed' | 'edit' | 'rollback' | 'import';

/** Who did something: a staff account, or the install itself (seeding from knowledge/). */
export interface Actor {
  readonly id?: string;
  readonly name: string;
}

export interface ArticleVersion {
  readonly id: number;
  readonly articleId: string;
  /** 1, 2, 3 … within the article. */
  readonly number: number;
  /** The whole Markdown file: front matter and body. */
  readonly source: string;
  readonly status: VersionStatus;
  readonly origin: VersionOrigin;
  /** The version the editor started from (the form's base), for optimistic concurrency. */
  readonly baseVersionId?: number;
  /** The live version when this one was saved: publishing is refused if the live one has moved on. */
  readonly liveBaseId?: number;
  /** For a roll-back: the earlier version it restores. */
  readonly restoredFromId?: number;
  readonly author: Actor;
  readonly createdAt: string;
  readonly submittedAt?: string;
  readonly reviewer?: Actor;
  readonly reviewedAt?: string;
  readonly reviewNote?: string;
  /** When it went live (kept after it is replaced): only these can be rolled back to. */
  readonly publishedAt?: string;
  /** Unified diff against the live version when it was saved. */
  readonly diff: string;
}

export function isOpen(v: Pick<ArticleVersion, 'status'>): boolean {
  return v.status === 'draft' || v.status === 'in-review';
}

/** An article as the admin list shows it. */
export interface ArticleSummary {
  readonly articleId: string;
  readonly file: string;
  readonly live?: ArticleVersion;
  readonly open?: ArticleVersion;
}

export const AUDIT_ACTIONS = ['seeded', 'published', 'rolled-back', 'imported', 'rejected'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LABELS: Record<AuditAction, string> = {
  seeded: 'Loaded from the knowledge folder',
  published: 'Published',
  'rolled-back': 'Rolled back',
  imported: 'Imported',
  rejected: 'Rejected',
};

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: Actor;
  readonly action: AuditAction;
  readonly articleId: string;
  readonly versionId: number;
  readonly versionNumber: number;
  /** The version that was live before (publish, roll-back, import). */
  readonly previousVersionId?: number;
  /** Roll-back: the earlier version restored. */
  readonly restoredFromId?: number;
}
