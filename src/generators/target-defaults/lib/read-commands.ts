import type { TargetConfiguration } from '@nx/devkit';

/**
 * The shell commands a target runs: `command`, and the `command` and
 * `commands` options of nx:run-commands (each a string or `{ command }`).
 * With `withConfigurations`, those of every configuration too.
 */
export function readCommands(
  config: TargetConfiguration,
  withConfigurations = false,
): string[] {
  const optionSets = [
    config.options,
    ...(withConfigurations ? Object.values(config.configurations ?? {}) : []),
  ].map((options) => (options ?? {}) as Record<string, unknown>);
  const commands = [
    config.command,
    ...optionSets.flatMap((options) => [options.command, options.commands]),
  ].flat();
  return commands
    .map((command) =>
      typeof command === 'object' && command !== null
        ? (command as { command?: unknown }).command
        : command,
    )
    .filter((command): command is string => typeof command === 'string');
}
