import { convertGlobToRegExp } from '../../../plugin/convert-glob-to-regexp';
import { matchesDefaultFilter } from './matches-default-filter';
import { readDefaultEntries } from './read-default-entries';
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
      matchesDefaultFilter(entry.config.filter, target),
    );

  if (executor && applies(executor)) return executor;
  if (applies(target.name)) return target.name;
  return Object.keys(targetDefaults)
    .filter((key) => /[*?{]/.test(key) && applies(key))
    .filter((key) => convertGlobToRegExp(key).test(target.name))
    .sort((a, b) => b.length - a.length)[0];
}
