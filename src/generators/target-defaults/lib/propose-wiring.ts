import type { TargetDependencyConfig } from '@nx/devkit';
import type { WorkspaceTarget, WorkspaceView } from './target-defaults-types';

type Dependency = string | TargetDependencyConfig;

/**
 * A `dependsOn` entry that makes each of `targets` wait for `needed`: the
 * plain name when every one of their projects has that target, else the
 * one project that has it. Undefined when neither holds, because a
 * default cannot name the right project for each.
 */
export function proposeWiring(
  targets: WorkspaceTarget[],
  needed: string,
  view: WorkspaceView,
): Dependency[] | undefined {
  const owners = [
    ...new Set(
      view.targets
        .filter((target) => target.name === needed)
        .map((target) => target.project),
    ),
  ];
  if (owners.length === 0) return undefined;
  if (targets.every((target) => owners.includes(target.project)))
    return [needed];
  return owners.length === 1
    ? [{ projects: owners, target: needed }]
    : undefined;
}
