import { join } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import type { CacheResetExecutorOptions } from '../executors/cache-reset/schema';
import { parseSize } from './parse-size';

export interface NormalizedResetOptions {
  root: string;
  taskCache: boolean;
  workspaceData: boolean;
  daemon: boolean;
  toolCaches: boolean;
  /** Project name to root, limited to the `projects` option when it is set. */
  projectRoots: Map<string, string>;
  /** The absolute folder of every project, for the path safety checks. */
  projectFolders: string[];
  /** Whether the workspace root's own tool caches are in scope. */
  includeWorkspaceRoot: boolean;
  olderThanDays?: number;
  maxSizeBytes?: number;
  dryRun: boolean;
}

/**
 * Settles every default in one place. Pruning (olderThanDays or maxSize)
 * is about the task cache, so it leaves the workspace data and the daemon
 * alone unless they are asked for explicitly.
 */
export function normalizeResetOptions(
  options: CacheResetExecutorOptions,
  root: string,
  allProjectRoots: Map<string, string>,
): NormalizedResetOptions {
  const pruning =
    options.olderThanDays !== undefined || options.maxSize !== undefined;
  return {
    root,
    taskCache: !options.skipTaskCache,
    workspaceData: !(options.skipWorkspaceData ?? pruning),
    daemon: !(options.skipDaemon ?? pruning),
    toolCaches: options.toolCaches ?? false,
    projectRoots: selectProjects(options.projects, allProjectRoots),
    projectFolders: [...new Set(allProjectRoots.values())].map((projectRoot) =>
      join(root, projectRoot),
    ),
    includeWorkspaceRoot: !options.projects?.length,
    olderThanDays: checkDays(options.olderThanDays),
    maxSizeBytes:
      options.maxSize === undefined ? undefined : parseSize(options.maxSize),
    dryRun: options.dryRun ?? false,
  };
}

function selectProjects(
  names: string[] | undefined,
  all: Map<string, string>,
): Map<string, string> {
  if (!names?.length) return all;
  const unknown = names.filter((name) => !all.has(name));
  if (unknown.length) {
    const known = [...all.keys()].sort().join(', ') || 'none';
    throw new DevopsError(
      `The projects option names ${unknown.map((name) => `"${name}"`).join(', ')}, which the workspace does not have (known projects: ${known}).`,
      'Fix the project names in the projects option, or leave it out to clear the tool caches of every project.',
    );
  }
  return new Map(names.map((name) => [name, all.get(name) as string]));
}

function checkDays(days: number | undefined): number | undefined {
  if (days === undefined || (Number.isFinite(days) && days >= 0)) return days;
  throw new DevopsError(
    `The olderThanDays option "${days}" is not a number of days.`,
    'Give 0 or more, such as --olderThanDays=14.',
  );
}
