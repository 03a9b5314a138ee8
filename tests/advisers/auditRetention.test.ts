import assert from 'node:assert/strict';
import { silentLogger } from '../../src/logging/logger';
import { startServer } from '../../src/server/createServer';
import { SqliteHandoffAuditLog } from '../../src/storage/sqlite/auditLogStore';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { testConfig } from '../helpers/fixtures';
import { MemoryHandoffQueue } from './helpers/memoryHandoffQueue';
import { addStaff } from './helpers/staffClient';

const DAY = 24 * 3600 * 1000;

describe('the handoff audit log follows the handoff retention rule', () => {
  it('is purged of entries older than HANDOFF_RETENTION_DAYS when the server starts (and hourly)', async () => {
    const config = testConfig({ LOCAL_DIRECT_LINE: 'off', HANDOFF_RETENTION_DAYS: '30' });
    await addStaff(config, [{ email: 'sam@sendiass.example', name: 'Sam Jones', roles: ['adviser'], password: 'a long enough pass phrase' }]);
    const db = openSqliteDatabase(config.dataDir);
    const audit = new SqliteHandoffAuditLog(db);
    const staffId = (db.prepare('SELECT id FROM staff_accounts').get() as { id: string }).id;
    await audit.record({ at: new Date(Date.now() - 31 * DAY).toISOString(), staffId, handoffId: 'old', action: 'viewed' });
    await audit.record({ at: new Date(Date.now() - 29 * DAY).toISOString(), staffId, handoffId: 'recent', action: 'took' });

    const running = await startServer(config, silentLogger, { handoffQueue: new MemoryHandoffQueue() });
    try {
      assert.deepEqual(await audit.forHandoff('old'), []);
      assert.deepEqual((await audit.forHandoff('recent')).map((r) => [r.staffName, r.action]), [['Sam Jones', 'took']]);
    } finally {
      await running.close();
      db.close();
    }
  });
});
