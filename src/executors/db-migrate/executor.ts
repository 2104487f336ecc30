import type { ExecutorContext } from '@nx/devkit';
import { redactSecrets } from '../../database/redact-secrets';
import { openDatabaseSession } from '../../database/open-database-session';
import { type ExecutorResult, runExecutor } from '../../errors/run-executor';
import { importNodePgMigrate } from '../../migrations/import-node-pg-migrate';
import { runProcess } from '../../process/run-process';
import { applyEnvFile } from './lib/apply-env-file';
import { describeVariableOrigins } from './lib/describe-variable-origins';
import { importDataSource } from './lib/import-data-source';
import { readNxDotenvValues } from './lib/read-nx-dotenv-values';
import {
  type NormalizedOptions,
  normalizeOptions,
} from './lib/normalize-options';
import {
  type CommandModeDependencies,
  runMigrationCommand,
} from './lib/run-migration-command';
import {
  type SqlModeDependencies,
  runSqlMigrations,
} from './lib/run-sql-migrations';
import {
  type TypeOrmModeDependencies,
  runTypeOrmMigrations,
} from './lib/run-typeorm-migrations';
import type { DbMigrateExecutorOptions } from './schema';

/** What the executor reaches outside itself with; unit specs fake these. */
export type DbMigrateDependencies = CommandModeDependencies &
  TypeOrmModeDependencies &
  SqlModeDependencies;

const realDependencies: DbMigrateDependencies = {
  runProcess,
  openSession: openDatabaseSession,
  importDataSource,
  importNodePgMigrate,
  env: process.env,
};

/** Builds the db-migrate executor on the given dependencies. */
export function createDbMigrateExecutor(
  overrides: Partial<DbMigrateDependencies> = {},
) {
  const deps = { ...realDependencies, ...overrides };
  return (
    options: DbMigrateExecutorOptions,
    context: ExecutorContext,
  ): Promise<ExecutorResult> =>
    runExecutor(() => migrateDatabase(options, context, deps));
}

async function migrateDatabase(
  options: DbMigrateExecutorOptions,
  context: ExecutorContext,
  deps: DbMigrateDependencies,
): Promise<ExecutorResult> {
  const normalized = normalizeOptions(options, context);

  // Before the data source is imported: it reads process.env as it loads.
  const nxValues = readNxDotenvValues(normalized.nxTask);
  const envFile = normalized.envFilePath
    ? applyEnvFile(normalized.envFilePath, deps.env, nxValues)
    : { applied: [], restore: () => undefined };

  try {
    const variableOrigins = describeVariableOrigins(
      normalized,
      deps.env,
      nxValues,
      envFile.applied,
    );
    return await runMode({ ...normalized, variableOrigins }, deps);
  } catch (error) {
    throw hideSecrets(error, normalized, deps.env);
  } finally {
    envFile.restore();
  }
}

function runMode(
  options: NormalizedOptions,
  deps: DbMigrateDependencies,
): Promise<ExecutorResult> {
  switch (options.mode) {
    case 'command':
      return runMigrationCommand(options, deps);
    case 'sql':
      return runSqlMigrations(options, deps);
    case 'typeorm':
      return runTypeOrmMigrations(options, deps);
  }
}

// A driver or TypeORM error we did not expect still reaches Nx's output
// with its message and stack, so it loses its passwords first.
function hideSecrets(
  error: unknown,
  options: NormalizedOptions,
  env: NodeJS.ProcessEnv,
): unknown {
  if (!(error instanceof Error)) return error;
  const urls = [
    options.databaseUrl,
    ...options.databaseUrlEnv.map((name) => env[name]),
  ];
  error.message = redactSecrets(error.message, urls);
  if (error.stack) error.stack = redactSecrets(error.stack, urls);
  if ('hint' in error && typeof error.hint === 'string') {
    Object.assign(error, { hint: redactSecrets(error.hint, urls) });
  }
  return error;
}

export default createDbMigrateExecutor();
