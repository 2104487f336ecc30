import type { ComposeProject } from './compose-types';

/**
 * The argv of one compose command for a project. Every command names the
 * project, its folder and its files, so that v1 and v2 agree on them.
 */
export function buildComposeArgs(
  project: ComposeProject,
  subcommand: string[],
): string[] {
  return [
    ...project.cli.baseArgs,
    '--project-name',
    project.name,
    '--project-directory',
    project.projectDirectory,
    ...project.files.flatMap((file) => ['--file', file]),
    ...project.envFiles.flatMap((file) => ['--env-file', file]),
    ...project.profiles.flatMap((profile) => ['--profile', profile]),
    ...subcommand,
  ];
}
