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
  PlannedDataSource,
} from './inference-types';
import { planDataSources } from './plan-data-sources';
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
  dataSourceByFile: Map<string, PlannedDataSource>;
  /** Mistakes in the options, reported against the file they name. */
  problems: Map<string, Error>;
}

/**
 * Sorts the files Nx matched into compose setups and data sources, each
 * with the project it belongs to. Files outside any project are dropped.
 * Reads only the data sources' text, for the `new DataSource(` check.
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
  const dataSources = planDataSources(
    [
      ...listMappedDataSources(options, workspaceRoot, problems),
      ...configFiles
        .filter((path) => isDiscoveredDataSource(path, options, workspaceRoot))
        .flatMap(locate),
    ],
    new Set(Object.values(options.dataSources)),
    options.dbMigrateTargetName,
  );

  return {
    files: [
      ...setups.flatMap((setup) => setup.files),
      ...dataSources.map((dataSource) => dataSource.path),
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
    dataSourceByFile: new Map(dataSources.map((found) => [found.path, found])),
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

function listMappedDataSources(
  options: NormalizedPluginOptions,
  workspaceRoot: string,
  problems: Map<string, Error>,
): LocatedFile[] {
  const entries = Object.entries(options.dataSources);
  return entries.flatMap(([projectRoot, path]) => {
    if (existsSync(join(workspaceRoot, path))) return [{ path, projectRoot }];
    problems.set(
      path,
      new DevopsError(
        `The data source ${path}, given for ${projectRoot} in plugin option dataSources, does not exist.`,
        'Fix the path (relative to the workspace root) in the dataSources option of the @twenty/devops/plugin entry in nx.json, or remove the entry.',
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
