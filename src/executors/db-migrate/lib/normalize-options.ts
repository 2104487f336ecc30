import type { ExecutorContext } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DevopsError } from '../../../errors/devops-error';
import { findNearestTsConfig } from '../../../migrations/find-nearest-tsconfig';
import { readProjectRoot } from '../../../nx-context/read-project-root';
import type { DbMigrateExecutorOptions } from '../schema';

export interface NormalizedOptions {
  mode: 'typeorm' | 'command';
  /** Absolute; set in typeorm mode. */
  dataSourcePath?: string;
  dataSourceExport?: string;
  /** Absolute; the nearest tsconfig.json when not given. */
  tsConfigPath?: string;
  transaction: 'each' | 'all' | 'none';
  /** Set in command mode. */
  command?: string;
  /** Absolute. */
  cwd: string;
  databaseUrl?: string;
  databaseUrlEnv: string[];
  /** Absolute. */
  envFilePath?: string;
  waitTimeoutSeconds: number;
  /** The task, such as `api:db-migrate`, for messages. */
  target: string;
  /** The workspace root, to show paths relative to it. */
  root: string;
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
    transaction: options.transaction ?? 'each',
    command: options.command,
    cwd: locate('cwd', options.cwd ?? readProjectRoot(context)),
    databaseUrl: options.databaseUrl || undefined,
    databaseUrlEnv,
    envFilePath: options.envFile && locate('envFile', options.envFile),
    waitTimeoutSeconds: options.waitTimeoutSeconds ?? 60,
    target,
    root: context.root,
  };
}

type PathOption = 'dataSource' | 'tsConfig' | 'cwd' | 'envFile';

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
