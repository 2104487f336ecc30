import type { TargetConfiguration } from '@nx/devkit';
import type { WorkspaceTarget } from './target-defaults-types';

/**
 * Why Nx drops a whole target default entry for one target: the entry and
 * the target both name an executor and they differ, or both run
 * nx:run-commands (nx:run-script) with a different command (script).
 */
export interface DefaultConflict {
  field: 'executor' | 'command' | 'script';
  /** Nx 21 and 22 compare the target's command with its tokens replaced. */
  versions: 'Nx 21 to 24' | 'Nx 21 and 22' | 'Nx 24';
}

/**
 * Whether Nx ignores a target default entry for this target, following
 * isCompatibleTarget (nx/src/project-graph/utils/project-configuration-
 * utils.js in Nx 21, .../project-configuration/target-merging.js in Nx 22
 * and 24). The entry is compared as written: its `command` shorthand sets
 * no executor, so it never conflicts. Nx 21 and 22 compare it with the
 * target after {projectRoot} and {projectName} are replaced; Nx 24, before.
 */
export function readDefaultConflict(
  target: WorkspaceTarget,
  entry: Partial<TargetConfiguration>,
): DefaultConflict | undefined {
  const own = readOwnIdentity(target);
  if (!entry.executor || !own.executor) return undefined;
  if (entry.executor !== own.executor)
    return { field: 'executor', versions: 'Nx 21 to 24' };

  const field =
    own.executor === 'nx:run-commands'
      ? 'command'
      : own.executor === 'nx:run-script'
        ? 'script'
        : undefined;
  if (!field) return undefined;
  const wanted = readIdentity(entry.options, field);
  const raw = readIdentity(own.options, field);
  if (!wanted || !raw) return undefined;

  const resolved = replaceTokens(raw, target);
  const older = resolved !== wanted;
  const newer = raw !== wanted;
  if (older && newer) return { field, versions: 'Nx 21 to 24' };
  if (older) return { field, versions: 'Nx 21 and 22' };
  return newer ? { field, versions: 'Nx 24' } : undefined;
}

/**
 * The executor and options the target brings before defaults: those
 * project.json states, else the graph's (which carry the default's own
 * values only where it applied, and then agree with it).
 */
function readOwnIdentity(target: WorkspaceTarget): TargetConfiguration {
  const declared = target.declared ?? {};
  const executor =
    declared.executor ??
    (declared.command ? 'nx:run-commands' : target.effective.executor);
  const options = { ...target.effective.options, ...declared.options };
  if (declared.command) options.command = declared.command;
  else if (hasIdentity(declared.options)) {
    if (declared.options.command === undefined) delete options.command;
    if (declared.options.commands === undefined) delete options.commands;
  }
  return { executor, options };
}

function hasIdentity(options: Record<string, unknown> | undefined) {
  return (
    options !== undefined &&
    ['command', 'commands', 'script'].some((key) => key in options)
  );
}

// Nx reads `command` first and joins `commands` with " && ".
function readIdentity(
  options: Record<string, unknown> | undefined,
  field: 'command' | 'script',
): string | undefined {
  if (field === 'script') return asText(options?.script);
  if (options?.command !== undefined && options.command !== null)
    return asText(options.command);
  return Array.isArray(options?.commands)
    ? options.commands.join(' && ')
    : undefined;
}

function asText(value: unknown): string | undefined {
  return value === undefined || value === null || value === ''
    ? undefined
    : String(value);
}

function replaceTokens(text: string, target: WorkspaceTarget): string {
  return text
    .replace(/^\{workspaceRoot\}\/?/, '')
    .replace(/\{projectRoot\}/g, target.projectRoot)
    .replace(/\{projectName\}/g, target.project);
}
