import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../logging/logger';
import { findJestCacheDirectories } from './find-jest-cache-directories';
import { isInside } from './is-inside';
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
 * its top, since every project lies below it.
 */
export function planToolCaches(
  options: NormalizedResetOptions,
): PlannedRemoval[] {
  const folders = new Map<string, boolean>();
  for (const root of options.projectRoots.values()) {
    const folder = join(options.root, root);
    folders.set(folder, folder !== options.root);
  }
  if (options.includeWorkspaceRoot) folders.set(options.root, false);

  const paths = new Set<string>();
  for (const [folder, deep] of folders) {
    for (const name of FOLDER_CACHES) addIfPresent(paths, join(folder, name));
    for (const jestCache of findJestCacheDirectories(folder)) {
      addJestCache(paths, jestCache, options.root);
    }
    for (const file of findTsBuildInfo(folder, deep)) paths.add(file);
  }
  return [...paths].map((path) => ({
    scope: 'tool caches' as const,
    path,
    bytes: measurePath(path),
  }));
}

function addIfPresent(paths: Set<string>, path: string): void {
  if (lstatSync(path, { throwIfNoEntry: false })) paths.add(path);
}

function addJestCache(paths: Set<string>, path: string, root: string): void {
  const real = realPathOrSelf(path);
  if (!isInside(real, realPathOrSelf(root)) || real === realPathOrSelf(root)) {
    logger.warn(
      `Leaving jest's cacheDirectory ${path} alone: it is not inside the workspace ${root}.`,
    );
    return;
  }
  addIfPresent(paths, path);
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
