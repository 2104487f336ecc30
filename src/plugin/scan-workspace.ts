import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import { createComposeFileMatcher } from './create-compose-file-matcher';
import { createProjectRootFinder } from './create-project-root-finder';
import { groupComposeSetups } from './group-compose-setups';
import { hasDataSourceExport } from './has-data-source-export';
import type {
  ComposeSetup,
  LocatedFile,
  LocatedMigrations,
  MigrationsKind,
  PlannedMigrations,
} from './inference-types';
import { isSqlMigrationFile } from './is-sql-migration-file';
import { planMigrations } from './plan-migrations';
import type { NormalizedPluginOptions } from './plugin-options';

type Locate = (path: string) => LocatedFile[];

/** What one createNodes call found, before any compose file is parsed. */
export interface WorkspaceScan {
  /** The files that produce results or errors, for createNodesFromFiles. */
  files: string[];
  setups: ComposeSetup[];
  /**
   * `setups` and the setups that `servicesFrom` points at outside the files
   * of this call, as when another registration's `include` holds them.
   */
  servicesSetups: ComposeSetup[];
  setupByFile: Map<string, ComposeSetup>;
  /** By data source file or SQL folder. */
  migrationsByPath: Map<string, PlannedMigrations>;
  /** Mistakes in the options, reported against the file they name. */
  problems: Map<string, Error>;
}

/**
 * Sorts the files Nx matched into compose setups, data sources and folders
 * of SQL migrations, each with the project it belongs to. Files outside any
 * project are dropped. Reads only the data sources' text, for the
 * `new DataSource(` check.
 */
export function scanWorkspace(
  configFiles: readonly string[],
  options: NormalizedPluginOptions,
  workspaceRoot: string,
): WorkspaceScan {
  const findRoot = createProjectRootFinder(workspaceRoot);
  const locate: Locate = (path) => {
    const projectRoot = findRoot(posix.dirname(path));
    return projectRoot === undefined ? [] : [{ path, projectRoot }];
  };
  const isComposeFile = createComposeFileMatcher(options.composeFileNames);

  const setups = groupComposeSetups(
    configFiles.filter(isComposeFile).flatMap(locate),
  );
  const problems = new Map<string, Error>();
  const mapped = listMappedMigrations(options, workspaceRoot, problems);
  const discovered = [
    ...configFiles
      .filter((path) => isDiscoveredDataSource(path, options, workspaceRoot))
      .flatMap(locate)
      .map((file) => withKind(file, 'typeorm')),
    ...listSqlFolders(configFiles, mapped)
      .flatMap(locate)
      .map((folder) => withKind(folder, 'sql')),
  ];
  const migrations = planMigrations(
    [...mapped, ...discovered],
    new Set(mapped.map((found) => found.path)),
    options.dbMigrateTargetName,
  );

  return {
    files: [
      ...setups.flatMap((setup) => setup.files),
      ...migrations.map((found) => found.path),
      ...problems.keys(),
    ],
    setups,
    servicesSetups: [
      ...setups,
      ...findOutsideSetups(
        setups,
        options,
        workspaceRoot,
        isComposeFile,
        locate,
      ),
    ],
    setupByFile: new Map(
      setups.flatMap((setup) => setup.files.map((file) => [file, setup])),
    ),
    migrationsByPath: new Map(migrations.map((found) => [found.path, found])),
    problems,
  };
}

function isDiscoveredDataSource(
  path: string,
  options: NormalizedPluginOptions,
  workspaceRoot: string,
): boolean {
  if (!path.endsWith('.datasource.ts')) return false;
  if (Object.values(options.dataSources).includes(path)) return false;
  return hasDataSourceExport(readFileSync(join(workspaceRoot, path), 'utf8'));
}

function withKind(file: LocatedFile, kind: MigrationsKind): LocatedMigrations {
  return { ...file, kind };
}

function listSqlFolders(
  configFiles: readonly string[],
  mapped: LocatedMigrations[],
): string[] {
  const folders = configFiles
    .filter(isSqlMigrationFile)
    .map((path) => posix.dirname(path));
  const taken = new Set(mapped.map((found) => found.path));
  return [...new Set(folders)].filter((folder) => !taken.has(folder));
}

function listMappedMigrations(
  options: NormalizedPluginOptions,
  workspaceRoot: string,
  problems: Map<string, Error>,
): LocatedMigrations[] {
  const entries = [
    ...Object.entries(options.dataSources).map(
      ([projectRoot, path]) => ['dataSources', projectRoot, path] as const,
    ),
    ...Object.entries(options.migrationsDirectories).map(
      ([projectRoot, path]) =>
        ['migrationsDirectories', projectRoot, path] as const,
    ),
  ];
  return entries.flatMap(([option, projectRoot, path]) => {
    const kind = option === 'dataSources' ? 'typeorm' : 'sql';
    if (existsSync(join(workspaceRoot, path))) {
      return [{ path, projectRoot, kind }];
    }
    problems.set(
      path,
      new DevopsError(
        `The path ${path}, given for ${projectRoot} in plugin option ${option}, does not exist.`,
        `Fix the path (relative to the workspace root) in the ${option} option of the @twenty/devops/plugin entry in nx.json, or remove the entry.`,
      ),
    );
    return [];
  });
}

// With the plugin registered twice, under different `include` globs, the
// compose file that servicesFrom names may be another registration's.
function findOutsideSetups(
  setups: ComposeSetup[],
  options: NormalizedPluginOptions,
  workspaceRoot: string,
  isComposeFile: (path: string) => boolean,
  locate: Locate,
): ComposeSetup[] {
  const files = Object.values(options.servicesFrom)
    .filter((source) => !isCovered(source, setups))
    .flatMap((source) => listComposeFilesAt(source, workspaceRoot))
    .filter(isComposeFile);
  return groupComposeSetups([...new Set(files)].flatMap(locate));
}

function isCovered(source: string, setups: ComposeSetup[]): boolean {
  return setups.some(
    (setup) => setup.projectRoot === source || setup.files.includes(source),
  );
}

// Only the folder itself: its base file decides the main setup's name.
function listComposeFilesAt(source: string, workspaceRoot: string): string[] {
  const folder = /\.ya?ml$/.test(source) ? posix.dirname(source) : source;
  try {
    return readdirSync(join(workspaceRoot, folder)).map((name) =>
      posix.join(folder, name),
    );
  } catch {
    return [];
  }
}
