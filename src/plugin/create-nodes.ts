import type {
  CreateNodesContextV2,
  CreateNodesResult,
  CreateNodesResultV2,
  CreateNodesV2,
} from '@nx/devkit';
import { DevopsError } from '../errors/devops-error';
import { checkPluginOptions } from './check-plugin-options';
import { hashPluginOptions } from './hash-plugin-options';
import { inferComposeSetup, type ComposeOutcome } from './infer-compose-setup';
import { inferFromFiles } from './infer-from-files';
import {
  inferProjectMigrations,
  type MigrationsOutcome,
} from './infer-project-migrations';
import type { ComposeSetup, ProjectMigrationFiles } from './inference-types';
import { normalizePluginOptions } from './normalize-plugin-options';
import {
  openInferenceCache,
  type InferenceCache,
} from './open-inference-cache';
import type {
  DevopsPluginOptions,
  NormalizedPluginOptions,
} from './plugin-options';
import { readProjectName } from './read-project-name';
import { scanWorkspace, type WorkspaceScan } from './scan-workspace';

/**
 * Every YAML file, every `*.datasource.ts` and the `.sql` files of every
 * `migrations` folder: compose files are told apart by name afterwards, so
 * that the `composeFileNames` option can add names that a fixed pattern
 * would not match. `**` also matches the workspace root. Nx runs minimatch
 * on every matched file with this pattern, parsing it anew each time, so
 * each alternative costs every `nx` command time: keep them few.
 */
export const CONFIG_FILES_GLOB =
  '{**/*.yml,**/*.yaml,**/*.datasource.ts,**/migrations/*.sql}';

/**
 * Infers docker-up and docker-down from compose files, and db-migrate from
 * TypeORM data sources and folders of SQL migrations. Nx 21 and 22 read this tuple as `createNodesV2`,
 * Nx 23 and later as `createNodes`, so it is exported under both names.
 */
export const createNodes: CreateNodesV2<DevopsPluginOptions> = [
  CONFIG_FILES_GLOB,
  (configFiles, options, context) =>
    inferTargets(configFiles, options, context),
];

export const createNodesV2 = createNodes;

interface InferenceSession {
  workspaceRoot: string;
  options: NormalizedPluginOptions;
  scan: WorkspaceScan;
  cache: InferenceCache;
  composeOutcomes: Map<ComposeSetup, ComposeOutcome>;
  migrationsOutcomes: Map<ProjectMigrationFiles, MigrationsOutcome>;
  projectNames: Map<string, string>;
}

async function inferTargets(
  configFiles: readonly string[],
  rawOptions: DevopsPluginOptions | undefined,
  context: CreateNodesContextV2,
): Promise<CreateNodesResultV2> {
  const { workspaceRoot } = context;
  const options = normalizePluginOptions(rawOptions);
  try {
    checkPluginOptions(rawOptions, options, workspaceRoot);
  } catch (error) {
    throw addHint(error);
  }
  const session: InferenceSession = {
    workspaceRoot,
    options,
    scan: scanWorkspace(configFiles, options, workspaceRoot),
    cache: openInferenceCache(workspaceRoot, hashPluginOptions(options)),
    composeOutcomes: new Map(),
    migrationsOutcomes: new Map(),
    projectNames: new Map(),
  };

  try {
    return await inferFromFiles(
      (file) => inferFromFile(file, session),
      session.scan.files,
      rawOptions,
      context,
    );
  } finally {
    session.cache.save();
  }
}

function inferFromFile(
  file: string,
  session: InferenceSession,
): CreateNodesResult {
  try {
    const problem = session.scan.problems.get(file);
    if (problem) throw problem;

    const setup = session.scan.setupByFile.get(file);
    if (setup) return reportComposeFile(file, setup, session);

    const migrationFiles = session.scan.migrationFilesByPath.get(file);
    if (migrationFiles) {
      return reportMigrationsFile(file, migrationFiles, session);
    }
    return {};
  } catch (error) {
    throw addHint(error);
  }
}

// Each file of a setup is its own entry for Nx, so that a broken file is
// named in the error, but the setup is inferred once, on its first file.
function reportComposeFile(
  file: string,
  setup: ComposeSetup,
  session: InferenceSession,
): CreateNodesResult {
  let outcome = session.composeOutcomes.get(setup);
  if (!outcome) {
    outcome = inferComposeSetup(setup, {
      workspaceRoot: session.workspaceRoot,
      options: session.options,
      cache: session.cache,
      projectName: lookUpProjectName(setup.projectRoot, session),
    });
    session.composeOutcomes.set(setup, outcome);
  }
  if (outcome.errors.has(file)) throw outcome.errors.get(file);
  return file === outcome.reportedBy ? outcome.result : {};
}

// Likewise, a project's migrations are inferred once, on its first file:
// their target names depend on one another.
function reportMigrationsFile(
  file: string,
  files: ProjectMigrationFiles,
  session: InferenceSession,
): CreateNodesResult {
  let outcome = session.migrationsOutcomes.get(files);
  if (!outcome) {
    outcome = inferProjectMigrations(files, {
      workspaceRoot: session.workspaceRoot,
      options: session.options,
      servicesSetups: session.scan.servicesSetups,
      cache: session.cache,
      readProjectName: (root) => lookUpProjectName(root, session),
    });
    session.migrationsOutcomes.set(files, outcome);
  }
  if (outcome.errors.has(file)) throw outcome.errors.get(file);
  return outcome.results.get(file) ?? {};
}

function lookUpProjectName(
  projectRoot: string,
  session: InferenceSession,
): string {
  let name = session.projectNames.get(projectRoot);
  if (name === undefined) {
    name = readProjectName(session.workspaceRoot, projectRoot);
    session.projectNames.set(projectRoot, name);
  }
  return name;
}

// Nx prints only the message of each file's error, so the hint goes in it.
// `nx graph` prints the stack too: for a user's mistake, our own frames
// would only hide the message.
function addHint(error: unknown): unknown {
  if (!(error instanceof DevopsError)) return error;
  const withHint = new DevopsError(
    `${error.message}\n${error.hint}`,
    error.hint,
  );
  withHint.stack = `${withHint.name}: ${withHint.message}`;
  return withHint;
}
