import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { CacheLocation, CacheSetting } from './cache-location';
import { findConfiguredCacheDirectory } from './find-configured-cache-directory';
import { resolveWorkspaceDataDirectory } from './resolve-workspace-data-directory';

/**
 * The task cache and workspace data directories of one checkout, resolved
 * as nx/src/utils/cache-directory.ts does in Nx 21 to 24 when nothing is
 * shared: `NX_CACHE_DIRECTORY`, then `cacheDirectory` in nx.json (or the
 * older `tasksRunnerOptions.default.options.cacheDirectory`), else
 * `.nx/cache`; workspace data from `NX_WORKSPACE_DATA_DIRECTORY` or
 * `NX_PROJECT_GRAPH_CACHE_DIRECTORY`, else `.nx/workspace-data`. A Lerna
 * repository without nx.json keeps both under `node_modules/.cache`. Each
 * comes with the setting it was taken from, for errors.
 */
export function resolveLocalLocations(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): CacheLocation {
  const configured = findConfiguredCacheDirectory(root, env);
  const cacheDirectory = configured
    ? absolutePath(root, configured.value)
    : pickDefaultCache(root);
  const dataDirectory = resolveWorkspaceDataDirectory(root, env);
  return {
    cacheDirectory,
    dataDirectory,
    shared: false,
    cacheSetting:
      configured?.setting ?? describeDefault(root, cacheDirectory, 'cache'),
    dataSetting: describeDataSetting(root, dataDirectory, env),
  };
}

function describeDataSetting(
  root: string,
  dataDirectory: string,
  env: NodeJS.ProcessEnv,
): CacheSetting {
  const name = [
    'NX_WORKSPACE_DATA_DIRECTORY',
    'NX_PROJECT_GRAPH_CACHE_DIRECTORY',
  ].find((candidate) => env[candidate] !== undefined);
  if (!name) return describeDefault(root, dataDirectory, 'workspace data');
  return {
    source: `${name}=${env[name]}`,
    fix: `Unset ${name}, or point it at a folder that holds only Nx's workspace data, such as .nx/workspace-data`,
  };
}

function describeDefault(
  root: string,
  path: string,
  what: 'cache' | 'workspace data',
): CacheSetting {
  const shown = relative(root, path);
  return {
    source: `Nx's default ${what} folder ${shown}`,
    fix: `Make ${shown} a plain folder of its own rather than a link to another place`,
  };
}

function pickDefaultCache(root: string): string {
  const lernaOnly =
    existsSync(join(root, 'lerna.json')) && !existsSync(join(root, 'nx.json'));
  return lernaOnly
    ? join(root, 'node_modules', '.cache', 'nx')
    : join(root, '.nx', 'cache');
}

function absolutePath(root: string, path: string): string {
  return isAbsolute(path) ? path : join(root, path);
}
