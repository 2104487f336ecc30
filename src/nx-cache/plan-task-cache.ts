import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CacheLocation } from './cache-location';
import { findIndexDatabases } from './find-index-databases';
import { CACHE_ENTRY_NAME, listCacheEntries } from './list-cache-entries';
import { listContentsToClear } from './list-contents-to-clear';
import { measurePath } from './measure-path';
import { openCacheIndex } from './cache-index';
import type { NormalizedResetOptions } from './normalize-reset-options';
import type { PlannedIndexChange, PlannedRemoval } from './reset-plan';
import { selectPrunedEntries } from './select-pruned-entries';

export interface TaskCachePlan {
  removals: PlannedRemoval[];
  indexChanges: PlannedIndexChange[];
}

/**
 * What clearing or pruning one cache location takes. The cache folder and
 * its `terminalOutputs` folder stay: a parent `nx run` writes the terminal
 * output of the running task there when it ends, and a missing folder
 * makes it fail with ENOENT (what `nx reset` inside a task does to Nx 24).
 * Every index row goes with a full clear; pruning drops only the rows of
 * the entries it removes, so Nx never serves a hash whose files are gone.
 * `kept` are the real paths of the other cache and data folders: one
 * placed inside this cache folder is not cleared with it.
 */
export function planTaskCache(
  location: CacheLocation,
  options: NormalizedResetOptions,
  kept: string[],
  now = Date.now(),
): TaskCachePlan {
  const databases = findIndexDatabases(location.dataDirectory);
  const pruning =
    options.olderThanDays !== undefined || options.maxSizeBytes !== undefined;
  if (!pruning) {
    return planFullClear(
      location.cacheDirectory,
      databases,
      kept,
      options.dryRun,
    );
  }

  const lastUsed = readLastUsed(databases);
  const entries = listCacheEntries(location.cacheDirectory);
  const pruned = selectPrunedEntries(entries, lastUsed, {
    olderThanDays: options.olderThanDays,
    maxSizeBytes: options.maxSizeBytes,
    now,
  });
  // Rows whose files are already gone would be served as hits that restore
  // nothing (Nx 21 to 23 do not check the folder), so they go too.
  const onDisk = new Set(entries.map((entry) => entry.hash));
  const stale = [...lastUsed.keys()].filter((hash) => !onDisk.has(hash));
  const hashes = [...pruned.map((entry) => entry.hash), ...stale];
  return {
    removals: pruned.flatMap((entry) =>
      entry.paths.map((path) => ({
        scope: 'task cache' as const,
        path,
        bytes: measurePath(path),
        entry: entry.hash,
      })),
    ),
    indexChanges: hashes.length
      ? databases.map((database) => ({ database, hashes }))
      : [],
  };
}

/**
 * Sizes are measured for a dry run only: a real run counts the bytes as
 * it deletes them, and measuring first would walk the cache twice.
 */
function planFullClear(
  cacheDirectory: string,
  databases: string[],
  kept: string[],
  measure: boolean,
): TaskCachePlan {
  const outputs = join(cacheDirectory, 'terminalOutputs');
  const keepOutputs = isFolder(outputs);
  const paths = [
    ...listContentsToClear(
      cacheDirectory,
      kept,
      (name) => name !== 'terminalOutputs' || !keepOutputs,
    ),
    ...(keepOutputs ? listContentsToClear(outputs, kept) : []),
  ];
  return {
    removals: paths.map((path) => ({
      scope: 'task cache',
      path,
      bytes: measure ? measurePath(path) : 0,
      entry: CACHE_ENTRY_NAME.test(basename(path)) ? basename(path) : undefined,
    })),
    indexChanges: databases.map((database) => ({ database, hashes: 'all' })),
  };
}

function readLastUsed(databases: string[]): Map<string, number> {
  const lastUsed = new Map<string, number>();
  for (const database of databases) {
    const index = openCacheIndex(database);
    if (!index) continue;
    try {
      for (const { hash, accessedAt } of index.entries()) {
        lastUsed.set(hash, Math.max(lastUsed.get(hash) ?? 0, accessedAt));
      }
    } finally {
      index.close();
    }
  }
  return lastUsed;
}

function isFolder(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
