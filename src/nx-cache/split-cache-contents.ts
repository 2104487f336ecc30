import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_ENTRY_NAME, COMMIT_MARKER_NAME } from './list-cache-entries';
import { listContentsToClear } from './list-contents-to-clear';
import { realPathOrSelf } from './real-path-or-self';

/** A task cache folder's contents, split by who wrote them. */
export interface CacheContents {
  /** Paths Nx writes there, to delete. */
  nx: string[];
  /** Paths relative to the folder that Nx never writes there, to leave. */
  foreign: string[];
}

/**
 * What Nx 21 to 24 write at the top of a task cache folder, besides the
 * two folders of per-task files below: `<hash>/` (the outputs), the
 * `<hash>.commit` marker of the file cache before Nx 20 (still written
 * by Nx Cloud's older clients), `run.json` (the last run, for Nx Cloud)
 * and `cloud/` (the Nx Cloud client bundle, which `nx reset` deletes too).
 */
const TOP_LEVEL = (name: string) =>
  CACHE_ENTRY_NAME.test(name) ||
  COMMIT_MARKER_NAME.test(name) ||
  name === 'run.json' ||
  name === 'cloud';

/**
 * Folders Nx keeps in place while a task runs, so they stay and only their
 * files go: `terminalOutputs/<hash>`, and Nx 24's `batchOutputs/<key>.log`.
 */
const TASK_FOLDERS: Record<string, (name: string) => boolean> = {
  terminalOutputs: (name) => CACHE_ENTRY_NAME.test(name),
  batchOutputs: (name) => name.endsWith('.log'),
};

/**
 * Splits a task cache folder into what Nx wrote there and everything else,
 * so that a cache setting naming a folder of other files (`.git`, a source
 * folder, a shared drive) never costs them. `kept` are the real paths of
 * the other cache and data folders: they are neither deleted nor named.
 */
export function splitCacheContents(
  cacheDirectory: string,
  kept: string[],
): CacheContents {
  const contents: CacheContents = { nx: [], foreign: [] };
  const isTaskFolder = (name: string) =>
    Object.hasOwn(TASK_FOLDERS, name) && isFolder(join(cacheDirectory, name));

  contents.nx.push(...listContentsToClear(cacheDirectory, kept, TOP_LEVEL));
  addForeign(
    contents,
    cacheDirectory,
    '',
    kept,
    (name) => TOP_LEVEL(name) || isTaskFolder(name),
  );
  for (const [folder, belongs] of Object.entries(TASK_FOLDERS)) {
    const path = join(cacheDirectory, folder);
    if (!isFolder(path)) continue;
    contents.nx.push(...listContentsToClear(path, kept, belongs));
    addForeign(contents, path, `${folder}/`, kept, belongs);
  }
  return contents;
}

function addForeign(
  contents: CacheContents,
  folder: string,
  prefix: string,
  kept: string[],
  belongs: (name: string) => boolean,
): void {
  const real = realPathOrSelf(folder);
  for (const name of readNames(folder)) {
    if (belongs(name) || kept.includes(join(real, name))) continue;
    contents.foreign.push(`${prefix}${name}`);
  }
}

function isFolder(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}
