import type { CreateNodesResult } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildMigrateTarget } from './build-migrate-target';
import type { ComposeSetup, PlannedMigrations } from './inference-types';
import type { NormalizedPluginOptions } from './plugin-options';
import { resolveServicesTarget } from './resolve-services-target';

export interface MigrateInferenceContext {
  workspaceRoot: string;
  options: NormalizedPluginOptions;
  servicesSetups: ComposeSetup[];
  readProjectName: (projectRoot: string) => string;
}

/** Infers the db-migrate target of one data source or SQL folder. */
export function inferMigrateTarget(
  migrations: PlannedMigrations,
  {
    workspaceRoot,
    options,
    servicesSetups,
    readProjectName,
  }: MigrateInferenceContext,
): CreateNodesResult {
  const { projectRoot, targetName } = migrations;
  const services = resolveServicesTarget(projectRoot, servicesSetups, options);
  const defaultEnvFile = posix.join(projectRoot, '.env');
  const envFile =
    options.envFile[projectRoot] ??
    (existsSync(join(workspaceRoot, defaultEnvFile))
      ? defaultEnvFile
      : undefined);

  const target = buildMigrateTarget(migrations, {
    projectName: readProjectName(projectRoot),
    envFile,
    services: services && {
      ...services,
      projectName: readProjectName(services.projectRoot),
    },
  });
  return { projects: { [projectRoot]: { targets: { [targetName]: target } } } };
}
