import type { TargetConfiguration } from '@nx/devkit';
import { readDefaultConflict } from './read-default-conflict';
import type { WorkspaceTarget } from './target-defaults-types';

function declaredTarget(declared: TargetConfiguration): WorkspaceTarget {
  return {
    project: 'p',
    projectRoot: 'packages/p',
    name: 'lint',
    effective: { ...declared },
    declared,
    dependencies: [],
  };
}

const runCommands = (options: Record<string, unknown>) => ({
  executor: 'nx:run-commands',
  options,
});

// Each row was checked with `nx show project` on Nx 21.6, 22.7 and 24.0:
// a conflict is a default whose cache did not reach the target.
describe('readDefaultConflict', () => {
  it.each([
    [
      'another command',
      runCommands({ command: 'echo X' }),
      runCommands({ command: 'echo Y' }),
      { field: 'command', versions: 'Nx 21 to 24' },
    ],
    [
      'another command, written with the shorthand',
      runCommands({ command: 'echo X' }),
      { command: 'echo Y' },
      { field: 'command', versions: 'Nx 21 to 24' },
    ],
    [
      'another executor',
      { executor: '@nx/jest:jest' },
      runCommands({ command: 'echo Y' }),
      { field: 'executor', versions: 'Nx 21 to 24' },
    ],
    [
      'the same command as its tokens resolve, compared before Nx 24',
      runCommands({ command: 'echo {projectRoot}' }),
      runCommands({ command: 'echo {projectRoot}' }),
      { field: 'command', versions: 'Nx 21 and 22' },
    ],
  ])('should find a conflict with %s', (_, entry, declared, conflict) => {
    expect(readDefaultConflict(declaredTarget(declared), entry)).toEqual(
      conflict,
    );
  });

  it.each([
    [
      'the command shorthand, which sets no executor',
      { command: 'echo X' },
      runCommands({ command: 'echo Y' }),
    ],
    [
      'commands joined with " && " into the target command',
      runCommands({ commands: ['echo a', 'echo b'] }),
      runCommands({ command: 'echo a && echo b' }),
    ],
    [
      'no command in the default',
      { executor: 'nx:run-commands' },
      runCommands({ command: 'echo Y' }),
    ],
    [
      'the same command',
      runCommands({ command: 'echo X' }),
      runCommands({ command: 'echo X' }),
    ],
    [
      'a target that names no executor',
      runCommands({ command: 'echo X' }),
      { dependsOn: ['^build'] },
    ],
  ])('should find none with %s', (_, entry, declared) => {
    expect(readDefaultConflict(declaredTarget(declared), entry)).toBe(
      undefined,
    );
  });
});
