import { classifyTargetName } from './classify-target-name';
import type {
  Finding,
  TargetKind,
  WorkspaceView,
} from './target-defaults-types';

const deterministic = ['build', 'test', 'lint', 'typecheck', 'unknown'];

/**
 * Cached targets without `inputs`: every file of the project busts them.
 * Cached side effects are a trap of their own.
 */
export function findMissingInputs(view: WorkspaceView): Finding[] {
  return view.targets
    .filter((target) => target.effective.cache === true)
    .filter((target) => target.effective.inputs === undefined)
    .map((target) => ({
      target,
      kind: classifyTargetName(target.name, [target]),
    }))
    .filter(({ kind }) => deterministic.includes(kind))
    .map(({ target, kind }) => ({
      target: `${target.project}:${target.name}`,
      problem:
        'is cached without inputs, so any file of the project and its dependencies (specs, READMEs) makes it run again',
      fix: `set inputs built on named inputs, such as ${suggestInputs(kind)}, in targetDefaults["${target.name}"]`,
      status: 'open' as const,
    }));
}

/**
 * A build ships no specs, so `production` will do; anything else, tests
 * first, reads the project's specs and configuration too, and needs
 * `default`.
 */
function suggestInputs(kind: TargetKind): string {
  const own = kind === 'build' ? 'production' : 'default';
  return `["${own}", "^production"]`;
}
