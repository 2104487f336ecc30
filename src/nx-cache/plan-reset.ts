import { logger } from '../logging/logger';
import type { CacheLocation } from './cache-location';
import { checkDeletionTarget } from './check-deletion-target';
import { findDaemonPid } from './find-daemon-pid';
import type { NormalizedResetOptions } from './normalize-reset-options';
import { planTaskCache } from './plan-task-cache';
import { planToolCaches } from './plan-tool-caches';
import { planWorkspaceData } from './plan-workspace-data';
import { realPathOrSelf } from './real-path-or-self';
import type { ResetPlan } from './reset-plan';

/**
 * Everything cache-reset will do, decided before anything is deleted. The
 * first location is the live one; the checkout's own `.nx` folders come
 * after it when Nx shares another (they are what Nx falls back to).
 */
export function planReset(
  options: NormalizedResetOptions,
  locations: CacheLocation[],
): ResetPlan {
  for (const location of locations) {
    checkDeletionTarget(
      location.cacheDirectory,
      options.root,
      describeCache(location),
    );
    checkDeletionTarget(
      location.dataDirectory,
      options.root,
      'the workspace data directory',
    );
  }
  const local = locations[locations.length - 1];
  const daemonPid = options.daemon
    ? findDaemonPid(local.dataDirectory)
    : undefined;
  const plan: ResetPlan = {
    removals: [],
    indexChanges: [],
    entryCount: 0,
    daemonPid,
    allowedRoots: [
      options.root,
      ...locations.flatMap((location) => [
        location.cacheDirectory,
        location.dataDirectory,
      ]),
    ].map((path) => realPathOrSelf(path)),
  };

  for (const location of locations) {
    logger.verbose(
      `Task cache ${location.cacheDirectory}, workspace data ${location.dataDirectory}${location.shared ? ' (shared)' : ''}.`,
    );
    if (options.taskCache) {
      const cache = planTaskCache(location, options);
      plan.removals.push(...cache.removals);
      plan.indexChanges.push(...cache.indexChanges);
      plan.entryCount += cache.entryCount;
    }
    if (options.workspaceData) {
      plan.removals.push(
        ...planWorkspaceData(location.dataDirectory, options.daemon),
      );
    }
  }
  if (options.toolCaches) plan.removals.push(...planToolCaches(options));
  return plan;
}

function describeCache(location: CacheLocation): string {
  return location.shared
    ? 'the shared task cache directory'
    : 'NX_CACHE_DIRECTORY or cacheDirectory in nx.json';
}
