import type { ExecutorContext } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DevopsError } from '../../../errors/devops-error';
import { findNearestTsConfig } from '../../../migrations/find-nearest-tsconfig';
import { readProjectRoot } from '../../../nx-context/read-project-root';
import type { DbMigrateExecutorOptions } from '../schema';
import { buildApplicationName } from './build-application-name';
import type { NxTask } from './read-nx-dotenv-values';

export interface NormalizedOptions {
  mode: 'typeorm' | 'sql' | 'command';
  /** Absolute; set in typeorm mode. */
  dataSourcePath?: string;
  dataSourceExport?: string;
  /** Absolute; the nearest tsconfig.json when not given. */
  tsConfigPath?: string;
  /** Absolute; set in sql mode. */
  migrationsDirectory?: string;
  migrationsTable: string;
  migrationsSchema: string;
  transaction: 'each' | 'all' | 'none';
  status: boolean;
  dryRun: boolean;
  /** Set in command mode. */
  command?: string;
  /** Absolute. */
  cwd: string;
  databaseUrl?: string;
  databaseUrlEnv: string[];
  /** Absolute. */
  envFilePath?: string;
  waitTimeoutSeconds: number;
  migrationLockTimeoutSeconds: number;
  statementTimeoutSeconds: number;
  lockTimeoutSeconds: number;
  /** The task, to find the dotenv files Nx loaded for it. */
  nxTask: NxTask;
  /** The task, such as `api:db-migrate`, for messages. */
  target: string;
  /** The application_name of every connection the run opens. */
  applicationName: string;
  /** The workspace root, to show paths relative to it. */
  root: string;
  /**
   * Where each databaseUrlEnv variable's value came from, when not simply
   * the environment; set once the envFile is applied.
   */
  variableOrigins?: Map<string, string>;
}

/**
 * Applies the defaults, resolves every path against the workspace root and
 * checks what must exist before any work starts.
 */
export function normalizeOptions(
  options: DbMigrateExecutorOptions,
  context: ExecutorContext,
): NormalizedOptions {
  const mode = options.mode ?? 'typeorm';
  const target = `${context.projectName ?? '(no project)'}:${context.targetName ?? 'db-migrate'}`;
  const databaseUrlEnv = options.databaseUrlEnv ?? [
    'PG_DATABASE_URL',
    'DATABASE_URL',
  ];
  checkModeOptions(mode, options, databaseUrlEnv, target);

  const locate = (option: PathOption, value: string) =>
    checkExists(resolve(context.root, value), option, value, target);
  const dataSourcePath =
    mode === 'typeorm' && options.dataSource
      ? locate('dataSource', options.dataSource)
      : undefined;

  return {
    mode,
    dataSourcePath,
    dataSourceExport: options.dataSourceExport,
    tsConfigPath: options.tsConfig
      ? locate('tsConfig', options.tsConfig)
      : dataSourcePath && findNearestTsConfig(dirname(dataSourcePath)),
    migrationsDirectory:
      mode === 'sql' && options.migrationsDirectory
        ? locate('migrationsDirectory', options.migrationsDirectory)
        : undefined,
    migrationsTable: options.migrationsTable ?? 'pgmigrations',
    migrationsSchema: options.migrationsSchema ?? 'public',
    transaction: options.transaction ?? 'each',
    status: options.status ?? false,
    dryRun: options.dryRun ?? false,
    command: options.command,
    cwd: locate('cwd', options.cwd ?? readProjectRoot(context)),
    databaseUrl: options.databaseUrl || undefined,
    databaseUrlEnv,
    envFilePath: options.envFile && locate('envFile', options.envFile),
    waitTimeoutSeconds: options.waitTimeoutSeconds ?? 60,
    migrationLockTimeoutSeconds: options.migrationLockTimeoutSeconds ?? 300,
    statementTimeoutSeconds: options.statementTimeoutSeconds ?? 0,
    lockTimeoutSeconds: options.lockTimeoutSeconds ?? 0,
    nxTask: {
      root: context.root,
      projectRoot: readProjectRoot(context),
      targetName: context.targetName ?? 'db-migrate',
      configurationName: context.configurationName,
    },
    target,
    applicationName: buildApplicationName({ target, mode, pid: process.pid }),
    root: context.root,
  };
}

type PathOption =
  'dataSource' | 'tsConfig' | 'cwd' | 'envFile' | 'migrationsDirectory';

function checkModeOptions(
  mode: NormalizedOptions['mode'],
  options: DbMigrateExecutorOptions,
  databaseUrlEnv: string[],
  target: string,
): void {
  if (mode === 'typeorm' && !options.dataSource) {
    throw new DevopsError(
      `The ${target} target runs in typeorm mode but has no dataSource option.`,
      'Set dataSource to the file that exports the TypeORM DataSource, such as "packages/twenty-server/src/database/typeorm/core/core.datasource.ts", or set mode to "command".',
    );
  }
  if (mode === 'sql' && !options.migrationsDirectory) {
    throw new DevopsError(
      `The ${target} target runs in sql mode but has no migrationsDirectory option.`,
      'Set migrationsDirectory to the folder of .sql migration files, such as "packages/twenty-server/migrations", relative to the workspace root.',
    );
  }
  if (mode === 'command' && options.status) {
    throw new DevopsError(
      `The ${target} target runs in command mode, which cannot list migrations, but sets status.`,
      'Remove status, or run the command that lists migrations of your tool as a target of its own.',
    );
  }
  if (mode === 'command' && !options.command) {
    throw new DevopsError(
      `The ${target} target runs in command mode but has no command option.`,
      'Set command to the shell command that applies the migrations, or set mode to "typeorm" with a dataSource.',
    );
  }
  if (databaseUrlEnv.length === 0) {
    throw new DevopsError(
      `The databaseUrlEnv option of ${target} is an empty list.`,
      'Name at least one variable, such as ["PG_DATABASE_URL"], or remove the option to use PG_DATABASE_URL, then DATABASE_URL.',
    );
  }
}

function checkExists(
  path: string,
  option: PathOption,
  value: string,
  target: string,
): string {
  if (existsSync(path)) return path;
  throw new DevopsError(
    `The ${option} of ${target}, ${JSON.stringify(value)}, does not exist: ${path} is missing.`,
    `Fix the ${option} option; it is relative to the workspace root.`,
  );
}
