import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';
import type { ShownComposeFile } from './check-host-ports';
import type { ComposeProject } from './compose-types';
import { checkDockerEngine } from './check-docker-engine';
import { detectComposeCli } from './detect-compose-cli';
import type { NormalizedCompose } from './normalize-compose-options';
import { showPaths } from './show-paths';
import { writeV1CompatibleFiles } from './write-v1-compatible-files';

export interface OpenedComposeProject {
  project: ComposeProject;
  /** The compose files as the user knows them, for messages. */
  shownFiles: string[];
  /** The same files with their text as written, before interpolation. */
  sources: ShownComposeFile[];
  /** Removes the temporary files made for Compose v1. */
  cleanup: () => void;
}

/**
 * Checks the prerequisites (a compose command, a reachable engine) and
 * settles how every compose command of this project will be called.
 */
export async function openComposeProject(
  run: ProcessRunner,
  compose: NormalizedCompose,
): Promise<OpenedComposeProject> {
  const cli = await detectComposeCli(run);
  await checkDockerEngine(run);
  const shownFiles = showPaths(
    compose.files.map((f) => f.path),
    compose.workspaceRoot,
  );

  if (cli.version === 1 && compose.envFiles.length > 1) {
    throw new DevopsError(
      `Compose v1 (docker-compose ${cli.versionText}) takes one env file, but option envFiles lists ${compose.envFiles.length}.`,
      'Merge them into one file, or install Compose v2 (`docker compose`).',
    );
  }
  const files =
    cli.version === 1
      ? writeV1CompatibleFiles(compose.files)
      : { paths: compose.files.map((f) => f.path), cleanup: () => undefined };

  const project: ComposeProject = {
    cli,
    name: compose.projectName,
    files: files.paths,
    projectDirectory: compose.projectDirectory,
    envFiles: compose.envFiles,
    profiles: compose.profiles,
  };
  const sources = compose.files.map(({ text }, index) => ({
    shown: shownFiles[index],
    text,
  }));
  return { project, shownFiles, sources, cleanup: files.cleanup };
}
