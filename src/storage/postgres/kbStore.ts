import type { PoolClient } from 'pg';
import type { Actor, ArticleSummary, ArticleVersion, AuditAction, AuditEntry, VersionStatus } from '../../domain/kb/editing/articleVersion';
import type {
  DraftToSave, GlossaryVersion, ImportedArticle, KbEditStore, PublishOutcome, RollbackOutcome, RollbackToSave, SaveDraftOutcome, SeedArticle,
} from '../../domain/kb/editing/kbEditStore';
import type { PostgresEventBus } from './eventBus';
import { isoOf, pgText, type PgQueryable, type PostgresDatabase } from './postgresDatabase';
import { auditEntryFromRow, glossaryVersionFromRow, versionFromRow, type AuditRow, type GlossaryRow, type InsertVersion, type VersionRow as KbVersionRow } from '../kbRows';

/**
 * Knowledge-base articles, versions, glossary and audit log in the shared PostgreSQL database
 * (migrations 025-028). Every change runs in one transaction that first takes the knowledge
 * base's lock (changes are rare: one at a time, from any instance, is plenty) and then checks the
 * state it expects, as the SQLite store does. A change to what is live also tells the other
 * instances (NOTIFY on commit), which reload their index from here.
 */

type Queryable = PgQueryable;

type VersionRow = KbVersionRow<Date>;


export class PostgresKbStore implements KbEditStore {
  constructor(private readonly db: PostgresDatabase, private readonly bus?: PostgresEventBus) {}

  async articleCount(): Promise<number> {
    return (await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM kb_articles')).rows[0].n;
  }

  async seed(articles: readonly SeedArticle[], glossary: string | undefined, actor: Actor, at: string): Promise<boolean> {
    return this.change(async (c) => {
      // Two instances starting on an empty database at once: the second finds it seeded.
      if ((await c.query<{ n: number }>('SELECT count(*)::int AS n FROM kb_articles')).rows[0].n > 0) return false;
      for (const a of articles) {
        await insertArticle(c, a.articleId, a.file, at);
        const id = await insertVersion(c, { articleId: a.articleId, source: a.source, status: 'published', origin: 'seed', author: actor, at, publishedAt: at, diff: '' });
        await insertAudit(c, at, actor, 'seeded', a.articleId, id);
      }
      if (glossary !== undefined) await insertGlossary(c, glossary, 'seed', actor, at, '');
      await this.liveChanged(c);
      return true;
    });
  }

  async summaries(): Promise<ArticleSummary[]> {
    const articles = (await this.db.query<{ id: string; file: string }>('SELECT id, file FROM kb_articles ORDER BY id')).rows;
    const current = (await this.db.query<VersionRow>(`SELECT * FROM kb_versions WHERE status IN ('published', 'draft', 'in-review')`)).rows.map((r) => versionFromRow(r, isoOf));
    return articles.map((a) => ({
      articleId: a.id,
      file: a.file,
      live: current.find((v) => v.articleId === a.id && v.status === 'published'),
      open: current.find((v) => v.articleId === a.id && v.status !== 'published'),
    }));
  }

  async summary(articleId: string): Promise<ArticleSummary | undefined> {
    const article = (await this.db.query<{ id: string; file: string }>('SELECT id, file FROM kb_articles WHERE id = $1', [articleId])).rows[0];
    if (!article) return undefined;
    return { articleId: article.id, file: article.file, live: await liveOf(this.db, articleId), open: await openOf(this.db, articleId) };
  }

  async versions(articleId: string): Promise<ArticleVersion[]> {
    return (await this.db.query<VersionRow>('SELECT * FROM kb_versions WHERE article_id = $1 ORDER BY id DESC', [articleId])).rows.map((r) => versionFromRow(r, isoOf));
  }

  async version(id: number): Promise<ArticleVersion | undefined> {
    return versionById(this.db, id);
  }

  async liveGlossary(): Promise<GlossaryVersion | undefined> {
    const r = (await this.db.query<GlossaryRow<Date>>('SELECT * FROM kb_glossary_versions ORDER BY id DESC LIMIT 1')).rows[0];
    return r && glossaryVersionFromRow(r, isoOf);
  }

  async saveDraft(draft: DraftToSave): Promise<SaveDraftOutcome> {
    return this.change(async (c): Promise<SaveDraftOutcome> => {
      const exists = (await c.query('SELECT 1 FROM kb_articles WHERE id = $1', [draft.articleId])).rows.length > 0;
      const live = await liveOf(c, draft.articleId);
      const open = await openOf(c, draft.articleId);
      const head = open ?? live;
      if (head?.id !== draft.expectedHeadId) return { ok: false, head };
      if (!exists) await insertArticle(c, draft.articleId, draft.file, draft.at);
      if (open) await setStatus(c, open.id, 'superseded');
      const id = await insertVersion(c, {
        articleId: draft.articleId, source: draft.source, status: 'draft', origin: 'edit',
        baseVersionId: head?.id, liveBaseId: live?.id, author: draft.author, at: draft.at, diff: draft.diff,
      });
      return { ok: true, version: (await versionById(c, id))! };
    });
  }

  async submit(versionId: number, at: string): Promise<ArticleVersion | undefined> {
    const { rowCount } = await this.db.query(`UPDATE kb_versions SET status = 'in-review', submitted_at = $1 WHERE id = $2 AND status = 'draft'`, [at, versionId]);
    return rowCount ? versionById(this.db, versionId) : undefined;
  }

  async publish(versionId: number, reviewer: Actor, at: string): Promise<PublishOutcome> {
    return this.change(async (c): Promise<PublishOutcome> => {
      const version = await versionById(c, versionId);
      if (!version || version.status !== 'in-review') return { ok: false, reason: 'not-in-review', current: version };
      const live = await liveOf(c, version.articleId);
      if (live?.id !== version.liveBaseId) return { ok: false, reason: 'live-moved', current: live };
      if (live) await setStatus(c, live.id, 'superseded');
      await c.query(`UPDATE kb_versions SET status = 'published', reviewer_id = $1, reviewer_name = $2, reviewed_at = $3, published_at = $3 WHERE id = $4`,
        [reviewer.id ?? null, reviewer.name, at, versionId]);
      await insertAudit(c, at, reviewer, 'published', version.articleId, versionId, live?.id);
      await this.liveChanged(c);
      return { ok: true, version: (await versionById(c, versionId))!, previous: live };
    });
  }

  async reject(versionId: number, reviewer: Actor, at: string, note: string): Promise<ArticleVersion | undefined> {
    return this.change(async (c) => {
      const version = await versionById(c, versionId);
      if (!version || (version.status !== 'draft' && version.status !== 'in-review')) return undefined;
      await c.query(`UPDATE kb_versions SET status = 'rejected', reviewer_id = $1, reviewer_name = $2, reviewed_at = $3, review_note = $4 WHERE id = $5`,
        [reviewer.id ?? null, reviewer.name, at, note ? pgText(note) : null, versionId]);
      await insertAudit(c, at, reviewer, 'rejected', version.articleId, versionId);
      return versionById(c, versionId);
    });
  }

  async rollback(input: RollbackToSave): Promise<RollbackOutcome> {
    return this.change(async (c): Promise<RollbackOutcome> => {
      const live = await liveOf(c, input.articleId);
      if (!live || live.id !== input.expectedLiveId) return { ok: false, live };
      await setStatus(c, live.id, 'superseded');
      const id = await insertVersion(c, {
        articleId: input.articleId, source: input.source, status: 'published', origin: 'rollback', baseVersionId: live.id, liveBaseId: live.id,
        restoredFromId: input.restoreId, author: input.actor, at: input.at, reviewer: input.actor, publishedAt: input.at, diff: input.diff,
      });
      await insertAudit(c, input.at, input.actor, 'rolled-back', input.articleId, id, live.id, input.restoreId);
      await this.liveChanged(c);
      return { ok: true, version: (await versionById(c, id))!, previous: live };
    });
  }

  async importAll(articles: readonly ImportedArticle[], glossary: { source: string; diff: string } | undefined, actor: Actor, at: string): Promise<ArticleVersion[]> {
    return this.change(async (c) => {
      const added: ArticleVersion[] = [];
      for (const a of articles) {
        if (!(await c.query('SELECT 1 FROM kb_articles WHERE id = $1', [a.articleId])).rows.length) await insertArticle(c, a.articleId, a.file, at);
        const live = await liveOf(c, a.articleId);
        if (live) await setStatus(c, live.id, 'superseded');
        const id = await insertVersion(c, {
          articleId: a.articleId, source: a.source, status: 'published', origin: 'import', baseVersionId: live?.id, liveBaseId: live?.id,
          author: actor, at, reviewer: actor, publishedAt: at, diff: a.diff,
        });
        await insertAudit(c, at, actor, 'imported', a.articleId, id, live?.id);
        added.push((await versionById(c, id))!);
      }
      if (glossary) await insertGlossary(c, glossary.source, 'import', actor, at, glossary.diff);
      await this.liveChanged(c);
      return added;
    });
  }

  async audit(options: { limit: number; articleId?: string }): Promise<AuditEntry[]> {
    const where = options.articleId === undefined ? '' : 'WHERE a.article_id = $2';
    const params: Array<string | number> = options.articleId === undefined ? [options.limit] : [options.limit, options.articleId];
    const { rows } = await this.db.query<AuditRow<Date>>(`SELECT a.*, v.number AS version_number FROM kb_audit a JOIN kb_versions v ON v.id = a.version_id
      ${where} ORDER BY a.seq DESC LIMIT $1`, params);
    return rows.map((r) => auditEntryFromRow(r, isoOf));
  }

  async liveGeneration(): Promise<string> {
    const { rows } = await this.db.query<{ a: number; g: number }>(`SELECT (SELECT coalesce(max(seq), 0) FROM kb_audit WHERE action != 'rejected') AS a,
      (SELECT coalesce(max(id), 0) FROM kb_glossary_versions) AS g`);
    return `${rows[0].a}.${rows[0].g}`;
  }

  /** One change at a time across every instance (a transaction-scoped lock, released on commit). */
  private change<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`send_navigator_kb:${this.db.schema}`]);
      return work(client);
    });
  }

  /** Tells the other instances to reload their index (on commit). */
  private async liveChanged(client: PoolClient): Promise<void> {
    await this.bus?.publish('kb', { e: 'live-changed' }, client);
  }
}

async function versionById(q: Queryable, id: number): Promise<ArticleVersion | undefined> {
  const r = (await q.query<VersionRow>('SELECT * FROM kb_versions WHERE id = $1', [id])).rows[0];
  return r && versionFromRow(r, isoOf);
}

async function liveOf(q: Queryable, articleId: string): Promise<ArticleVersion | undefined> {
  const r = (await q.query<VersionRow>(`SELECT * FROM kb_versions WHERE article_id = $1 AND status = 'published'`, [articleId])).rows[0];
  return r && versionFromRow(r, isoOf);
}

async function openOf(q: Queryable, articleId: string): Promise<ArticleVersion | undefined> {
  const r = (await q.query<VersionRow>(`SELECT * FROM kb_versions WHERE article_id = $1 AND status IN ('draft', 'in-review')`, [articleId])).rows[0];
  return r && versionFromRow(r, isoOf);
}

async function setStatus(c: PoolClient, id: number, status: VersionStatus): Promise<void> {
  await c.query('UPDATE kb_versions SET status = $1 WHERE id = $2', [status, id]);
}

async function insertArticle(c: PoolClient, id: string, file: string, at: string): Promise<void> {
  await c.query('INSERT INTO kb_articles (id, file, created_at) VALUES ($1, $2, $3)', [id, file, at]);
}

async function insertVersion(c: PoolClient, v: InsertVersion): Promise<number> {
  const { rows } = await c.query<{ id: number }>(`INSERT INTO kb_versions (article_id, number, source, status, origin, base_version_id, live_base_id,
      restored_from_id, author_id, author_name, created_at, reviewer_id, reviewer_name, reviewed_at, published_at, diff)
    VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM kb_versions WHERE article_id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
    RETURNING id`, [
    v.articleId, pgText(v.source), v.status, v.origin, v.baseVersionId ?? null, v.liveBaseId ?? null, v.restoredFromId ?? null,
    v.author.id ?? null, v.author.name, v.at, v.reviewer?.id ?? null, v.reviewer?.name ?? null, v.reviewer ? v.at : null, v.publishedAt ?? null, pgText(v.diff),
  ]);
  return rows[0].id;
}

async function insertAudit(c: PoolClient, at: string, actor: Actor, action: AuditAction, articleId: string, versionId: number,
  previousVersionId?: number, restoredFromId?: number): Promise<void> {
  await c.query(`INSERT INTO kb_audit (at, actor_id, actor_name, action, article_id, version_id, previous_version_id, restored_from_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [at, actor.id ?? null, actor.name, action, articleId, versionId, previousVersionId ?? null, restoredFromId ?? null]);
}

async function insertGlossary(c: PoolClient, source: string, origin: 'seed' | 'import', actor: Actor, at: string, diff: string): Promise<void> {
  await c.query('INSERT INTO kb_glossary_versions (source, origin, actor_id, actor_name, created_at, diff) VALUES ($1, $2, $3, $4, $5, $6)',
    [pgText(source), origin, actor.id ?? null, actor.name, at, pgText(diff)]);
}
