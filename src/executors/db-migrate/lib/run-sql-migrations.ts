import { relative } from 'node:path';
import type { OpenDatabaseSession } from '../../../database/open-database-session';
import { redactSecrets } from '../../../database/redact-secrets';
import type { ExecutorResult } from '../../../errors/run-executor';
import { logger } from '../../../logging/logger';
import type { NodePgMigrateRunner } from '../../../migrations/node-pg-migrate-runner';
import { applySqlMigrations } from './apply-sql-migrations';
import { describeSqlRunError } from './describe-sql-run-error';
import { holdMigrationLock } from './hold-migration-lock';
import { listSqlMigrations } from './list-sql-migrations';
import type { NormalizedOptions } from './normalize-options';
import { openMigrationSession } from './open-migration-session';
import { reportMigrationPlan } from './report-migration-plan';
import { selectDatabaseUrl } from './select-database-url';

export interface SqlModeDependencies {
  openSession: OpenDatabaseSession;
  importNodePgMigrate: () => Promise<NodePgMigrateRunner>;
  env: NodeJS.ProcessEnv;
}

/**
 * sql mode: opens the migration session once the database is ready, then
 * either lists the migrations (status, dryRun) or takes the migration lock
 * and applies the pending `.sql` files with node-pg-migrate.
 */
export async function runSqlMigrations(
  options: NormalizedOptions,
  deps: SqlModeDependencies,
): Promise<ExecutorResult> {
  const selected = selectDatabaseUrl({
    databaseUrl: options.databaseUrl,
    databaseUrlEnv: options.databaseUrlEnv,
    env: deps.env,
    variableOrigins: options.variableOrigins,
  });
  const redact = (text: string) => redactSecrets(text, selected.candidates);
  const runner = await deps.importNodePgMigrate();
  const session = await openMigrationSession(
    deps.openSession,
    selected,
    options,
    redact,
  );
  const source = relative(options.root, options.migrationsDirectory ?? '');

  try {
    if (options.status || options.dryRun) {
      const plan = await listSqlMigrations(
        runner,
        session,
        options,
        redact,
      ).catch((error: unknown) => {
        throw describeSqlRunError(error, options, redact(selected.url));
      });
      reportMigrationPlan(plan, {
        kind: options.status ? 'status' : 'dryRun',
        source,
        databaseUrl: redact(selected.url),
        transaction: options.transaction,
      });
      return { success: true };
    }

    return await holdMigrationLock(
      session,
      options.migrationLockTimeoutSeconds,
      redact,
      () => {
        logger.info(
          `Applying pending migrations of ${source} (transaction: ${options.transaction})...`,
        );
        return applySqlMigrations(runner, {
          session,
          options,
          databaseUrl: selected.url,
          redact,
        });
      },
    );
  } finally {
    await session.close();
  }
}
