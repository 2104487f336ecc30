import { listContentsToClear } from './list-contents-to-clear';
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
 * keep in a workspace data folder, less the files above and less `kept`
 * (real paths of cache folders placed inside it).
 */
export function planWorkspaceData(
  dataDirectory: string,
  daemonStopped: boolean,
  kept: string[],
): PlannedRemoval[] {
  const include = (name: string) =>
    !KEPT.test(name) && (daemonStopped || name !== 'd');
  return listContentsToClear(dataDirectory, kept, include).map((path) => ({
    scope: 'workspace data' as const,
    path,
    bytes: measurePath(path),
  }));
}
