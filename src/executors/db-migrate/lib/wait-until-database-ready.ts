import { readErrorMessage } from '../../../database/read-error-message';
import type { WaitForDatabaseOptions } from '../../../database/wait-for-database';
import { logger } from '../../../logging/logger';
import { formatSeconds } from './format-seconds';

export type WaitForDatabase = (
  databaseUrl: string,
  options: WaitForDatabaseOptions,
) => Promise<number>;

/** Waits for the database between a pair of progress lines. */
export async function waitUntilDatabaseReady(
  waitForDatabase: WaitForDatabase,
  databaseUrl: string,
  timeoutSeconds: number,
  redact: (text: string) => string,
): Promise<void> {
  logger.info(redact(`Waiting for PostgreSQL at ${databaseUrl}...`));
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
