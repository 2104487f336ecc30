import type { WorkspaceTarget } from './target-defaults-types';

/**
 * The executor Nx looks target defaults up by: the one project.json names
 * (a `command` alone means nx:run-commands), or for an inferred target the
 * one its plugin set. A project.json target with neither has none, so only
 * its name can match.
 */
export function readLookupExecutor(
  target: WorkspaceTarget,
): string | undefined {
  const declared = target.declared;
  if (!declared) return target.effective.executor;
  if (declared.executor) return declared.executor;
  return declared.command ? 'nx:run-commands' : undefined;
}
