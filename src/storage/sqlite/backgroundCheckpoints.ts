import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logging/logger';
import type { SqliteDb } from './sqliteDatabase';

/**
 * SQLite in WAL mode appends every commit to a log and, by default, copies the log back into the
 * database file ("checkpoint") inside whichever commit pushes it past 1,000 pages, fsync
 * included. For the server that meant its one thread stopped on the disk in the middle of a
 * parent's turn several times a second under load; the benchmark showed half the throughput of
 * a run without it. Here the server's connection never checkpoints; a worker thread with its own
 * connection does, every second, in PASSIVE mode (it never holds up a writer).
 *
 * Copying is not enough to keep the log small: while commits keep coming, SQLite never starts the
 * log again from the top, so it grows. When it has grown past `restartAbovePages` the worker says
 * so, and the server's own connection runs a RESTART checkpoint: everything is already copied, so
 * it takes a millisecond or two, and the next commit writes from the top of the file again (a
 * TRUNCATE took 20 to 35 ms, with every parent's turn waiting). When writes stop for a whole
 * interval and the file is large, the server truncates it, at a moment nobody is waiting. Only
 * the server's connection restarts or truncates: a worker holding that lock mid-way through the
 * server's transactions made SQLite refuse them with "database is locked".
 */

export interface BackgroundCheckpoints {
  /** Stops the worker after a last checkpoint, and gives the checkpoints back to the connection. */
  stop(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  readonly intervalMs?: number;
  /** Log length (pages) past which the server starts the log again from the top. */
  readonly restartAbovePages?: number;
  /** Log file size (bytes) past which a quiet server shrinks the file. */
  readonly shrinkAboveBytes?: number;
  readonly logger?: Logger;
}

/** What SQLite's default does (pages), restored when the worker stops or cannot start. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// Plain JavaScript, run as the worker: it only needs the driver and the file name.
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let shrinkAsked = false;
let lastLog = -1;
const logFileBytes = () => { try { return fs.statSync(workerData.file + '-wal').size; } catch { return 0; } };
const checkpoint = () => {
  try {
    // A pass copies the log as it was when the pass began; commits land meanwhile. Pass again
    // over what came in (short passes) until one finds nothing new, or a few have run.
    let result;
    let previous;
    let passes = 0;
    do {
      previous = result;
      [result] = db.pragma('wal_checkpoint(PASSIVE)');
    } while (result && (!previous || result.log > previous.log) && ++passes < workerData.maxPasses);
    if (!result) return;
    const quiet = result.log === lastLog;
    lastLog = result.log;
    if (quiet && result.log > 0 && logFileBytes() > workerData.shrinkAboveBytes) {
      if (!shrinkAsked) parentPort.postMessage({ type: 'truncate', pages: result.log });
      shrinkAsked = true;
    } else {
      shrinkAsked = false;
      // Asked again each time the log is still growing: a commit that found the log busy at
      // that moment carries on at its end, and the next restart catches it.
      if (!quiet && result.log > workerData.restartAbovePages) parentPort.postMessage({ type: 'restart', pages: result.log });
    }
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
      restartAbovePages: options.restartAbovePages ?? 4_000,
      shrinkAboveBytes: options.shrinkAboveBytes ?? 16 * 1024 * 1024,
      maxPasses: 8,
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
    if ((message.type === 'restart' || message.type === 'truncate') && db.open) {
      try {
        db.pragma(`wal_checkpoint(${message.type === 'restart' ? 'RESTART' : 'TRUNCATE'})`);
        logger?.debug(message.type === 'restart' ? 'db.log_restarted' : 'db.log_truncated', { pages: message.pages });
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
