import { logger } from '../logging/logger';
import type { CacheLocation, CacheSetting } from './cache-location';
import { checkDeletionTarget } from './check-deletion-target';
import { dropNestedRemovals } from './drop-nested-removals';
import { findDaemonPid } from './find-daemon-pid';
import type { NormalizedResetOptions } from './normalize-reset-options';
import { planTaskCache } from './plan-task-cache';
import { planToolCaches } from './plan-tool-caches';
import { planWorkspaceData } from './plan-workspace-data';
import { realPathOrSelf } from './real-path-or-self';
import type { PlannedRemoval, ResetPlan } from './reset-plan';

/**
 * Everything cache-reset will do, decided before anything is deleted. The
 * first location is the live one; the checkout's own `.nx` folders come
 * after it when Nx shares another (they are what Nx falls back to). Each
 * scope keeps out of the cache and data folders of the others, and a path
 * planned twice (or inside another planned path) is deleted and counted
 * once.
 */
export function planReset(
  options: NormalizedResetOptions,
  locations: CacheLocation[],
): ResetPlan {
  checkLocations(options, locations);
  const folders = locations.flatMap((location) => [
    location.cacheDirectory,
    location.dataDirectory,
  ]);
  const kept = folders.map((path) => realPathOrSelf(path));
  const local = locations[locations.length - 1];
  const plan: ResetPlan = {
    removals: [],
    indexChanges: [],
    daemonPid: options.daemon
      ? findDaemonPid(local.dataDirectory, options.root)
      : undefined,
    allowedRoots: [realPathOrSelf(options.root), ...kept],
    left: [],
  };

  const removals: PlannedRemoval[] = [];
  for (const location of locations) {
    logger.verbose(
      `Task cache ${location.cacheDirectory}, workspace data ${location.dataDirectory}${location.shared ? ' (shared)' : ''}.`,
    );
    if (options.taskCache) {
      const cache = planTaskCache(location, options, kept);
      removals.push(...cache.removals);
      plan.indexChanges.push(...cache.indexChanges);
      if (cache.left) plan.left.push(cache.left);
    }
    if (options.workspaceData) {
      removals.push(
        ...planWorkspaceData(location.dataDirectory, options.daemon, kept),
      );
    }
  }
  if (options.toolCaches) removals.push(...planToolCaches(options, kept));
  plan.removals = dropNestedRemovals(removals);
  return plan;
}

/** Only the folders whose contents this run deletes are checked. */
function checkLocations(
  options: NormalizedResetOptions,
  locations: CacheLocation[],
): void {
  const check = (path: string, setting: CacheSetting) =>
    checkDeletionTarget(path, setting, {
      workspaceRoot: options.root,
      projectFolders: options.projectFolders,
    });
  for (const location of locations) {
    if (options.taskCache)
      check(location.cacheDirectory, location.cacheSetting);
    if (options.workspaceData)
      check(location.dataDirectory, location.dataSetting);
  }
}
