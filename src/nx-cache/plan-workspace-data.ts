import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measurePath } from './measure-path';
import type { PlannedRemoval } from './reset-plan';

/**
 * Files that stay in a workspace data folder: the cache index database
 * with its WAL and journal (a parent `nx run` has it open; its cache rows
 * are cleared through SQL instead), and lock files other nx processes may
 * hold. The daemon's folder `d` stays unless the daemon is stopped too.
 */
const KEPT = /\.(db|db-wal|db-shm|db-journal|lock)$/;

/**
 * The project graph cache, file map, source maps, plugin caches (ours is
 * `twenty-devops-inference.<hash>.json`) and whatever else Nx and plugins
 * keep in a workspace data folder, less the files above.
 */
export function planWorkspaceData(
  dataDirectory: string,
  daemonStopped: boolean,
): PlannedRemoval[] {
  let names: string[] = [];
  try {
    names = readdirSync(dataDirectory);
  } catch {
    return [];
  }
  return names
    .filter((name) => !KEPT.test(name) && (daemonStopped || name !== 'd'))
    .map((name) => join(dataDirectory, name))
    .map((path) => ({
      scope: 'workspace data' as const,
      path,
      bytes: measurePath(path),
    }));
}
