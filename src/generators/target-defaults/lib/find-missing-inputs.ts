import { classifyTargetName } from './classify-target-name';
import type { Finding, WorkspaceView } from './target-defaults-types';

const deterministic = ['build', 'test', 'lint', 'typecheck', 'unknown'];

/**
 * Cached targets without `inputs`: every file of the project busts them.
 * Cached side effects are a trap of their own.
 */
export function findMissingInputs(view: WorkspaceView): Finding[] {
  return view.targets
    .filter((target) => target.effective.cache === true)
    .filter((target) => target.effective.inputs === undefined)
    .filter((target) =>
      deterministic.includes(classifyTargetName(target.name, [target])),
    )
    .map((target) => ({
      target: `${target.project}:${target.name}`,
      problem:
        'is cached without inputs, so any file of the project and its dependencies (specs, READMEs) makes it run again',
      fix: `set inputs built on named inputs, such as ["production", "^production"], in targetDefaults["${target.name}"]`,
      status: 'open' as const,
    }));
}
