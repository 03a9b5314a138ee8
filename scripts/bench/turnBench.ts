import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { loadConfig } from '../../src/config/config';
import { TestConversation } from '../../src/cli/testConversation';
import { ParentFileStore } from '../../src/domain/files/parentFileStore';
import { silentLogger } from '../../src/logging/logger';
import { SqliteFileStore } from '../../src/storage/sqlite/fileStore';
import { SqliteBotStorage } from '../../src/storage/sqlite/sqliteBotStorage';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { guardStaleWrites } from '../../src/storage/staleWriteGuard';
import type { StreamedActivity } from './directLineClient';
import { planVisit, seededRandom, type VisitKind } from './simulatedParent';

/**
 * What one turn of the bot itself costs, with no network: the benchmark's simulated visits played
 * one after another through the real bot, its SQLite storage and its files, in this process.
 * For finding where the time goes (run it under --cpu-prof); `npm run bench` gives the figures.
 *   node -r tsx/cjs scripts/bench/turnBench.ts [VISITS]
 */

async function main(visitCount: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-nav-turns-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, TZ: 'Europe/London' });
    const database = openSqliteDatabase(dataDir);
    const storage = guardStaleWrites(new SqliteBotStorage(database));
    const files = new ParentFileStore(new SqliteFileStore(database), () => 'http://127.0.0.1', 1);
    const { bot } = createBot({ config, logger: silentLogger, storage, database, files });
    const random = seededRandom(1009);
    const byKind = new Map<VisitKind, { turns: number; ms: number }>();
    const run = async (count: number, measure: boolean) => {
      for (let v = 0; v < count; v++) {
        const visit = planVisit(random);
        const conversation = new TestConversation(bot, `turns-${v}-${measure}`);
        await conversation.start();
        let previous: Partial<Activity>[] = [];
        for (const step of visit.steps) {
          const text = typeof step.text === 'function' ? step.text(previous as StreamedActivity[]) : step.text;
          if (text === undefined) continue;
          const started = performance.now();
          previous = await conversation.say(text);
          if (!measure) continue;
          const tally = byKind.get(visit.kind) ?? { turns: 0, ms: 0 };
          tally.turns++;
          tally.ms += performance.now() - started;
          byKind.set(visit.kind, tally);
        }
      }
    };
    await run(Math.min(50, visitCount), false);
    const cpuBefore = process.cpuUsage();
    const startedAt = performance.now();
    await run(visitCount, true);
    const cpu = process.cpuUsage(cpuBefore);
    const elapsed = performance.now() - startedAt;
    const turns = [...byKind.values()].reduce((n, t) => n + t.turns, 0);
    process.stdout.write(`${visitCount} visits, ${turns} turns in ${elapsed.toFixed(0)} ms: ${(elapsed / turns).toFixed(3)} ms a turn (CPU ${((cpu.user + cpu.system) / 1000 / turns).toFixed(3)} ms), welcomes included\n`);
    for (const [kind, t] of byKind) process.stdout.write(`  ${kind.padEnd(10)} ${String(t.turns).padStart(6)} turns ${(t.ms / t.turns).toFixed(3)} ms a turn\n`);
    database.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); else throw err; });

main(Number(process.argv[2] ?? 1000)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
