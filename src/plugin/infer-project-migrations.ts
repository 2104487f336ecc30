import type { CreateNodesResult } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { buildMigrateTarget } from './build-migrate-target';
import { hasDataSourceExport } from './has-data-source-export';
import { hashParts } from './hash-parts';
import type {
  ComposeSetup,
  PlannedMigrations,
  ProjectMigrationFiles,
} from './inference-types';
import { listMigrationPaths } from './list-migration-paths';
import type { InferenceCache } from './open-inference-cache';
import { planMigrations } from './plan-migrations';
import type { NormalizedPluginOptions } from './plugin-options';
import {
  resolveServicesTarget,
  type ServicesTarget,
} from './resolve-services-target';

/** The result of each file of one project, and the errors of some. */
export interface MigrationsOutcome {
  results: Map<string, CreateNodesResult>;
  errors: Map<string, unknown>;
}

export interface MigrationsInferenceContext {
  workspaceRoot: string;
  options: NormalizedPluginOptions;
  servicesSetups: ComposeSetup[];
  cache: InferenceCache;
  readProjectName: (projectRoot: string) => string;
}

interface ProjectContext {
  projectName: string;
  envFile?: string;
  services?: ServicesTarget & { projectName: string };
}

/**
 * Infers the db-migrate targets of one project, from the cache when none
 * of its data sources changed and neither did what the targets name: the
 * project's name, its env file, the services target. The key hashes the
 * data sources' text, so a cache hit spares the analysis, not the reads.
 */
export function inferProjectMigrations(
  files: ProjectMigrationFiles,
  context: MigrationsInferenceContext,
): MigrationsOutcome {
  const paths = listMigrationPaths(files);
  let project: ProjectContext;
  try {
    project = resolveProjectContext(files.projectRoot, context);
  } catch (error) {
    const texts = readDataSources(files, context.workspaceRoot);
    const planned = planProject(files, texts, context);
    return {
      results: new Map(),
      errors: new Map(planned.map((found) => [found.path, error])),
    };
  }

  const texts = readDataSources(files, context.workspaceRoot);
  const key = hashParts([
    'db-migrate',
    JSON.stringify([files, project]),
    ...texts.map((text) => text ?? '\0missing'),
  ]);
  const cached = readCached(paths, key, context.cache);
  if (cached) return { results: cached, errors: new Map() };

  const results = new Map<string, CreateNodesResult>(
    paths.map((path) => [path, {}]),
  );
  for (const found of planProject(files, texts, context)) {
    results.set(found.path, buildResult(found, project));
  }
  for (const [path, result] of results) context.cache.set(path, key, result);
  return { results, errors: new Map() };
}

/** The text of each data source candidate, in order; undefined when unreadable. */
function readDataSources(
  files: ProjectMigrationFiles,
  workspaceRoot: string,
): (string | undefined)[] {
  return files.dataSourceCandidates.map((path) => {
    try {
      return readFileSync(join(workspaceRoot, path), 'utf8');
    } catch {
      return undefined;
    }
  });
}

function resolveProjectContext(
  projectRoot: string,
  {
    workspaceRoot,
    options,
    servicesSetups,
    readProjectName,
  }: MigrationsInferenceContext,
): ProjectContext {
  const services = resolveServicesTarget(projectRoot, servicesSetups, options);
  const defaultEnvFile = posix.join(projectRoot, '.env');
  const envFile =
    options.envFile[projectRoot] ??
    (existsSync(join(workspaceRoot, defaultEnvFile))
      ? defaultEnvFile
      : undefined);
  return {
    projectName: readProjectName(projectRoot),
    envFile,
    services: services && {
      ...services,
      projectName: readProjectName(services.projectRoot),
    },
  };
}

// Every file of the project gets an entry, `{}` for a candidate that
// exports no DataSource, so that a hit needs all of them.
function readCached(
  paths: string[],
  key: string,
  cache: InferenceCache,
): Map<string, CreateNodesResult> | undefined {
  const results = new Map<string, CreateNodesResult>();
  for (const path of paths) {
    const result = cache.get(path, key);
    if (!result) return undefined;
    results.set(path, result);
  }
  return results;
}

function planProject(
  files: ProjectMigrationFiles,
  texts: (string | undefined)[],
  { options }: MigrationsInferenceContext,
): PlannedMigrations[] {
  const { projectRoot } = files;
  const dataSources = files.dataSourceCandidates
    .filter((_, index) => {
      const text = texts[index];
      return text !== undefined && hasDataSourceExport(text);
    })
    .map((path) => ({ path, projectRoot, kind: 'typeorm' as const }));
  const sqlFolders = files.sqlFolders.map((path) => ({
    path,
    projectRoot,
    kind: 'sql' as const,
  }));
  return planMigrations(
    [...files.mapped, ...dataSources, ...sqlFolders],
    new Set(files.mapped.map((found) => found.path)),
    options.dbMigrateTargetName,
  );
}

function buildResult(
  migrations: PlannedMigrations,
  project: ProjectContext,
): CreateNodesResult {
  const target = buildMigrateTarget(migrations, project);
  return {
    projects: {
      [migrations.projectRoot]: {
        targets: { [migrations.targetName]: target },
      },
    },
  };
}
