import { classifyTargetName } from './classify-target-name';
import { isExecutorKey } from './is-executor-key';
import { readExecutorKind } from './read-executor-kind';
import { readDefaultEntries } from './read-default-entries';
import { resolveDefaultsKey } from './resolve-defaults-key';
import type { Finding, WorkspaceView } from './target-defaults-types';

/**
 * Target defaults keyed by an executor that no target resolves through.
 * The usual cause: the targets were inferred by a plugin, or written with
 * `command`, so they run nx:run-commands and the key never applies.
 */
export function findUnreachableExecutorKeys(view: WorkspaceView): Finding[] {
  const keysInUse = new Set(
    view.targets.map((target) =>
      resolveDefaultsKey(target, view.targetDefaults),
    ),
  );
  const keyed = Object.keys(view.targetDefaults).filter(isExecutorKey);
  const unusedKeys = keyed
    .filter((key) => !keysInUse.has(key))
    .map((key) => {
      const meant = findRunCommandsTargets(view, key);
      return {
        target: `targetDefaults["${key}"]`,
        problem: `applies to no target: no target resolves through the executor ${key}${explain(meant)}`,
        fix: `move its values to a key named after the targets it is meant for${meant.length ? `, targetDefaults["${meant[0]}"]` : ''}, or remove it`,
        status: 'open' as const,
      };
    });

  const unusedFilters = Object.entries(view.targetDefaults).flatMap(
    ([key, value]) =>
      readDefaultEntries(value)
        .filter(({ config }) => config.filter?.executor)
        .filter(
          ({ config }) =>
            !view.targets.some(
              (t) =>
                t.effective.executor === config.filter?.executor &&
                resolveDefaultsKey(t, view.targetDefaults) === key,
            ),
        )
        .map(({ config, index }) => {
          const executor = String(config.filter?.executor);
          return {
            target: `targetDefaults["${key}"][${index}]`,
            problem: `applies to no target: its filter.executor ${executor} matches no ${key} target${explain(findRunCommandsTargets(view, executor))}`,
            fix: 'move its values to the entry without a filter, or set filter.executor to the executor the targets run',
            status: 'open' as const,
          };
        }),
  );
  return [...unusedKeys, ...unusedFilters];
}

/** Names of nx:run-commands targets of the kind the executor runs. */
function findRunCommandsTargets(
  view: WorkspaceView,
  executor: string,
): string[] {
  const kind = readExecutorKind(executor);
  if (!kind) return [];
  const names = view.targets
    .filter((t) => t.effective.executor === 'nx:run-commands')
    .filter((t) => classifyTargetName(t.name, [t]) === kind)
    .map((t) => t.name);
  return [...new Set(names)].sort();
}

function explain(targetNames: string[]): string {
  return targetNames.length
    ? `; the ${targetNames.join(', ')} targets run nx:run-commands (as inferred targets and "command" targets do)`
    : '';
}
