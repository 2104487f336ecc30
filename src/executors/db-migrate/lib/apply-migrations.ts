import { relative } from 'node:path';
import type { DatabaseSession } from '../../../database/open-database-session';
import { logger } from '../../../logging/logger';
import type { ExecutorResult } from '../../../errors/run-executor';
import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import { countAppliedMigrations } from './count-applied-migrations';
import { describeMigrationFailure } from './describe-migration-failure';
import { findMigrationFile } from './find-migration-file';
import { formatSeconds } from './format-seconds';
import { listLockTimeoutHolders } from './list-lock-timeout-holders';
import { trackMigrations } from './track-migrations';

export interface ApplyMigrationsOptions {
  transaction: 'each' | 'all' | 'none';
  databaseUrl: string;
  redact: (text: string) => string;
  /** The migration session, to name the holders after a lock timeout. */
  session: DatabaseSession;
  lockTimeoutSeconds: number;
  /** The workspace root, to name a failing migration's file relative to it. */
  root: string;
}

/**
 * Runs the pending migrations of an initialized data source, logging each
 * one and a summary. A failing migration is reported in one error line,
 * naming its class and file, and ends in `{ success: false }`.
 */
export async function applyMigrations(
  dataSource: TypeOrmDataSource,
  options: ApplyMigrationsOptions,
): Promise<ExecutorResult> {
  const { transaction, databaseUrl, redact } = options;
  // With one transaction for all, nothing is applied until the last one.
  const verb = transaction === 'all' ? 'Ran' : 'Applied';
  const tracker = trackMigrations(dataSource.migrations, (name, ms) =>
    logger.info(redact(`${verb} ${name} in ${formatSeconds(ms)}`)),
  );

  if (dataSource.migrations.length === 0) {
    logger.warn(
      'The data source loaded no migrations: check the paths or globs of its `migrations` option (relative paths resolve from the db-migrate cwd).',
    );
  }
  const start = Date.now();
  try {
    const applied = await dataSource.runMigrations({ transaction });
    logger.info(
      redact(
        await summarize(
          dataSource,
          applied.length,
          databaseUrl,
          Date.now() - start,
        ),
      ),
    );
    return { success: true };
  } catch (error) {
    logFailureDetails(error, redact);
    const running = tracker.running();
    const file = running && findMigrationFile(running.instance);
    logger.error(
      redact(
        describeMigrationFailure({
          error,
          migration: running?.name,
          file: file && relative(options.root, file),
          finishedBefore: tracker.finishedCount(),
          transaction,
          databaseUrl,
          tableLockHolders: await listLockTimeoutHolders(
            error,
            options.session,
          ),
          lockTimeoutSeconds: options.lockTimeoutSeconds,
        }),
      ),
    );
    return { success: false };
  }
}

async function summarize(
  dataSource: TypeOrmDataSource,
  appliedCount: number,
  databaseUrl: string,
  durationMs: number,
): Promise<string> {
  if (appliedCount > 0) {
    const noun = appliedCount === 1 ? 'migration' : 'migrations';
    return `Applied ${appliedCount} ${noun} to ${databaseUrl} in ${formatSeconds(durationMs)}`;
  }
  const recorded = await countAppliedMigrations(dataSource);
  const already =
    recorded === undefined ? '' : ` (${recorded} already applied)`;
  return `No pending migrations on ${databaseUrl}${already}`;
}

function logFailureDetails(error: unknown, redact: (text: string) => string) {
  const query = (error as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string')
    logger.verbose(redact(`Failing query: ${query}`));
}
