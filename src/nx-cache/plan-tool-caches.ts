import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../logging/logger';
import { checkDeletionTarget } from './check-deletion-target';
import {
  findJestCacheDirectories,
  type JestCacheDirectory,
} from './find-jest-cache-directories';
import { isInside } from './is-inside';
import { listContentsToClear } from './list-contents-to-clear';
import { measurePath } from './measure-path';
import type { NormalizedResetOptions } from './normalize-reset-options';
import { realPathOrSelf } from './real-path-or-self';
import type { PlannedRemoval } from './reset-plan';

const FOLDER_CACHES = [
  join('node_modules', '.cache'),
  join('node_modules', '.vite'),
  '.vite',
  '.swc',
  '.eslintcache',
];

/** Folders a search for *.tsbuildinfo never enters. */
const SKIPPED = new Set(['node_modules', '.git', '.nx']);

/**
 * The tool caches of the projects in scope, and of the workspace root when
 * no `projects` are named. `*.tsbuildinfo` files are looked for through
 * each project's folders; the workspace root's own are looked for only at
 * its top, since every project lies below it. `kept` are the real paths
 * of Nx's cache and data folders: a tool cache that holds one (a Lerna
 * workspace keeps Nx's in `node_modules/.cache`) is cleared around it,
 * and one that is one is left to its own scope.
 */
export function planToolCaches(
  options: NormalizedResetOptions,
  kept: string[],
): PlannedRemoval[] {
  const folders = new Map<string, boolean>();
  for (const root of options.projectRoots.values()) {
    const folder = join(options.root, root);
    folders.set(folder, folder !== options.root);
  }
  if (options.includeWorkspaceRoot) folders.set(options.root, false);

  const paths = new Set<string>();
  const add = (path: string) => {
    for (const part of splitAroundKept(path, kept)) paths.add(part);
  };
  for (const [folder, deep] of folders) {
    for (const name of FOLDER_CACHES) add(join(folder, name));
    for (const jestCache of findJestCacheDirectories(folder)) {
      if (isJestCacheInWorkspace(jestCache, options)) add(jestCache.path);
    }
    for (const file of findTsBuildInfo(folder, deep)) paths.add(file);
  }
  return [...paths].map((path) => ({
    scope: 'tool caches' as const,
    path,
    bytes: measurePath(path),
  }));
}

function splitAroundKept(path: string, kept: string[]): string[] {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isSymbolicLink()) return [path];
  const real = realPathOrSelf(path);
  if (kept.includes(real)) {
    logger.verbose(`Leaving ${path} to the task cache and workspace data.`);
    return [];
  }
  const holdsKept = kept.some((folder) => isInside(folder, real));
  return holdsKept ? listContentsToClear(path, kept) : [path];
}

/**
 * Whether jest's cacheDirectory is one to clear. One that is or holds the
 * workspace root or a project folder is refused with an error before
 * anything is deleted; one elsewhere outside the workspace (jest's
 * default is under the system temp folder) is left alone.
 */
function isJestCacheInWorkspace(
  jestCache: JestCacheDirectory,
  options: NormalizedResetOptions,
): boolean {
  const real = realPathOrSelf(jestCache.path);
  const root = realPathOrSelf(options.root);
  if (!isInside(real, root) && !isInside(root, real)) {
    logger.warn(
      `Leaving jest's cacheDirectory ${jestCache.path} alone: it is not inside the workspace ${options.root}.`,
    );
    return false;
  }
  checkDeletionTarget(
    jestCache.path,
    {
      source: `cacheDirectory "${jestCache.value}" in ${jestCache.configFile}`,
      fix: `Point cacheDirectory in ${jestCache.configFile} at a folder that holds only jest's cache, such as "<rootDir>/.jest-cache", or run cache-reset without toolCaches`,
    },
    { workspaceRoot: options.root, projectFolders: options.projectFolders },
  );
  return true;
}

function findTsBuildInfo(folder: string, deep: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isFile() && entry.name.endsWith('.tsbuildinfo')) return [path];
    if (deep && entry.isDirectory() && !SKIPPED.has(entry.name)) {
      return findTsBuildInfo(path, true);
    }
    return [];
  });
}
