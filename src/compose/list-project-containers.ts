import type { ProcessRunner } from '../process/run-process';
import type { ContainerState } from './compose-types';
import { inspectContainers } from './inspect-containers';

/**
 * Every container of a compose project, found by the label both Compose
 * versions set, leaving out one-off `compose run` containers.
 */
export async function listProjectContainers(
  run: ProcessRunner,
  projectName: string,
): Promise<ContainerState[]> {
  const listed = await run('docker', [
    'ps',
    '--all',
    '--quiet',
    '--no-trunc',
    '--filter',
    `label=com.docker.compose.project=${projectName}`,
    '--filter',
    'label=com.docker.compose.oneoff=False',
  ]);
  const ids = listed.stdout
    .split('\n')
    .map((id) => id.trim())
    .filter(Boolean);
  return inspectContainers(run, ids);
}
