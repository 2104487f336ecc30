import { classifyTargetName } from './classify-target-name';
import { isExecutorKey } from './is-executor-key';
import { readDefaultEntries } from './read-default-entries';
import type { Finding, WorkspaceView } from './target-defaults-types';

const uncached = ['side-effect', 'db-migrate', 'integration-test'];

/**
 * Side-effect targets marked `cache: true`, in target defaults or in the
 * project graph: a cache hit replays the log and skips the effect, so the
 * containers are not started or the database not migrated.
 */
export function findCachedSideEffects(view: WorkspaceView): Finding[] {
  const fromDefaults = Object.entries(view.targetDefaults)
    .filter(([key]) => !isExecutorKey(key))
    .filter(([key, value]) => {
      const targets = view.targets.filter((t) => t.name === key);
      return (
        uncached.includes(classifyTargetName(key, targets)) &&
        readDefaultEntries(value).some((entry) => entry.config.cache === true)
      );
    })
    .map(([key]) => describe(`targetDefaults["${key}"]`, 'cache: false there'));

  const fromTargets = view.targets
    .filter((target) => target.effective.cache === true)
    .filter(
      (target) =>
        target.declared?.cache === true || target.effective.continuous,
    )
    .filter((target) =>
      uncached.includes(classifyTargetName(target.name, [target])),
    )
    .map((target) =>
      describe(
        `${target.project}:${target.name}`,
        `"cache": false on the target in the project's configuration`,
      ),
    );
  return [...fromDefaults, ...fromTargets];
}

function describe(where: string, fix: string): Finding {
  return {
    target: where,
    problem:
      'is a side-effect target with cache: true: a cache hit replays its log and skips the effect',
    fix: `set ${fix}`,
    status: 'open',
  };
}
