import type { CreateNodesResult } from '@nx/devkit';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { resolveWorkspaceDataDirectory } from '../nx-cache/resolve-workspace-data-directory';

interface CacheEntry {
  key: string;
  result: CreateNodesResult;
}

/** Results inferred earlier, by the config file that produced them. */
export interface InferenceCache {
  /** The result stored for `file`, when it was stored under `key`. */
  get(file: string, key: string): CreateNodesResult | undefined;
  set(file: string, key: string, result: CreateNodesResult): void;
  /** Writes the file, once, and only when something changed. */
  save(): void;
}

/**
 * Opens the plugin's own cache of inferred results: one JSON file in the
 * workspace data directory per set of options (`optionsHash`), read once
 * here. Entries hold only what createNodes returns, keyed by hashes of
 * file contents, so nothing volatile (dates, commits, env values) is kept.
 * The directory is found as Nx finds it (`NX_WORKSPACE_DATA_DIRECTORY`,
 * `NX_PROJECT_GRAPH_CACHE_DIRECTORY`, else `.nx/workspace-data`), so
 * `nx reset` and cache-reset clear the cache with it.
 */
export function openInferenceCache(
  workspaceRoot: string,
  optionsHash: string,
): InferenceCache {
  const directory = resolveWorkspaceDataDirectory(workspaceRoot);
  const path = join(directory, `twenty-devops-inference.${optionsHash}.json`);
  const entries = readEntries(path);
  const used = new Set<string>();
  let changed = false;

  return {
    get(file, key) {
      used.add(file);
      const entry = entries[file];
      return entry?.key === key ? entry.result : undefined;
    },
    set(file, key, result) {
      used.add(file);
      entries[file] = { key, result };
      changed = true;
    },
    save() {
      if (dropStaleEntries(workspaceRoot, entries, used)) changed = true;
      if (changed) writeEntries(directory, path, entries);
      changed = false;
    },
  };
}

function readEntries(path: string): Record<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null ? data : {};
  } catch {
    return {};
  }
}

// Entries another registration of the plugin (other `include` globs, same
// options) did not ask for stay while their file exists.
function dropStaleEntries(
  workspaceRoot: string,
  entries: Record<string, CacheEntry>,
  used: Set<string>,
): boolean {
  const stale = Object.keys(entries).filter(
    (file) => !used.has(file) && !existsSync(join(workspaceRoot, file)),
  );
  for (const file of stale) delete entries[file];
  return stale.length > 0;
}

// The cache only saves time, so a read-only or full disk is no error. The
// rename keeps a concurrent nx process from reading a half-written file.
function writeEntries(
  directory: string,
  path: string,
  entries: Record<string, CacheEntry>,
): void {
  try {
    mkdirSync(directory, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries));
    renameSync(temporary, path);
  } catch {
    // Nothing to do: the next run infers again.
  }
}
