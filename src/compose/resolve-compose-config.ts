import { parse } from 'yaml';
import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';
import { buildComposeArgs } from './build-compose-args';
import type { ComposeProject, ResolvedService } from './compose-types';

/**
 * Asks compose for the merged, interpolated configuration: the same check
 * `up` would make, done before anything starts.
 */
export async function resolveComposeConfig(
  run: ProcessRunner,
  project: ComposeProject,
  shownFiles: string[],
): Promise<Record<string, ResolvedService>> {
  const format = project.cli.version === 2 ? ['--format', 'json'] : [];
  const args = buildComposeArgs(project, ['config', ...format]);
  const result = await run(project.cli.command, args);

  if (result.exitCode !== 0) {
    const cause = result.stderr.trim().split('\n').slice(0, 4).join(' ');
    const check = [
      project.cli.command,
      ...project.cli.baseArgs,
      ...shownFiles.flatMap((file) => ['-f', file]),
      'config',
    ].join(' ');
    throw new DevopsError(
      `Compose rejected ${shownFiles.join(', ')}: ${cause}`,
      `${suggestFix(listUnsetVariables(result.stderr))} \`${check}\` shows the same check.`,
    );
  }
  const config = parse(result.stdout) as {
    services?: Record<string, ResolvedService>;
  };
  return config.services ?? {};
}

// How Compose v2 and v1 name a variable that is not set: a warning for
// `${NAME}`, an error for `${NAME:?message}`.
const UNSET_VARIABLE = [
  /The "?(\w+)"? variable is not set/g,
  /required variable (\w+) is missing a value/g,
  /Missing mandatory value for .*?\$\{(\w+):?\?/g,
];

function listUnsetVariables(stderr: string): string[] {
  const names = UNSET_VARIABLE.flatMap((pattern) =>
    [...stderr.matchAll(pattern)].map((match) => match[1]),
  );
  return [...new Set(names)];
}

function suggestFix(unset: string[]): string {
  if (unset.length === 0) return 'Fix the compose file;';
  const them = unset.length > 1 ? 'them' : 'it';
  return `Set ${unset.join(', ')} (in the environment, the compose project's .env file or the envFiles option), or give ${them} a default in the compose file, as \${${unset[0]}:-value};`;
}
