import { basename } from 'node:path';
import type { CacheLocation } from './cache-location';
import { findIndexDatabases } from './find-index-databases';
import {
  CACHE_ENTRY_NAME,
  COMMIT_MARKER_NAME,
  listCacheEntries,
} from './list-cache-entries';
import { measurePath } from './measure-path';
import { openCacheIndex } from './cache-index';
import type { NormalizedResetOptions } from './normalize-reset-options';
import type {
  LeftContents,
  PlannedIndexChange,
  PlannedRemoval,
} from './reset-plan';
import { selectPrunedEntries } from './select-pruned-entries';
import { splitCacheContents } from './split-cache-contents';

export interface TaskCachePlan {
  removals: PlannedRemoval[];
  indexChanges: PlannedIndexChange[];
  /** Files of others found in the folder by a full clear. */
  left?: LeftContents;
}

/**
 * What clearing or pruning one cache location takes. Only what Nx writes
 * in a cache folder goes (see splitCacheContents); a full clear names the
 * rest, which stays. The cache folder and its `terminalOutputs` folder
 * stay too: a parent `nx run` writes the terminal
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
    return planFullClear(location, databases, kept, options.dryRun);
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
  location: CacheLocation,
  databases: string[],
  kept: string[],
  measure: boolean,
): TaskCachePlan {
  const contents = splitCacheContents(location.cacheDirectory, kept);
  return {
    removals: contents.nx.map((path) => ({
      scope: 'task cache',
      path,
      bytes: measure ? measurePath(path) : 0,
      entry: findEntryHash(basename(path)),
    })),
    indexChanges: databases.map((database) => ({ database, hashes: 'all' })),
    left: contents.foreign.length
      ? {
          cacheDirectory: location.cacheDirectory,
          names: contents.foreign,
          source: location.cacheSetting.source,
        }
      : undefined,
  };
}

function findEntryHash(name: string): string | undefined {
  if (CACHE_ENTRY_NAME.test(name)) return name;
  return COMMIT_MARKER_NAME.exec(name)?.[1];
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
