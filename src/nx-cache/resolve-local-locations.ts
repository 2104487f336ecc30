import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CacheLocation } from './cache-location';

/**
 * The task cache and workspace data directories of one checkout, resolved
 * as nx/src/utils/cache-directory.ts does in Nx 21 to 24 when nothing is
 * shared: `NX_CACHE_DIRECTORY`, then `cacheDirectory` in nx.json (or the
 * older `tasksRunnerOptions.default.options.cacheDirectory`), else
 * `.nx/cache`; workspace data from `NX_WORKSPACE_DATA_DIRECTORY` or
 * `NX_PROJECT_GRAPH_CACHE_DIRECTORY`, else `.nx/workspace-data`. A Lerna
 * repository without nx.json keeps both under `node_modules/.cache`.
 */
export function resolveLocalLocations(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): CacheLocation {
  const configured =
    env.NX_CACHE_DIRECTORY || readConfiguredCacheDirectory(root);
  const dataFromEnv =
    env.NX_WORKSPACE_DATA_DIRECTORY ?? env.NX_PROJECT_GRAPH_CACHE_DIRECTORY;
  return {
    cacheDirectory: configured
      ? absolutePath(root, configured)
      : pickDefault(root, 'nx', 'cache'),
    dataDirectory: dataFromEnv
      ? absolutePath(root, dataFromEnv)
      : pickDefault(root, 'nx-workspace-data', 'workspace-data'),
    shared: false,
  };
}

/** The configured cache directory; undefined for a missing or broken nx.json, as in Nx. */
export function readConfiguredCacheDirectory(root: string): string | undefined {
  try {
    const nxJson = JSON.parse(readFileSync(join(root, 'nx.json'), 'utf8'));
    const value =
      nxJson.cacheDirectory ??
      nxJson.tasksRunnerOptions?.default?.options?.cacheDirectory;
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

function pickDefault(root: string, lernaName: string, nxName: string): string {
  const lernaOnly =
    existsSync(join(root, 'lerna.json')) && !existsSync(join(root, 'nx.json'));
  return lernaOnly
    ? join(root, 'node_modules', '.cache', lernaName)
    : join(root, '.nx', nxName);
}

function absolutePath(root: string, path: string): string {
  return isAbsolute(path) ? path : join(root, path);
}
