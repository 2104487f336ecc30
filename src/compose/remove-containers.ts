import type { ProcessRunner } from '../process/run-process';
import type { ComposeProject } from './compose-types';
import { runCompose } from './run-compose';

/**
 * Stops and removes the containers of the given services (all when none
 * are given) with their anonymous volumes. Those volumes, which images such
 * as postgres and redis declare, are never reattached once their container
 * is gone, so `down` alone would leave them behind for good. Named volumes
 * stay.
 */
export async function removeContainers(
  run: ProcessRunner,
  project: ComposeProject,
  services: string[],
  stopTimeoutSeconds = 10,
): Promise<boolean> {
  const timeout = ['--timeout', String(stopTimeoutSeconds)];
  const stop = await runCompose(run, project, [
    'stop',
    ...timeout,
    ...services,
  ]);
  if (stop.exitCode !== 0) return false;
  const rm = await runCompose(run, project, [
    'rm',
    '--force',
    '-v',
    ...services,
  ]);
  return rm.exitCode === 0;
}
