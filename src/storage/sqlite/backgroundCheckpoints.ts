import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logging/logger';
import type { SqliteDb } from './sqliteDatabase';

/**
 * SQLite in WAL mode appends every commit to a log and, by default, copies the log back into the
 * database file ("checkpoint") inside whichever commit pushes it past 1,000 pages, fsync
 * included. For the server that meant its one thread stopped on the disk in the middle of a
 * parent's turn several times a second under load; the benchmark showed half the throughput of
 * a run without it. Here the server's connection never checkpoints; a worker thread with its own
 * connection does, every second, in PASSIVE mode (it never holds up a writer). A passive pass
 * cannot empty a log that is written to all the time, so when the log has grown past
 * `truncateAbovePages` (a long busy spell) the worker says so and the server's own connection
 * truncates it: a rare pause, like the old ones, rather than a lock the worker would hold against
 * writes in the middle of their transactions (which SQLite refuses with "database is locked").
 */

export interface BackgroundCheckpoints {
  /** Stops the worker after a last checkpoint, and gives the checkpoints back to the connection. */
  stop(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  readonly intervalMs?: number;
  readonly truncateAbovePages?: number;
  readonly logger?: Logger;
}

/** What SQLite's default does (pages), restored when the worker stops or cannot start. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// Plain JavaScript, run as the worker: it only needs the driver and the file name.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let asked = false;
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    const tooLong = Boolean(result && result.log > workerData.truncateAbovePages);
    if (tooLong && !asked) parentPort.postMessage({ type: 'truncate', pages: result.log });
    asked = tooLong;
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage({ type: 'stopped' });
  parentPort.close();
});
parentPort.postMessage({ type: 'ready' });
`;

export function startBackgroundCheckpoints(db: SqliteDb, options: BackgroundCheckpointOptions = {}): BackgroundCheckpoints {
  const { logger } = options;
  // An in-memory database has no log to copy back.
  if (db.memory) return { stop: async () => undefined };
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: require.resolve('better-sqlite3'),
      file: db.name,
      intervalMs: options.intervalMs ?? 1000,
      truncateAbovePages: options.truncateAbovePages ?? 16_000,
    },
  });
  // It must never keep the process alive by itself (a CLI, a test, a server shutting down).
  worker.unref();
  let running = true;
  const giveBack = () => {
    if (!running) return;
    running = false;
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
  };
  worker.on('message', (message: { type: string; message?: string; pages?: number }) => {
    if (message.type === 'error') logger?.warn('db.checkpoint_failed', { error: message.message });
    if (message.type === 'truncate' && db.open) {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
        logger?.info('db.log_truncated', { pages: message.pages });
      } catch (error) {
        logger?.warn('db.checkpoint_failed', { error: error as Error });
      }
    }
  });
  worker.on('error', (error) => {
    logger?.error('db.checkpoint_worker_failed', { error });
    giveBack();
  });
  worker.on('exit', giveBack);
  return {
    async stop() {
      if (!running) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      // A worker stuck on a lock must not hold up shutdown for long.
      const timer = setTimeout(() => void worker.terminate(), 10_000);
      await exited;
      clearTimeout(timer);
      giveBack();
    },
  };
}
