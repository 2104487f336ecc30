import { classifyTargetName } from './classify-target-name';
import { findCatchAllEntry } from './find-catch-all-entry';
import { proposeOutputs } from './propose-outputs';
import { resolveDefaultsKey } from './resolve-defaults-key';
import type {
  Finding,
  WorkspaceTarget,
  WorkspaceView,
} from './target-defaults-types';

/**
 * Build targets with no outputs and nothing in their executor's options or
 * tsconfig saying where they write. The generator leaves them uncached
 * rather than guess `{projectRoot}/dist`: a build writing to `lib/` would
 * then get hits that restore nothing.
 */
export function findUnknownBuildOutputs(view: WorkspaceView): Finding[] {
  const byName = new Map<string, WorkspaceTarget[]>();
  for (const target of view.targets)
    byName.set(target.name, [...(byName.get(target.name) ?? []), target]);

  return [...byName.entries()]
    .filter(([name, targets]) => classifyTargetName(name, targets) === 'build')
    .map(([name, targets]) => ({
      name,
      unknown: proposeOutputs('build', targets, view).unknown.filter(
        (target) => !isUncachedByKey(target, view),
      ),
    }))
    .filter(({ unknown }) => unknown.length > 0)
    .map(({ name, unknown }) => describe(name, unknown));
}

function isUncachedByKey(target: WorkspaceTarget, view: WorkspaceView) {
  const key = resolveDefaultsKey(target, view.targetDefaults);
  const entry = key ? findCatchAllEntry(view.targetDefaults[key]) : undefined;
  return entry?.config.cache === false;
}

function describe(name: string, targets: WorkspaceTarget[]): Finding {
  const list = targets.map((t) => `${t.project}:${t.name}`).join(', ');
  return {
    target: `targetDefaults["${name}"]`,
    problem: `no outputs are known for ${list}: nothing in the executor's options says where the build writes, so the generator neither guesses "{projectRoot}/dist" nor turns caching on (a cache hit would restore nothing if the build wrote elsewhere)`,
    fix: `set "outputs" to the folders the build writes, in nx.json targetDefaults["${name}"] or in each project (such as ["{projectRoot}/dist"]), then run nx g @twenty/devops:target-defaults again to cache it`,
    status: 'open',
  };
}
