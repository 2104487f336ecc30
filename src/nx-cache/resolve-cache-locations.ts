import { logger } from '../logging/logger';
import type { CacheLocation } from './cache-location';
import { resolveLocalLocations } from './resolve-local-locations';

interface NxCacheDirectoryModule {
  sharedDataDirectory?: (
    root: string,
    kind: 'cache' | 'workspace-data',
  ) => string;
}

interface NxNativeModule {
  getMainWorktreeRoot?: (root: string) => string | null;
}

/**
 * Every place the workspace's own Nx keeps task cache entries and their
 * index: this checkout's directories, and the shared ones when its Nx
 * version shares them. Nx 23.2 and later share one cache and database per
 * repository under `~/.nx/<id>/{cache,databases}`; the identity behind
 * `<id>` (Nx Cloud id, git remote or first commit) is decided by the
 * installed nx's `sharedDataDirectory`, which is asked directly. Nx 22
 * shares the main worktree's directories with linked worktrees. Nx 21
 * shares nothing. The shared location comes first: it is the live one.
 */
export function resolveCacheLocations(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): CacheLocation[] {
  const local = resolveLocalLocations(root, env);
  const shared = resolveSharedLocation(root, env);
  if (!shared || isSameLocation(shared, local)) return [local];
  return [shared, local];
}

function resolveSharedLocation(
  root: string,
  env: NodeJS.ProcessEnv,
): CacheLocation | undefined {
  const cacheModule = loadNxModule<NxCacheDirectoryModule>(
    root,
    'nx/src/utils/cache-directory',
  );
  if (cacheModule?.sharedDataDirectory) {
    return {
      cacheDirectory: cacheModule.sharedDataDirectory(root, 'cache'),
      dataDirectory: cacheModule.sharedDataDirectory(root, 'workspace-data'),
      shared: true,
    };
  }
  const native = loadNxModule<NxNativeModule>(root, 'nx/src/native');
  const mainRoot = tryCall(() => native?.getMainWorktreeRoot?.(root));
  if (!mainRoot || mainRoot === root) return undefined;
  return { ...resolveLocalLocations(mainRoot, env), shared: true };
}

function loadNxModule<T>(root: string, request: string): T | undefined {
  try {
    return require(require.resolve(request, { paths: [root] })) as T;
  } catch (error) {
    logger.verbose(
      `Could not load ${request} from ${root} (${(error as Error).message.split('\n')[0]}); using this checkout's own cache directories.`,
    );
    return undefined;
  }
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
