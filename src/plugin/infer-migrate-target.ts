import type { CreateNodesResult } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildMigrateTarget } from './build-migrate-target';
import type { ComposeSetup, PlannedDataSource } from './inference-types';
import type { NormalizedPluginOptions } from './plugin-options';
import { resolveServicesTarget } from './resolve-services-target';

export interface MigrateInferenceContext {
  workspaceRoot: string;
  options: NormalizedPluginOptions;
  servicesSetups: ComposeSetup[];
  readProjectName: (projectRoot: string) => string;
}

/** Infers the db-migrate target of one data source. */
export function inferMigrateTarget(
  dataSource: PlannedDataSource,
  {
    workspaceRoot,
    options,
    servicesSetups,
    readProjectName,
  }: MigrateInferenceContext,
): CreateNodesResult {
  const { projectRoot, targetName } = dataSource;
  const services = resolveServicesTarget(projectRoot, servicesSetups, options);
  const defaultEnvFile = posix.join(projectRoot, '.env');
  const envFile =
    options.envFile[projectRoot] ??
    (existsSync(join(workspaceRoot, defaultEnvFile))
      ? defaultEnvFile
      : undefined);

  const target = buildMigrateTarget(dataSource, {
    projectName: readProjectName(projectRoot),
    envFile,
    services: services && {
      ...services,
      projectName: readProjectName(services.projectRoot),
    },
  });
  return { projects: { [projectRoot]: { targets: { [targetName]: target } } } };
}
