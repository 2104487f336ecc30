import { existsSync } from 'node:fs';
import { logger } from '../logging/logger';
import { type CacheLocation, SHARED_FOLDER_SETTINGS } from './cache-location';
import { findSharedLocationOfBrokenWorkspace } from './find-shared-location-of-broken-workspace';
import { loadNxModule } from './load-nx-module';
import { resolveLocalLocations } from './resolve-local-locations';

/** What nx/src/utils/cache-directory exports across Nx 21 to 24. */
export interface NxCacheDirectoryModule {
  cacheDirectoryForWorkspace?: (root: string) => string;
  workspaceDataDirectoryForWorkspace?: (root: string) => string;
  /** Nx 23.2 and later: the per-repository folder under ~/.nx, or the local one. */
  sharedDataDirectory?: (
    root: string,
    kind: 'cache' | 'workspace-data',
  ) => string;
  sharedUserDataDir?: (
    dirName: string,
    kind: 'cache' | 'workspace-data',
  ) => string;
}

interface NxNativeModule {
  getMainWorktreeRoot?: (root: string) => string | null;
}

/**
 * Every place the workspace's own Nx keeps task cache entries and their
 * index, following nx/src/utils/cache-directory.ts of the installed
 * version by calling it. This checkout's own folders always; and the
 * shared ones when that version shares them: from Nx 23.2 one cache and
 * database per repository under `~/.nx/<id>/{cache,databases}` (the
 * identity, an Nx Cloud id or a key from the git remote or first commit,
 * is decided by `sharedDataDirectory`); in Nx 22 the main worktree's
 * folders, for a linked worktree. The shared location comes first: it is
 * the live one. Without an installed nx, the local rules are applied here.
 */
export function resolveCacheLocations(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): CacheLocation[] {
  const nx = loadNxModule<NxCacheDirectoryModule>(
    root,
    'nx/src/utils/cache-directory',
  );
  const local = resolveLocal(root, env, nx);
  const shared = resolveShared(root, env, nx, local);
  if (!shared || isSameLocation(shared, local)) return [local];
  logger.verbose(`Nx shares this workspace's cache: ${shared.cacheDirectory}`);
  return [shared, local];
}

function resolveLocal(
  root: string,
  env: NodeJS.ProcessEnv,
  nx: NxCacheDirectoryModule | undefined,
): CacheLocation {
  const ours = resolveLocalLocations(root, env);
  if (!nx?.cacheDirectoryForWorkspace || !nx.workspaceDataDirectoryForWorkspace)
    return ours;
  const cacheDirectory = nx.cacheDirectoryForWorkspace(root);
  return {
    ...ours,
    cacheDirectory,
    dataDirectory: nx.workspaceDataDirectoryForWorkspace(root),
    // Nx 24 also follows nx.json's `extends`, which our reading does not.
    cacheSetting:
      cacheDirectory === ours.cacheDirectory
        ? ours.cacheSetting
        : {
            source: `the cacheDirectory Nx reads from ${root}/nx.json and the files it extends`,
            fix: 'Set cacheDirectory in nx.json to a folder that holds only the Nx cache, such as ".nx/cache"',
          },
  };
}

function resolveShared(
  root: string,
  env: NodeJS.ProcessEnv,
  nx: NxCacheDirectoryModule | undefined,
  local: CacheLocation,
): CacheLocation | undefined {
  if (nx?.sharedDataDirectory) {
    const shared: CacheLocation = {
      cacheDirectory: nx.sharedDataDirectory(root, 'cache'),
      dataDirectory: nx.sharedDataDirectory(root, 'workspace-data'),
      shared: true,
      ...SHARED_FOLDER_SETTINGS,
    };
    if (!isSameLocation(shared, local)) return shared;
    return findSharedLocationOfBrokenWorkspace(root, env, nx);
  }
  const native = loadNxModule<NxNativeModule>(root, 'nx/src/native');
  const mainRoot = tryCall(() => native?.getMainWorktreeRoot?.(root));
  if (!mainRoot || mainRoot === root || !existsSync(mainRoot)) return undefined;
  return { ...resolveLocalLocations(mainRoot, env), shared: true };
}

function tryCall<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

function isSameLocation(a: CacheLocation, b: CacheLocation): boolean {
  return (
    a.cacheDirectory === b.cacheDirectory && a.dataDirectory === b.dataDirectory
  );
}
