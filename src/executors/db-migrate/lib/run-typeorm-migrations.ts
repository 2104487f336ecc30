import { logger } from '../../../logging/logger';
import { relative } from 'node:path';
import { readErrorMessage } from '../../../database/read-error-message';
import { redactSecrets } from '../../../database/redact-secrets';
import { DevopsError } from '../../../errors/devops-error';
import type { ExecutorResult } from '../../../errors/run-executor';
import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import { applyMigrations } from './apply-migrations';
import type { ImportedDataSource } from './import-data-source';
import type { NormalizedOptions } from './normalize-options';
import { redactTypeOrmLogger } from './redact-typeorm-logger';
import { runInDirectory } from './run-in-directory';
import { selectDatabaseUrl } from './select-database-url';
import {
  type WaitForDatabase,
  waitUntilDatabaseReady,
} from './wait-until-database-ready';

export interface TypeOrmModeDependencies {
  importDataSource: (options: NormalizedOptions) => ImportedDataSource;
  waitForDatabase: WaitForDatabase;
  env: NodeJS.ProcessEnv;
}

/**
 * typeorm mode: loads the data source in this process, points it at the
 * chosen database URL, waits for the database, runs the pending migrations,
 * then closes the connection and undoes the TypeScript support.
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
    try {
      const { selected, redact } = useDatabaseUrl(
        dataSource,
        options,
        deps.env,
      );
      const url = selected.url;
      redactTypeOrmLogger(dataSource, redact);
      await waitUntilDatabaseReady(
        deps.waitForDatabase,
        selected,
        options.waitTimeoutSeconds,
        redact,
      );

      await initialize(dataSource, options, redact);
      logger.info(
        `Running pending migrations of ${describeFile(options)} ` +
          `(transaction: ${options.transaction})...`,
      );
      const { transaction } = options;
      return await applyMigrations(dataSource, {
        transaction,
        databaseUrl: url,
        redact,
      });
    } finally {
      if (dataSource.isInitialized)
        await dataSource.destroy().catch(() => undefined);
      release();
    }
  });
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
  redact: (text: string) => string,
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
