import type { Logger } from '../logging/logger';
import type { GapsRecorder } from './gapsRecorder';

/**
 * The server's gaps chores: deletes records past config.retention.gapsMonths at start-up and
 * every hour, and every few minutes settles clarifies nobody answered (the parent gave up).
 * On stop, the clarifies still waiting are written, so none is lost.
 */

const PURGE_EVERY_MS = 60 * 60 * 1000;
const CLARIFY_CHECK_EVERY_MS = 5 * 60 * 1000;

export interface GapsHousekeeping {
  /** Stops the timers and writes what is still waiting; call before the database closes. */
  stop(): Promise<void>;
}

export function startGapsHousekeeping(options: { readonly gaps: GapsRecorder; readonly retention: { readonly gapsMonths: number }; readonly logger: Logger }): GapsHousekeeping {
  const { gaps, retention, logger } = options;
  const purge = () => gaps.purgeExpired(retention)
    .then((count) => { if (count) logger.info('gaps.purged', { count, months: retention.gapsMonths }); })
    .catch((error: unknown) => logger.error('gaps.purge_failed', { error: error as Error }));
  const expire = () => gaps.expireClarifies().catch((error: unknown) => logger.error('gaps.clarify_check_failed', { error: error as Error }));
  void purge();
  const purgeTimer = setInterval(() => void purge(), PURGE_EVERY_MS);
  const clarifyTimer = setInterval(() => void expire(), CLARIFY_CHECK_EVERY_MS);
  purgeTimer.unref();
  clarifyTimer.unref();
  return {
    async stop() {
      clearInterval(purgeTimer);
      clearInterval(clarifyTimer);
      const written = await gaps.flush();
      if (written) logger.info('gaps.flushed', { count: written });
    },
  };
}
