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
    const check = [project.cli.command, ...project.cli.baseArgs, 'config'];
    throw new DevopsError(
      `Compose rejected ${shownFiles.join(', ')}: ${cause}`,
      `Fix the compose file; \`${check.join(' ')}\` shows the same check.`,
    );
  }
  const config = parse(result.stdout) as {
    services?: Record<string, ResolvedService>;
  };
  return config.services ?? {};
}
