import type { Server } from 'restify';
import type { AppConfig } from '../../config/config';
import type { HandoffQueue } from '../../domain/handoff/handoffQueue';
import type { HandoffAuditLog } from '../../domain/staff/handoffAuditLog';
import { StaffAccounts } from '../../domain/staff/staffAccounts';
import type { StaffStore } from '../../domain/staff/staffStore';
import type { Logger } from '../../logging/logger';
import { SqliteHandoffAuditLog } from '../../storage/sqlite/auditLogStore';
import type { SqliteDb } from '../../storage/sqlite/sqliteDatabase';
import { SqliteStaffStore } from '../../storage/sqlite/staffStore';
import { createStaffGuard, type StaffGuard } from '../staff/requireStaff';
import { registerStaffSignIn } from '../staff/signInRoutes';
import { registerHubApi } from './hubApi';
import { registerHubEvents } from './hubEvents';
import { registerHubPage } from './hubPage';

/**
 * Puts the staff sign-in and the SENDIASS adviser hub on the server: accounts and sessions in
 * the server's database, the sign-in form at /advisers/sign-in, the hub at /advisers, its API at
 * /api/advisers, and hourly retention (expired sessions; audit entries older than the handoff
 * retention). Without a handoff queue the sign-in still works and the hub says handoffs are off.
 */

export const ADVISER_PATHS = {
  signIn: '/advisers/sign-in',
  signOut: '/advisers/sign-out',
  home: '/advisers',
} as const;

export interface AdviserHubOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Where accounts, sessions and the audit log are kept: the stores (any backend), or the embedded database. */
  readonly stores?: { readonly staff: StaffStore; readonly audit: HandoffAuditLog };
  readonly database?: SqliteDb;
  readonly handoffQueue?: HandoffQueue;
  readonly clock?: () => Date;
}

export interface AdviserHub {
  readonly staff: StaffAccounts;
  /** For other staff areas (the KB admin): the same session, role and CSRF checks. */
  readonly guard: StaffGuard;
  /** Stops the retention timer and ends open live-update streams. */
  close(): void;
}

const PURGE_EVERY_MS = 60 * 60 * 1000;

export function registerAdviserHub(server: Server, options: AdviserHubOptions): AdviserHub {
  const { config, logger, database } = options;
  const clock = options.clock ?? (() => new Date());
  if (!options.stores && !database) throw new Error('registerAdviserHub: give the stores or a database');
  const staff = new StaffAccounts(options.stores?.staff ?? new SqliteStaffStore(database!), { ...config.staff, clock });
  const audit = options.stores?.audit ?? new SqliteHandoffAuditLog(database!);
  const guard = createStaffGuard(staff, { signInPath: ADVISER_PATHS.signIn, signOutPath: ADVISER_PATHS.signOut, logger });

  registerStaffSignIn(server, staff, guard, {
    signInPath: ADVISER_PATHS.signIn,
    signOutPath: ADVISER_PATHS.signOut,
    homePath: ADVISER_PATHS.home,
    nonAdviserHomePath: '/admin',
    allowedNextPrefixes: ['/advisers', '/admin'],
    sessionHours: config.staff.sessionHours,
    logger,
  });
  registerHubPage(server, config, guard, ADVISER_PATHS.signOut);
  registerHubApi(server, { queue: options.handoffQueue, staff, audit, guard, logger, maxMessageChars: config.limits.maxMessageChars, clock });
  const events = registerHubEvents(server, { queue: options.handoffQueue, staff, guard, logger });

  const purge = async () => {
    const cutoff = new Date(clock().getTime() - config.retention.handoffDays * 24 * 3600 * 1000).toISOString();
    const auditEntries = await audit.purgeBefore(cutoff);
    const sessions = await staff.purgeExpiredSessions();
    if (auditEntries || sessions) logger.info('staff.retention', { auditEntries, sessions });
  };
  const runPurge = () => void purge().catch((error: unknown) => logger.error('staff.retention_failed', { error: error as Error }));
  runPurge();
  const timer = setInterval(runPurge, PURGE_EVERY_MS);
  timer.unref();

  return {
    staff,
    guard,
    close() {
      clearInterval(timer);
      events.close();
    },
  };
}
