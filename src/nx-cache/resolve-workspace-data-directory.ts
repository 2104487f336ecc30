import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * This checkout's workspace data directory (project graph, file map,
 * plugin caches), as nx/src/utils/cache-directory.ts resolves it in Nx 21
 * to 24: `NX_WORKSPACE_DATA_DIRECTORY`, then the older
 * `NX_PROJECT_GRAPH_CACHE_DIRECTORY`, relative to the root; else
 * `.nx/workspace-data`, or `node_modules/.cache/nx-workspace-data` in a
 * Lerna repository without nx.json. As in Nx, a variable set to an empty
 * string still wins (and names the root itself).
 */
export function resolveWorkspaceDataDirectory(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromEnv =
    env.NX_WORKSPACE_DATA_DIRECTORY ?? env.NX_PROJECT_GRAPH_CACHE_DIRECTORY;
  if (fromEnv === undefined) return pickDefault(root);
  return isAbsolute(fromEnv) ? fromEnv : join(root, fromEnv);
}

function pickDefault(root: string): string {
  const lernaOnly =
    existsSync(join(root, 'lerna.json')) && !existsSync(join(root, 'nx.json'));
  return lernaOnly
    ? join(root, 'node_modules', '.cache', 'nx-workspace-data')
    : join(root, '.nx', 'workspace-data');
}
