import type { Actor, ArticleVersion, AuditAction, AuditEntry, VersionOrigin, VersionStatus } from '../domain/kb/editing/articleVersion';
import type { GlossaryVersion } from '../domain/kb/editing/kbEditStore';

/**
 * Rows of the knowledge-base tables (migrations 025-028) as either backend reads them, and what
 * they become: SQLite gives times as text, PostgreSQL as dates, so each mapper takes the
 * backend's own `isoOf`.
 */

export interface VersionRow<Time> {
  id: number;
  article_id: string;
  number: number;
  source: string;
  status: VersionStatus;
  origin: VersionOrigin;
  base_version_id: number | null;
  live_base_id: number | null;
  restored_from_id: number | null;
  author_id: string | null;
  author_name: string;
  created_at: Time;
  submitted_at: Time | null;
  reviewer_id: string | null;
  reviewer_name: string | null;
  reviewed_at: Time | null;
  review_note: string | null;
  published_at: Time | null;
  diff: string;
}

/** An audit row joined with its version's number. */
export interface AuditRow<Time> {
  seq: number;
  at: Time;
  actor_id: string | null;
  actor_name: string;
  action: AuditAction;
  article_id: string;
  version_id: number;
  version_number: number;
  previous_version_id: number | null;
  restored_from_id: number | null;
}

export interface GlossaryRow<Time> {
  id: number;
  source: string;
  actor_id: string | null;
  actor_name: string;
  created_at: Time;
  diff: string;
}

/** A version about to be inserted, in the domain's terms (both backends write the same columns). */
export interface InsertVersion {
  articleId: string;
  source: string;
  status: VersionStatus;
  origin: VersionOrigin;
  baseVersionId?: number;
  liveBaseId?: number;
  restoredFromId?: number;
  author: Actor;
  at: string;
  reviewer?: Actor;
  publishedAt?: string;
  diff: string;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const actorOf = (id: string | null, name: string): Actor => (id === null ? { name } : { id, name });

export function versionFromRow<Time>(r: VersionRow<Time>, isoOf: (time: Time) => string): ArticleVersion {
  const optionalIso = (time: Time | null) => (time === null ? undefined : isoOf(time));
  return {
    id: r.id,
    articleId: r.article_id,
    number: r.number,
    source: r.source,
    status: r.status,
    origin: r.origin,
    baseVersionId: opt(r.base_version_id),
    liveBaseId: opt(r.live_base_id),
    restoredFromId: opt(r.restored_from_id),
    author: actorOf(r.author_id, r.author_name),
    createdAt: isoOf(r.created_at),
    submittedAt: optionalIso(r.submitted_at),
    reviewer: r.reviewer_name === null ? undefined : actorOf(r.reviewer_id, r.reviewer_name),
    reviewedAt: optionalIso(r.reviewed_at),
    reviewNote: opt(r.review_note),
    publishedAt: optionalIso(r.published_at),
    diff: r.diff,
  };
}

export function auditEntryFromRow<Time>(r: AuditRow<Time>, isoOf: (time: Time) => string): AuditEntry {
  return {
    seq: r.seq, at: isoOf(r.at), actor: actorOf(r.actor_id, r.actor_name), action: r.action, articleId: r.article_id,
    versionId: r.version_id, versionNumber: r.version_number, previousVersionId: opt(r.previous_version_id), restoredFromId: opt(r.restored_from_id),
  };
}

export function glossaryVersionFromRow<Time>(r: GlossaryRow<Time>, isoOf: (time: Time) => string): GlossaryVersion {
  return { id: r.id, source: r.source, actor: actorOf(r.actor_id, r.actor_name), createdAt: isoOf(r.created_at), diff: r.diff };
}
