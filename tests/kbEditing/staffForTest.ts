import type { AppConfig } from '../../src/config/config';
import type { StaffRole } from '../../src/domain/staff/staffAccount';
import { StaffAccounts } from '../../src/domain/staff/staffAccounts';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../src/storage/sqlite/staffStore';

export const TEST_PASSWORD = 'three random words here';

/** Adds a staff account to the database under DATA_DIR (cheap hashing: tests only), as `staff add` would. */
export async function addStaffForTest(config: AppConfig, account: { email: string; name: string; roles: StaffRole[] }): Promise<void> {
  const db = openSqliteDatabase(config.dataDir);
  try {
    await new StaffAccounts(new SqliteStaffStore(db), { ...config.staff, passwordParameters: { N: 2 ** 10, r: 8, p: 1 } }).add({ ...account, password: TEST_PASSWORD });
  } finally {
    db.close();
  }
}
