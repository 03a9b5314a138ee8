export { SQLITE_MIGRATIONS } from './migrations/index';
export type { SqliteMigration } from './migrations/index';
