import type { Actor, ArticleSummary, ArticleVersion, AuditAction, AuditEntry, VersionStatus } from '../../domain/kb/editing/articleVersion';
import type {
  DraftToSave, GlossaryVersion, ImportedArticle, KbEditStore, PublishOutcome, RollbackOutcome, RollbackToSave, SaveDraftOutcome, SeedArticle,
} from '../../domain/kb/editing/kbEditStore';
import type { SqliteDb } from './sqliteDatabase';
import { auditEntryFromRow, glossaryVersionFromRow, versionFromRow, type AuditRow, type GlossaryRow, type InsertVersion, type VersionRow as KbVersionRow } from '../kbRows';

/**
 * Knowledge-base articles, versions, glossary and audit log in the embedded database
 * (migrations 025-028). Every change to what is live runs in one transaction that first checks
 * the state it expects; better-sqlite3 is synchronous, so nothing can slip in between.
 */

/** SQLite keeps times as ISO text already. */
const sameText = (time: string) => time;

type VersionRow = KbVersionRow<string>;


export class SqliteKbStore implements KbEditStore {
  constructor(private readonly db: SqliteDb) {}

  async articleCount(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM kb_articles').get() as { n: number }).n;
  }

  async seed(articles: readonly SeedArticle[], glossary: string | undefined, actor: Actor, at: string): Promise<boolean> {
    return this.db.transaction(() => {
      if ((this.db.prepare('SELECT count(*) AS n FROM kb_articles').get() as { n: number }).n > 0) return false;
      for (const a of articles) {
        this.insertArticle(a.articleId, a.file, at);
        const id = this.insertVersion({ articleId: a.articleId, source: a.source, status: 'published', origin: 'seed', author: actor, at, publishedAt: at, diff: '' });
        this.insertAudit(at, actor, 'seeded', a.articleId, id);
      }
      if (glossary !== undefined) this.insertGlossary(glossary, 'seed', actor, at, '');
      return true;
    })();
  }

  async summaries(): Promise<ArticleSummary[]> {
    const articles = this.db.prepare('SELECT id, file FROM kb_articles ORDER BY id').all() as Array<{ id: string; file: string }>;
    const current = (this.db.prepare(`SELECT * FROM kb_versions WHERE status IN ('published', 'draft', 'in-review')`).all() as VersionRow[]).map((r) => versionFromRow(r, sameText));
    return articles.map((a) => ({
      articleId: a.id,
      file: a.file,
      live: current.find((v) => v.articleId === a.id && v.status === 'published'),
      open: current.find((v) => v.articleId === a.id && v.status !== 'published'),
    }));
  }

  async summary(articleId: string): Promise<ArticleSummary | undefined> {
    const article = this.db.prepare('SELECT id, file FROM kb_articles WHERE id = ?').get(articleId) as { id: string; file: string } | undefined;
    if (!article) return undefined;
    return { articleId: article.id, file: article.file, live: this.liveOf(articleId), open: this.openOf(articleId) };
  }

  async versions(articleId: string): Promise<ArticleVersion[]> {
    return (this.db.prepare('SELECT * FROM kb_versions WHERE article_id = ? ORDER BY id DESC').all(articleId) as VersionRow[]).map((r) => versionFromRow(r, sameText));
  }

  async version(id: number): Promise<ArticleVersion | undefined> {
    return this.versionById(id);
  }

  async liveGlossary(): Promise<GlossaryVersion | undefined> {
    const r = this.db.prepare('SELECT * FROM kb_glossary_versions ORDER BY id DESC LIMIT 1').get() as GlossaryRow<string> | undefined;
    return r && glossaryVersionFromRow(r, sameText);
  }

  async saveDraft(draft: DraftToSave): Promise<SaveDraftOutcome> {
    return this.db.transaction((): SaveDraftOutcome => {
      const exists = this.db.prepare('SELECT 1 FROM kb_articles WHERE id = ?').get(draft.articleId) !== undefined;
      const live = this.liveOf(draft.articleId);
      const open = this.openOf(draft.articleId);
      const head = open ?? live;
      if (head?.id !== draft.expectedHeadId) return { ok: false, head };
      if (!exists) this.insertArticle(draft.articleId, draft.file, draft.at);
      if (open) this.setStatus(open.id, 'superseded');
      const id = this.insertVersion({
        articleId: draft.articleId, source: draft.source, status: 'draft', origin: 'edit',
        baseVersionId: head?.id, liveBaseId: live?.id, author: draft.author, at: draft.at, diff: draft.diff,
      });
      return { ok: true, version: this.versionById(id)! };
    })();
  }

  async submit(versionId: number, at: string): Promise<ArticleVersion | undefined> {
    const changed = this.db.prepare(`UPDATE kb_versions SET status = 'in-review', submitted_at = ? WHERE id = ? AND status = 'draft'`).run(at, versionId).changes;
    return changed ? this.versionById(versionId) : undefined;
  }

  async publish(versionId: number, reviewer: Actor, at: string): Promise<PublishOutcome> {
    return this.db.transaction((): PublishOutcome => {
      const version = this.versionById(versionId);
      if (!version || version.status !== 'in-review') return { ok: false, reason: 'not-in-review', current: version };
      const live = this.liveOf(version.articleId);
      if (live?.id !== version.liveBaseId) return { ok: false, reason: 'live-moved', current: live };
      if (live) this.setStatus(live.id, 'superseded');
      this.db.prepare(`UPDATE kb_versions SET status = 'published', reviewer_id = ?, reviewer_name = ?, reviewed_at = ?, published_at = ? WHERE id = ?`)
        .run(reviewer.id ?? null, reviewer.name, at, at, versionId);
      this.insertAudit(at, reviewer, 'published', version.articleId, versionId, live?.id);
      return { ok: true, version: this.versionById(versionId)!, previous: live };
    })();
  }

  async reject(versionId: number, reviewer: Actor, at: string, note: string): Promise<ArticleVersion | undefined> {
    return this.db.transaction(() => {
      const version = this.versionById(versionId);
      if (!version || (version.status !== 'draft' && version.status !== 'in-review')) return undefined;
      this.db.prepare(`UPDATE kb_versions SET status = 'rejected', reviewer_id = ?, reviewer_name = ?, reviewed_at = ?, review_note = ? WHERE id = ?`)
        .run(reviewer.id ?? null, reviewer.name, at, note || null, versionId);
      this.insertAudit(at, reviewer, 'rejected', version.articleId, versionId);
      return this.versionById(versionId);
    })();
  }

  async rollback(input: RollbackToSave): Promise<RollbackOutcome> {
    return this.db.transaction((): RollbackOutcome => {
      const live = this.liveOf(input.articleId);
      if (!live || live.id !== input.expectedLiveId) return { ok: false, live };
      this.setStatus(live.id, 'superseded');
      const id = this.insertVersion({
        articleId: input.articleId, source: input.source, status: 'published', origin: 'rollback', baseVersionId: live.id, liveBaseId: live.id,
        restoredFromId: input.restoreId, author: input.actor, at: input.at, reviewer: input.actor, publishedAt: input.at, diff: input.diff,
      });
      this.insertAudit(input.at, input.actor, 'rolled-back', input.articleId, id, live.id, input.restoreId);
      return { ok: true, version: this.versionById(id)!, previous: live };
    })();
  }

  async importAll(articles: readonly ImportedArticle[], glossary: { source: string; diff: string } | undefined, actor: Actor, at: string): Promise<ArticleVersion[]> {
    return this.db.transaction(() => {
      const added: ArticleVersion[] = [];
      for (const a of articles) {
        if (this.db.prepare('SELECT 1 FROM kb_articles WHERE id = ?').get(a.articleId) === undefined) this.insertArticle(a.articleId, a.file, at);
        const live = this.liveOf(a.articleId);
        if (live) this.setStatus(live.id, 'superseded');
        const id = this.insertVersion({
          articleId: a.articleId, source: a.source, status: 'published', origin: 'import', baseVersionId: live?.id, liveBaseId: live?.id,
          author: actor, at, reviewer: actor, publishedAt: at, diff: a.diff,
        });
        this.insertAudit(at, actor, 'imported', a.articleId, id, live?.id);
        added.push(this.versionById(id)!);
      }
      if (glossary) this.insertGlossary(glossary.source, 'import', actor, at, glossary.diff);
      return added;
    })();
  }

  async audit(options: { limit: number; articleId?: string }): Promise<AuditEntry[]> {
    const where = options.articleId === undefined ? '' : 'WHERE a.article_id = ?';
    const params: Array<string | number> = options.articleId === undefined ? [options.limit] : [options.articleId, options.limit];
    const rows = this.db.prepare(`SELECT a.*, v.number AS version_number FROM kb_audit a JOIN kb_versions v ON v.id = a.version_id
      ${where} ORDER BY a.seq DESC LIMIT ?`).all(...params) as AuditRow<string>[];
    return rows.map((r) => auditEntryFromRow(r, sameText));
  }

  async liveGeneration(): Promise<string> {
    const r = this.db.prepare(`SELECT (SELECT coalesce(max(seq), 0) FROM kb_audit WHERE action != 'rejected') AS a,
      (SELECT coalesce(max(id), 0) FROM kb_glossary_versions) AS g`).get() as { a: number; g: number };
    return `${r.a}.${r.g}`;
  }

  private versionById(id: number): ArticleVersion | undefined {
    const r = this.db.prepare('SELECT * FROM kb_versions WHERE id = ?').get(id) as VersionRow | undefined;
    return r && versionFromRow(r, sameText);
  }

  private liveOf(articleId: string): ArticleVersion | undefined {
    const r = this.db.prepare(`SELECT * FROM kb_versions WHERE article_id = ? AND status = 'published'`).get(articleId) as VersionRow | undefined;
    return r && versionFromRow(r, sameText);
  }

  private openOf(articleId: string): ArticleVersion | undefined {
    const r = this.db.prepare(`SELECT * FROM kb_versions WHERE article_id = ? AND status IN ('draft', 'in-review')`).get(articleId) as VersionRow | undefined;
    return r && versionFromRow(r, sameText);
  }

  private setStatus(id: number, status: VersionStatus): void {
    this.db.prepare('UPDATE kb_versions SET status = ? WHERE id = ?').run(status, id);
  }

  private insertArticle(id: string, file: string, at: string): void {
    this.db.prepare('INSERT INTO kb_articles (id, file, created_at) VALUES (?, ?, ?)').run(id, file, at);
  }

  private insertVersion(v: InsertVersion): number {
    const { n } = this.db.prepare('SELECT coalesce(max(number), 0) + 1 AS n FROM kb_versions WHERE article_id = ?').get(v.articleId) as { n: number };
    const result = this.db.prepare(`INSERT INTO kb_versions (article_id, number, source, status, origin, base_version_id, live_base_id, restored_from_id,
        author_id, author_name, created_at, reviewer_id, reviewer_name, reviewed_at, published_at, diff)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v.articleId, n, v.source, v.status, v.origin, v.baseVersionId ?? null, v.liveBaseId ?? null, v.restoredFromId ?? null,
      v.author.id ?? null, v.author.name, v.at, v.reviewer?.id ?? null, v.reviewer?.name ?? null, v.reviewer ? v.at : null, v.publishedAt ?? null, v.diff,
    );
    return Number(result.lastInsertRowid);
  }

  private insertAudit(at: string, actor: Actor, action: AuditAction, articleId: string, versionId: number, previousVersionId?: number, restoredFromId?: number): void {
    this.db.prepare(`INSERT INTO kb_audit (at, actor_id, actor_name, action, article_id, version_id, previous_version_id, restored_from_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(at, actor.id ?? null, actor.name, action, articleId, versionId, previousVersionId ?? null, restoredFromId ?? null);
  }

  private insertGlossary(source: string, origin: 'seed' | 'import', actor: Actor, at: string, diff: string): void {
    this.db.prepare('INSERT INTO kb_glossary_versions (source, origin, actor_id, actor_name, created_at, diff) VALUES (?, ?, ?, ?, ?, ?)')
      .run(source, origin, actor.id ?? null, actor.name, at, diff);
  }
}
