import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Tests against a real PostgreSQL: TEST_DATABASE_URL, or the database `npm run setup:system`
 * creates. In CI (CI=true) it must be there: the test fails. Elsewhere, when it cannot be
 * reached, the test is skipped with a loud message naming the fix (like the browser tests).
 *
 * Each test run works in a schema of its own (sn_test_<time>_<random>), dropped afterwards, so
 * runs never see each other's rows (or each other's LISTEN/NOTIFY channel: it follows the schema).
 */

export const DEFAULT_TEST_DATABASE_URL = 'postgres://send_navigator:send_navigator@127.0.0.1:5432/send_navigator_test';
const SCHEMA_PREFIX = 'sn_test_';
/** Schemas left behind by a run that crashed are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 3600 * 1000;

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

/** The same database, with every connection working in `schema`. */
export function urlForSchema(schema: string, base = testDatabaseUrl()): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export interface TestSchema {
  readonly schema: string;
  /** DATABASE_URL for this schema. */
  readonly url: string;
  /** Empties every table (the migrations stay applied), for a clean start per test. */
  truncateAll(): Promise<void>;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

let reachable: Promise<string | undefined> | undefined;

/** Undefined if the database answers; otherwise why not. Checked once per run. */
function whyUnreachable(): Promise<string | undefined> {
  reachable ??= (async () => {
    const client = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (error) {
      return (error as Error).message || String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/** Fails (CI) or skips loudly (elsewhere) when PostgreSQL cannot be reached. */
export async function requirePostgres(ctx: Mocha.Context): Promise<void> {
  const why = await whyUnreachable();
  if (!why) return;
  const where = safeUrl(testDatabaseUrl());
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${where} (${why}): CI must run "npm run setup:system" first.`);
  process.stderr.write(`\n*** SKIPPED PostgreSQL test: cannot reach ${where} (${why}). Start it with: sudo npm run setup:system (or set TEST_DATABASE_URL) ***\n\n`);
  ctx.skip();
}

/** A new, empty schema for this run (migrations are applied by whoever opens it first). */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `${SCHEMA_PREFIX}${Date.now()}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (client) => {
    await dropStaleSchemas(client);
    await client.query(`CREATE SCHEMA ${schema}`);
  });
  return {
    schema,
    url: urlForSchema(schema),
    truncateAll: () => withAdmin(async (client) => {
      const { rows } = await client.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename != 'schema_migrations'`, [schema]);
      if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `${schema}."${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    }),
    drop: () => withAdmin(async (client) => {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }),
  };
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropStaleSchemas(client: Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE '${SCHEMA_PREFIX}%'`);
  for (const { nspname } of rows) {
    const made = Number(/^sn_test_(\d+)_/.exec(nspname)?.[1]);
    if (Number.isFinite(made) && Date.now() - made > STALE_AFTER_MS) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`).catch(() => undefined);
  }
}

/** The address without its password, for messages. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(TEST_DATABASE_URL is not a valid address)';
  }
}
