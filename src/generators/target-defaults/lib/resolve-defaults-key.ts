import { convertGlobToRegExp } from '../../../plugin/convert-glob-to-regexp';
import { readDefaultEntries, type DefaultFilter } from './read-default-entries';
import { readLookupExecutor } from './read-lookup-executor';
import type { WorkspaceTarget } from './target-defaults-types';

/**
 * The `targetDefaults` key whose values reach a target. Nx takes one key,
 * never a merge of several: the executor key when there is one for the
 * target's executor, else the exact name, else the longest matching glob
 * (nx/src/project-graph/utils/project-configuration-utils.js in Nx 21 and
 * 22; the same order in Nx 24's target-defaults.js, where a key whose array
 * entries all fail their filter is skipped).
 */
export function resolveDefaultsKey(
  target: WorkspaceTarget,
  targetDefaults: Record<string, unknown>,
): string | undefined {
  const executor = readLookupExecutor(target);
  const applies = (key: string) =>
    key in targetDefaults &&
    readDefaultEntries(targetDefaults[key]).some((entry) =>
      matchesFilter(entry.config.filter, target, executor),
    );

  if (executor && applies(executor)) return executor;
  if (applies(target.name)) return target.name;
  return Object.keys(targetDefaults)
    .filter((key) => /[*?{]/.test(key) && applies(key))
    .filter((key) => convertGlobToRegExp(key).test(target.name))
    .sort((a, b) => b.length - a.length)[0];
}

function matchesFilter(
  filter: DefaultFilter | undefined,
  target: WorkspaceTarget,
  executor: string | undefined,
): boolean {
  if (!filter) return true;
  if (filter.executor && filter.executor !== target.effective.executor)
    return false;
  if (filter.projects && !matchesProjects(filter.projects, target.project))
    return false;
  // Which plugin wrote a target is not in the project graph; a plugin
  // filter is taken to match inferred targets only.
  if (filter.plugin) return !target.declared && executor !== undefined;
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
