import type { TargetConfiguration, TargetDependencyConfig } from '@nx/devkit';
import { posix } from 'node:path';
import { EXECUTORS } from './executor-names';
import type { PlannedMigrations } from './inference-types';
import type { ServicesTarget } from './resolve-services-target';
import { toInputPath } from './to-input-path';

export interface MigrateTargetContext {
  projectName: string;
  /** The env file db-migrate loads, relative to the workspace root. */
  envFile?: string;
  /** The docker-up target the database comes from, with its project's name. */
  services?: ServicesTarget & { projectName: string };
}

/**
 * The db-migrate target of one TypeORM data source or SQL folder. It
 * depends on the docker-up target of the services. Its inputs are the env
 * file and, for a data source, the file and every `migrations` folder
 * beside or below it; for a SQL folder, the folder.
 */
export function buildMigrateTarget(
  migrations: PlannedMigrations,
  { projectName, envFile, services }: MigrateTargetContext,
): TargetConfiguration {
  const { path, projectRoot, targetName, kind } = migrations;
  const inputs =
    kind === 'sql'
      ? [posix.join(path, '**/*')]
      : [path, posix.join(posix.dirname(path), '**/migrations/**/*')];
  if (envFile) inputs.push(envFile);

  return {
    executor: EXECUTORS.dbMigrate,
    cache: false,
    // Migrations change a shared database: run alone, as target-defaults
    // proposes for every database target.
    parallelism: false,
    ...(services ? { dependsOn: [toDependency(services, projectRoot)] } : {}),
    inputs: inputs.map((input) => toInputPath(input, projectRoot)),
    options: {
      mode: kind,
      ...(kind === 'sql'
        ? { migrationsDirectory: path }
        : { dataSource: path }),
      ...(envFile ? { envFile } : {}),
    },
    metadata: {
      technologies: kind === 'sql' ? ['postgresql'] : ['typeorm'],
      description: describeTarget(kind, posix.relative(projectRoot, path)),
      help: {
        command: `npx nx run ${projectName}:${targetName} --help`,
        example: { options: { transaction: 'all' } },
      },
    },
  };
}

function toDependency(
  services: ServicesTarget & { projectName: string },
  projectRoot: string,
): string | TargetDependencyConfig {
  if (services.projectRoot === projectRoot) return services.targetName;
  return { projects: [services.projectName], target: services.targetName };
}

function describeTarget(kind: PlannedMigrations['kind'], path: string): string {
  return kind === 'sql'
    ? `Apply the pending SQL migrations in ${path || '.'}`
    : `Apply the pending migrations of the data source ${path}`;
}
