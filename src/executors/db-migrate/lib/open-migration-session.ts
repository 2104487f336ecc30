import { readErrorMessage } from '../../../database/read-error-message';
import type {
  DatabaseSession,
  OpenDatabaseSession,
} from '../../../database/open-database-session';
import { logger } from '../../../logging/logger';
import { formatSeconds } from './format-seconds';
import type { NormalizedOptions } from './normalize-options';
import type { SelectedDatabaseUrl } from './select-database-url';

/**
 * Opens the migration session once the database accepts connections,
 * between a pair of progress lines. The first names where the URL came
 * from, since a variable in the shell silently wins over the env file.
 */
export async function openMigrationSession(
  openSession: OpenDatabaseSession,
  { url, origin }: SelectedDatabaseUrl,
  options: NormalizedOptions,
  redact: (text: string) => string,
): Promise<DatabaseSession> {
  logger.info(redact(`Waiting for PostgreSQL at ${url} (from ${origin})...`));
  const session = await openSession(url, {
    timeoutSeconds: options.waitTimeoutSeconds,
    statementTimeoutSeconds: options.statementTimeoutSeconds,
    lockTimeoutSeconds: options.lockTimeoutSeconds,
    applicationName: options.applicationName,
    onRetry: (error, pauseMs) =>
      logger.verbose(
        redact(
          `Not ready yet (${readErrorMessage(error)}); retrying in ${formatSeconds(pauseMs)}`,
        ),
      ),
  });
  logger.info(
    redact(`PostgreSQL at ${url} ready in ${formatSeconds(session.waitedMs)}`),
  );
  return session;
}
