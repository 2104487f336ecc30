import type { DatabaseSession } from '../../../database/open-database-session';
import type { ExecutorResult } from '../../../errors/run-executor';
import { logger } from '../../../logging/logger';
import { locateSqlPosition } from '../../../migrations/locate-sql-position';
import type { NodePgMigrateRunner } from '../../../migrations/node-pg-migrate-runner';
import { buildSqlRunnerOptions } from './build-sql-runner-options';
import { createSqlMigrationLoader } from './create-sql-migration-loader';
import { describeMigrationFailure } from './describe-migration-failure';
import { describeSqlRunError } from './describe-sql-run-error';
import { formatSeconds } from './format-seconds';
import { listLockTimeoutHolders } from './list-lock-timeout-holders';
import type { NormalizedOptions } from './normalize-options';
import {
  type SqlMigrationTracker,
  trackSqlMigrations,
} from './track-sql-migrations';

export interface ApplySqlMigrationsContext {
  session: DatabaseSession;
  options: NormalizedOptions;
  /** The database URL, still to be redacted. */
  databaseUrl: string;
  redact: (text: string) => string;
}

/**
 * Applies the pending `.sql` migrations with node-pg-migrate on the
 * session, which already holds the migration lock, logging each one and a
 * summary. A failing migration is reported in one error line that names
 * its file and the line of the SQL error, and ends in `{ success: false }`.
 */
export async function applySqlMigrations(
  runner: NodePgMigrateRunner,
  { session, options, databaseUrl, redact }: ApplySqlMigrationsContext,
): Promise<ExecutorResult> {
  const { transaction } = options;
  const verb = transaction === 'all' ? 'Ran' : 'Applied';
  const tracker = trackSqlMigrations((file, ms) =>
    logger.info(redact(`${verb} ${file} in ${formatSeconds(ms)}`)),
  );
  const loader = createSqlMigrationLoader({
    transaction,
    root: options.root,
    tracker,
  });

  const start = Date.now();
  try {
    const applied = await runner(
      buildSqlRunnerOptions(session, options, loader, {
        dryRun: false,
        redact,
      }),
    );
    tracker.finish();
    logger.info(
      redact(
        await summarize(session, options, applied.length, databaseUrl, start),
      ),
    );
    return { success: true };
  } catch (error) {
    // In `each`, node-pg-migrate leaves the failed migration's transaction
    // open; rolling it back undoes that migration and nothing else.
    await session.query('ROLLBACK').catch(() => undefined);
    const holders = await listLockTimeoutHolders(error, session);
    logger.error(
      redact(describeFailure(error, tracker, options, databaseUrl, holders)),
    );
    return { success: false };
  }
}

function describeFailure(
  error: unknown,
  tracker: SqlMigrationTracker,
  options: NormalizedOptions,
  databaseUrl: string,
  tableLockHolders: string[] | undefined,
): string {
  const running = tracker.running();
  if (!running) {
    const described = describeSqlRunError(error, options, databaseUrl);
    return `${described.message} ${described.hint}`;
  }

  const position = Number((error as { position?: unknown }).position);
  return describeMigrationFailure({
    error,
    migration: running.file,
    finishedBefore: tracker.finishedCount(),
    transaction: options.transaction,
    databaseUrl,
    location:
      position > 0
        ? locateSqlPosition(running.content, running.offset, position)
        : undefined,
    tableLockHolders,
    lockTimeoutSeconds: options.lockTimeoutSeconds,
  });
}

async function summarize(
  session: DatabaseSession,
  options: NormalizedOptions,
  appliedCount: number,
  databaseUrl: string,
  start: number,
): Promise<string> {
  if (appliedCount > 0) {
    const noun = appliedCount === 1 ? 'migration' : 'migrations';
    return `Applied ${appliedCount} ${noun} to ${databaseUrl} in ${formatSeconds(Date.now() - start)}`;
  }
  const table = `"${options.migrationsSchema}"."${options.migrationsTable}"`;
  const { rows } = await session.query(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  const recorded = (rows[0] as { count: number }).count;
  return `No pending migrations on ${databaseUrl} (${recorded} already applied)`;
}
