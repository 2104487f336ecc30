import { readErrorMessage } from '../../../database/read-error-message';
import type { WaitForDatabaseOptions } from '../../../database/wait-for-database';
import { logger } from '../../../logging/logger';
import { formatSeconds } from './format-seconds';
import type { SelectedDatabaseUrl } from './select-database-url';

export type WaitForDatabase = (
  databaseUrl: string,
  options: WaitForDatabaseOptions,
) => Promise<number>;

/**
 * Waits for the database between a pair of progress lines. The first names
 * where the URL came from, since a variable in the shell silently wins over
 * the env file.
 */
export async function waitUntilDatabaseReady(
  waitForDatabase: WaitForDatabase,
  { url: databaseUrl, origin }: SelectedDatabaseUrl,
  timeoutSeconds: number,
  redact: (text: string) => string,
): Promise<void> {
  logger.info(
    redact(`Waiting for PostgreSQL at ${databaseUrl} (from ${origin})...`),
  );
  const waitedMs = await waitForDatabase(databaseUrl, {
    timeoutSeconds,
    onRetry: (error, pauseMs) =>
      logger.verbose(
        redact(
          `Not ready yet (${readErrorMessage(error)}); retrying in ${formatSeconds(pauseMs)}`,
        ),
      ),
  });
  logger.info(
    redact(`PostgreSQL at ${databaseUrl} ready in ${formatSeconds(waitedMs)}`),
  );
}
