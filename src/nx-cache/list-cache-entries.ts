import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measurePath } from './measure-path';

/**
 * One task result in the cache folder: `<hash>/`, `terminalOutputs/<hash>`
 * and, from Nx Cloud's older clients, the marker `<hash>.commit`.
 */
export interface CacheEntry {
  hash: string;
  paths: string[];
  bytes: number;
  /** When the entry's files were last written, in milliseconds since the epoch. */
  writtenAt: number;
}

/** Nx names entries by their hash, a string of digits. */
export const CACHE_ENTRY_NAME = /^\d+$/;

/** The file that marked an entry complete in the file cache before Nx 20. */
export const COMMIT_MARKER_NAME = /^(\d+)\.commit$/;

/**
 * The task results in a cache folder, found on disk. A hash with only a
 * terminal output (Nx 24 keeps those for tasks that are not cached) is an
 * entry too. Without `measure`, sizes are left at 0 (a full walk costs
 * as much as deleting).
 */
export function listCacheEntries(
  cacheDirectory: string,
  measure = true,
): CacheEntry[] {
  const entries = new Map<string, CacheEntry>();
  const add = (hash: string, path: string) => {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    const entry = entries.get(hash) ?? {
      hash,
      paths: [],
      bytes: 0,
      writtenAt: 0,
    };
    entry.paths.push(path);
    if (measure) entry.bytes += measurePath(path);
    entry.writtenAt = Math.max(entry.writtenAt, stats.mtimeMs);
    entries.set(hash, entry);
  };

  for (const name of readNames(cacheDirectory)) {
    const hash = CACHE_ENTRY_NAME.test(name)
      ? name
      : COMMIT_MARKER_NAME.exec(name)?.[1];
    if (hash) add(hash, join(cacheDirectory, name));
  }
  const outputs = join(cacheDirectory, 'terminalOutputs');
  for (const name of readNames(outputs)) {
    if (CACHE_ENTRY_NAME.test(name)) add(name, join(outputs, name));
  }
  return [...entries.values()];
}

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
