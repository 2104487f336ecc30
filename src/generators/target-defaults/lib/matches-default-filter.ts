import { convertGlobToRegExp } from '../../../plugin/convert-glob-to-regexp';
import type { DefaultFilter } from './read-default-entries';
import { readLookupExecutor } from './read-lookup-executor';
import type { WorkspaceTarget } from './target-defaults-types';

/** Whether an entry's `filter` (Nx 23.1 array form) selects the target. */
export function matchesDefaultFilter(
  filter: DefaultFilter | undefined,
  target: WorkspaceTarget,
): boolean {
  if (!filter) return true;
  if (filter.executor && filter.executor !== target.effective.executor)
    return false;
  if (filter.projects && !matchesProjects(filter.projects, target.project))
    return false;
  // Which plugin wrote a target is not in the project graph; a plugin
  // filter is taken to match inferred targets only.
  if (filter.plugin)
    return !target.declared && readLookupExecutor(target) !== undefined;
  return true;
}

function matchesProjects(patterns: string[], project: string): boolean {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negative = patterns.filter((pattern) => pattern.startsWith('!'));
  const test = (pattern: string) => convertGlobToRegExp(pattern).test(project);
  return (
    positive.some(test) && !negative.some((pattern) => test(pattern.slice(1)))
  );
}
