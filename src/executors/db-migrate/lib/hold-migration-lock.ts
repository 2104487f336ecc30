import { acquireMigrationLock } from '../../../database/acquire-migration-lock';
import { describeLockHolder } from '../../../database/describe-lock-holder';
import { MIGRATION_LOCK_KEY } from '../../../database/migration-lock-key';
import type { DatabaseSession } from '../../../database/open-database-session';
import { logger } from '../../../logging/logger';
import { formatSeconds } from './format-seconds';

/**
 * Runs `body` while `session` holds the migration lock, so that runs on the
 * same database take turns; whatever `body` reads (such as the pending
 * migrations) it reads after the previous run finished.
 */
export async function holdMigrationLock<T>(
  session: DatabaseSession,
  timeoutSeconds: number,
  redact: (text: string) => string,
  body: () => Promise<T>,
): Promise<T> {
  const waitedMs = await acquireMigrationLock(session, {
    timeoutSeconds,
    onWait: (holders) =>
      logger.info(
        redact(
          `Waiting up to ${timeoutSeconds} s for the migration lock, held by ${holders.map(describeLockHolder).join('; ') || 'another session'}...`,
        ),
      ),
  });
  if (waitedMs >= 1000)
    logger.info(`Took the migration lock after ${formatSeconds(waitedMs)}`);
  else logger.verbose(`Took the migration lock in ${waitedMs} ms`);

  try {
    return await body();
  } finally {
    // Closing the session would release it too; this is for the time
    // between here and the close.
    await session
      .query('select pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK_KEY])
      .catch(() => undefined);
  }
}
