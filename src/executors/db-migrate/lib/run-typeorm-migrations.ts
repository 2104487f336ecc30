import { relative } from 'node:path';
import type {
  DatabaseSession,
  OpenDatabaseSession,
} from '../../../database/open-database-session';
import { readErrorMessage } from '../../../database/read-error-message';
import { redactSecrets } from '../../../database/redact-secrets';
import { DevopsError } from '../../../errors/devops-error';
import type { ExecutorResult } from '../../../errors/run-executor';
import { logger } from '../../../logging/logger';
import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import { applyMigrations } from './apply-migrations';
import { applySessionSettings } from './apply-session-settings';
import { holdMigrationLock } from './hold-migration-lock';
import type { ImportedDataSource } from './import-data-source';
import { listTypeOrmMigrations } from './list-typeorm-migrations';
import type { NormalizedOptions } from './normalize-options';
import { openMigrationSession } from './open-migration-session';
import { redactTypeOrmLogger } from './redact-typeorm-logger';
import { reportMigrationPlan } from './report-migration-plan';
import { runInDirectory } from './run-in-directory';
import {
  type SelectedDatabaseUrl,
  selectDatabaseUrl,
} from './select-database-url';

export interface TypeOrmModeDependencies {
  importDataSource: (options: NormalizedOptions) => ImportedDataSource;
  openSession: OpenDatabaseSession;
  env: NodeJS.ProcessEnv;
}

type Redact = (text: string) => string;

/**
 * typeorm mode: loads the data source in this process, points it at the
 * chosen database URL, opens the migration session once the database is
 * ready, and either lists the migrations (status, dryRun) or takes the
 * migration lock and runs the pending ones. Then it closes everything and
 * undoes the TypeScript support.
 *
 * It all happens in `cwd`, the project root by default, because data
 * sources such as Twenty's list migrations and dotenv files by paths
 * relative to the directory the TypeORM CLI is run from.
 */
export function runTypeOrmMigrations(
  options: NormalizedOptions,
  deps: TypeOrmModeDependencies,
): Promise<ExecutorResult> {
  return runInDirectory(options.cwd, async () => {
    const { dataSource, release } = deps.importDataSource(options);
    let session: DatabaseSession | undefined;
    try {
      const { selected, redact } = useDatabaseUrl(
        dataSource,
        options,
        deps.env,
      );
      applySessionSettings(dataSource, options);
      redactTypeOrmLogger(dataSource, redact);
      const opened = await openMigrationSession(
        deps.openSession,
        selected,
        options,
        redact,
      );
      session = opened;

      if (options.status || options.dryRun) {
        return await reportPlan(dataSource, options, selected, redact);
      }
      return await holdMigrationLock(
        opened,
        options.migrationLockTimeoutSeconds,
        redact,
        () => migrate(dataSource, opened, options, selected.url, redact),
      );
    } finally {
      if (dataSource.isInitialized)
        await dataSource.destroy().catch(() => undefined);
      await session?.close();
      release();
    }
  });
}

// Initialized under the lock: with `migrationsRun: true` TypeORM would run
// them in initialize(), and the pending ones are read after the lock.
async function migrate(
  dataSource: TypeOrmDataSource,
  session: DatabaseSession,
  options: NormalizedOptions,
  databaseUrl: string,
  redact: Redact,
): Promise<ExecutorResult> {
  await initialize(dataSource, options, redact);
  logger.info(
    `Running pending migrations of ${describeFile(options)} ` +
      `(transaction: ${options.transaction})...`,
  );
  return applyMigrations(dataSource, {
    transaction: options.transaction,
    databaseUrl,
    redact,
    session,
    lockTimeoutSeconds: options.lockTimeoutSeconds,
    root: options.root,
  });
}

async function reportPlan(
  dataSource: TypeOrmDataSource,
  options: NormalizedOptions,
  selected: SelectedDatabaseUrl,
  redact: Redact,
): Promise<ExecutorResult> {
  // Listing must change nothing, whatever the data source asks for.
  dataSource.setOptions({
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
  });
  await initialize(dataSource, options, redact);
  reportMigrationPlan(await listTypeOrmMigrations(dataSource), {
    kind: options.status ? 'status' : 'dryRun',
    source: describeFile(options),
    databaseUrl: redact(selected.url),
    transaction: options.transaction,
  });
  return { success: true };
}

function useDatabaseUrl(
  dataSource: TypeOrmDataSource,
  options: NormalizedOptions,
  env: NodeJS.ProcessEnv,
) {
  const selected = selectDatabaseUrl({
    databaseUrl: options.databaseUrl,
    databaseUrlEnv: options.databaseUrlEnv,
    env,
    variableOrigins: options.variableOrigins,
    dataSource: dataSource.options,
  });
  const redact = (text: string) => redactSecrets(text, selected.candidates);

  if (selected.url !== dataSource.options.url) {
    dataSource.setOptions({ url: selected.url });
  }
  return { selected, redact };
}

async function initialize(
  dataSource: TypeOrmDataSource,
  options: NormalizedOptions,
  redact: Redact,
): Promise<void> {
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DevopsError(
      redact(
        `Cannot initialize the data source of ${describeFile(options)}: ${readErrorMessage(error)}`,
      ),
      'Check the entities and migrations it lists: their files must exist and load.',
    );
  }
}

function describeFile(options: NormalizedOptions): string {
  return relative(options.root, options.dataSourcePath ?? '');
}
