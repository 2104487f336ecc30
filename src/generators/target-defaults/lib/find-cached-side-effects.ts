import { classifyTargetName } from './classify-target-name';
import { isExecutorKey } from './is-executor-key';
import { isUncachedKind } from './is-uncached-kind';
import { readDefaultEntries } from './read-default-entries';
import type {
  Finding,
  TargetKind,
  WorkspaceView,
} from './target-defaults-types';

/**
 * Side-effect targets marked `cache: true`, in target defaults or in the
 * project graph: a cache hit replays the log and skips the effect, so the
 * containers are not started or the database not migrated. Targets that
 * read git state are reported the same way: their hit would be stale.
 */
export function findCachedSideEffects(view: WorkspaceView): Finding[] {
  const fromDefaults = Object.entries(view.targetDefaults)
    .filter(([key]) => !isExecutorKey(key))
    .map(([key, value]) => ({
      key,
      value,
      kind: classifyTargetName(
        key,
        view.targets.filter((t) => t.name === key),
      ),
    }))
    .filter(
      ({ kind, value }) =>
        isUncachedKind(kind) &&
        readDefaultEntries(value).some((entry) => entry.config.cache === true),
    )
    .map(({ key, kind }) =>
      describe(`targetDefaults["${key}"]`, kind, 'cache: false there'),
    );

  const fromTargets = view.targets
    .filter((target) => target.effective.cache === true)
    .filter(
      (target) =>
        target.declared?.cache === true || target.effective.continuous,
    )
    .map((target) => ({
      target,
      kind: classifyTargetName(target.name, [target]),
    }))
    .filter(({ kind }) => isUncachedKind(kind))
    .map(({ target, kind }) =>
      describe(
        `${target.project}:${target.name}`,
        kind,
        `"cache": false on the target in the project's configuration`,
      ),
    );
  return [...fromDefaults, ...fromTargets];
}

function describe(where: string, kind: TargetKind, fix: string): Finding {
  return {
    target: where,
    problem:
      kind === 'impure'
        ? 'reads git state (changed files, another branch) with cache: true: a cache hit replays a result the files alone do not decide'
        : 'is a side-effect target with cache: true: a cache hit replays its log and skips the effect',
    fix: `set ${fix}`,
    status: 'open',
  };
}
