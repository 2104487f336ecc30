import type { ProcessResult, ProcessRunner } from '../process/run-process';
import { buildComposeArgs } from './build-compose-args';
import type { ComposeProject } from './compose-types';

/** Runs one compose command of a project, streaming its output live. */
export function runCompose(
  run: ProcessRunner,
  project: ComposeProject,
  subcommand: string[],
): Promise<ProcessResult> {
  return run(project.cli.command, buildComposeArgs(project, subcommand), {
    stream: true,
  });
}
