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
    .map((key) => describe(key, view));

  const unusedFilters = Object.entries(view.targetDefaults).flatMap(
    ([key, value]) =>
      readDefaultEntries(value)
        .map((entry) => entry.config.filter?.executor)
        .filter((executor): executor is string => Boolean(executor))
        .filter(
          (executor) =>
            !view.targets.some(
              (t) =>
                t.effective.executor === executor &&
                resolveDefaultsKey(t, view.targetDefaults) === key,
            ),
        )
        .map((executor) =>
          describe(
            `${key}" entry with filter.executor "${executor}`,
            view,
            executor,
          ),
        ),
  );
  return [...unusedKeys, ...unusedFilters];
}

function describe(
  where: string,
  view: WorkspaceView,
  executor = where,
): Finding {
  const kind = readExecutorKind(executor);
  const meant = [
    ...new Set(
      view.targets
        .filter((t) => t.effective.executor === 'nx:run-commands')
        .filter((t) => kind && classifyTargetName(t.name, [t]) === kind)
        .map((t) => t.name),
    ),
  ].sort();
  const why = meant.length
    ? `; the ${meant.join(', ')} targets run nx:run-commands (as inferred targets and "command" targets do)`
    : '';
  return {
    target: `targetDefaults["${where}"]`,
    problem: `applies to no target: no target resolves through the executor ${executor}${why}`,
    fix: `move its values to a key named after the targets it is meant for${meant.length ? `, targetDefaults["${meant[0]}"]` : ''}, or remove it`,
    status: 'open',
  };
}
