import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import { createComposeFileMatcher } from './create-compose-file-matcher';
import { createProjectRootFinder } from './create-project-root-finder';
import { groupComposeSetups } from './group-compose-setups';
import type {
  ComposeSetup,
  LocatedFile,
  LocatedMigrations,
  ProjectMigrationFiles,
} from './inference-types';
import { isSqlMigrationFile } from './is-sql-migration-file';
import { listMigrationPaths } from './list-migration-paths';
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
  /** By data source candidate, SQL folder or mapped path: its project's. */
  migrationFilesByPath: Map<string, ProjectMigrationFiles>;
  /** Mistakes in the options, reported against the file they name. */
  problems: Map<string, Error>;
}

/**
 * Sorts the files Nx matched into compose setups, data source candidates
 * and folders of SQL migrations, each with the project it belongs to.
 * Files outside any project are dropped. Reads no file: whether a
 * candidate exports a DataSource is checked later, on a cache miss.
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
  const mappedDataSources = Object.values(options.dataSources);
  const migrationFiles = groupMigrationFiles(
    mapped,
    configFiles
      .filter((path) => path.endsWith('.datasource.ts'))
      .filter((path) => !mappedDataSources.includes(path))
      .flatMap(locate),
    listSqlFolders(configFiles, mapped).flatMap(locate),
  );
  const migrationFilesByPath = new Map(
    migrationFiles.flatMap((files) =>
      listMigrationPaths(files).map((path) => [path, files] as const),
    ),
  );

  return {
    files: [
      ...setups.flatMap((setup) => setup.files),
      ...migrationFilesByPath.keys(),
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
    migrationFilesByPath,
    problems,
  };
}

function groupMigrationFiles(
  mapped: LocatedMigrations[],
  dataSourceCandidates: LocatedFile[],
  sqlFolders: LocatedFile[],
): ProjectMigrationFiles[] {
  const byRoot = new Map<string, ProjectMigrationFiles>();
  const filesOf = (projectRoot: string) => {
    let files = byRoot.get(projectRoot);
    if (!files) {
      files = {
        projectRoot,
        mapped: [],
        dataSourceCandidates: [],
        sqlFolders: [],
      };
      byRoot.set(projectRoot, files);
    }
    return files;
  };
  for (const found of mapped) filesOf(found.projectRoot).mapped.push(found);
  for (const { path, projectRoot } of dataSourceCandidates) {
    filesOf(projectRoot).dataSourceCandidates.push(path);
  }
  for (const { path, projectRoot } of sqlFolders) {
    filesOf(projectRoot).sqlFolders.push(path);
  }
  return [...byRoot.values()];
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
