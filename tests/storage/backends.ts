import { silentLogger } from '../../src/logging/logger';
import { openStores, type ServerStores } from '../../src/storage/storageFactory';
import { testConfig } from '../helpers/fixtures';
import { createTestSchema, requirePostgres, type TestSchema } from '../helpers/postgres';

/**
 * The two storage backends, opened the way the server opens them (the storage factory), each
 * giving empty stores for every test. The store tests are written once and run against both.
 */
export interface StoreBackend {
  readonly name: string;
  /** Once per backend (the PostgreSQL backend skips or fails here when the database is missing). */
  setUp(ctx: Mocha.Context): Promise<void>;
  /** Empty stores over a fresh database (or an emptied schema). */
  open(clock?: () => Date): Promise<ServerStores>;
  tearDown(): Promise<void>;
}

export const sqliteBackend: StoreBackend = {
  name: 'SQLite (embedded)',
  async setUp() {},
  // A new data folder each time: an empty database with every migration applied.
  open: (clock) => openStores(testConfig(), silentLogger, { clock }),
  async tearDown() {},
};

export function postgresBackend(): StoreBackend {
  let schema: TestSchema | undefined;
  return {
    name: 'PostgreSQL (shared)',
    async setUp(ctx) {
      await requirePostgres(ctx);
      schema = await createTestSchema();
    },
    async open(clock) {
      if (!schema) throw new Error('setUp first');
      // The migrations stay applied after the first open; each test starts with empty tables.
      await schema.truncateAll();
      return openStores(testConfig({ DATABASE_URL: schema.url }), silentLogger, { clock });
    },
    async tearDown() {
      await schema?.drop();
      schema = undefined;
    },
  };
}

/** Runs `suite` once per backend; `stores()` is the current test's fresh stores. */
export function forEachBackend(title: string, suite: (stores: () => ServerStores, clock: TestClock) => void): void {
  for (const backend of [sqliteBackend, postgresBackend()]) {
    describe(`${title}: ${backend.name}`, function () {
      let current: ServerStores | undefined;
      const clock = new TestClock();
      before(async function () {
        await backend.setUp(this);
      });
      beforeEach(async () => {
        clock.set('2026-11-23T10:00:00.000Z');
        current = await backend.open(clock.now);
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      after(async () => backend.tearDown());
      suite(() => {
        if (!current) throw new Error('no stores open');
        return current;
      }, clock);
    });
  }
}

/** A clock the tests move on by hand. */
export class TestClock {
  private at = new Date('2026-11-23T10:00:00.000Z');
  readonly now = (): Date => this.at;

  set(iso: string): void {
    this.at = new Date(iso);
  }

  later(minutes: number): void {
    this.at = new Date(this.at.getTime() + minutes * 60_000);
  }
}
