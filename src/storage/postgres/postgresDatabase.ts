import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { Logger } from '../../logging/logger';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/index';

/**
 * A shared PostgreSQL database (DATABASE_URL) for running several instances. A small pool per
 * instance; versioned migrations run at start-up under an advisory lock, so instances starting
 * together apply each migration once. The tables live in the connection's schema (normally
 * "public"; tests give each run its own schema with `?options=-c search_path=...`).
 */

/** What every store needs: plain queries, and transactions on one connection. */
export interface PgQueryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, params?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export class PostgresDatabase {
  private closed = false;

  private constructor(
    readonly pool: Pool,
    /** The schema the tables are in. */
    readonly schema: string,
    /** Where the instances tell each other about changes (one channel per database schema). */
    readonly channel: string,
    /** How to open more connections like the pool's (the event listener needs its own). */
    readonly connectionString: string,
  ) {}

  /** Connects, checks the server answers, and applies the migrations not yet applied. */
  static async open(connectionString: string, logger?: Logger, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<PostgresDatabase> {
    const pool = new Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000, application_name: 'send-navigator' });
    // An idle connection dropped by the server must not crash the process: the pool replaces it.
    pool.on('error', (error) => logger?.warn('db.connection_lost', { error }));
    try {
      const { rows } = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
      const schema = rows[0]?.schema;
      if (!schema) throw new Error('The database user has no schema to work in: set search_path, or create the schema first.');
      const db = new PostgresDatabase(pool, schema, eventChannelFor(schema), connectionString);
      const applied = await migrate(db, migrations);
      if (applied.length) logger?.info('db.migrated', { applied, backend: 'postgresql' });
      return db;
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  query<R extends QueryResultRow = QueryResultRow>(text: string, params?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number | null }> {
    return this.pool.query<R>(text, params as unknown[] | undefined);
  }

  /** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** "send_navigator_events" for the public schema; another schema gets a channel of its own. */
export function eventChannelFor(schema: string): string {
  return schema === 'public' ? 'send_navigator_events' : `send_navigator_events_${schema}`.slice(0, 63);
}

/**
 * Applies the migrations not yet applied, each in its own transaction, holding an advisory lock
 * so two instances starting at once do not both apply one. Returns the ids applied.
 */
export async function migrate(db: PostgresDatabase, migrations: readonly PostgresMigration[]): Promise<string[]> {
  const ids = migrations.map((m) => m.id);
  if (new Set(ids).size !== ids.length) throw new Error('Two migrations share an id');
  const client = await db.pool.connect();
  const lockKey = `send_navigator_migrations:${db.schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id text PRIMARY KEY,
        applied_at timestamptz NOT NULL
      )`);
      const done = new Set((await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
      const applied: string[] = [];
      for (const m of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
        if (done.has(m.id)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.up);
          await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, now())', [m.id]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`Migration ${m.id} failed: ${(error as Error).message}`);
        }
        applied.push(m.id);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/** PostgreSQL text cannot hold the NUL character (it means nothing in a chat message anyway). */
export function pgText(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

/** A timestamptz column back as the ISO string the domain uses. */
export function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function optionalIso(value: Date | string | null): string | undefined {
  return value === null ? undefined : isoOf(value);
}
