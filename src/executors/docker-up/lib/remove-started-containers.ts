import type {
  ComposeProject,
  ContainerState,
} from '../../../compose/compose-types';
import { decideReadiness } from '../../../compose/decide-readiness';
import { removeContainers } from '../../../compose/remove-containers';
import { runCompose } from '../../../compose/run-compose';
import { logger } from '../../../logging/logger';
import type { ProcessRunner } from '../../../process/run-process';

/**
 * Takes back what a failed docker-up started, so no half-started stack is
 * left: the whole project when it had no containers before, otherwise the
 * selected services that were not ready before. Named volumes are kept.
 */
export async function removeStartedContainers(
  run: ProcessRunner,
  project: ComposeProject,
  services: string[],
  before: ContainerState[],
): Promise<void> {
  if (before.length === 0) {
    logger.info(
      `Taking compose project ${project.name} down again (named volumes kept)...`,
    );
    await removeContainers(run, project, []);
    await runCompose(run, project, ['down']);
    return;
  }
  const readyBefore = new Set(
    before
      .filter((c) => decideReadiness(c, c.restartCount).kind === 'ready')
      .map((c) => c.service),
  );
  const started = services.filter((service) => !readyBefore.has(service));
  if (started.length === 0) return;
  logger.info(
    `Removing the containers of ${started.join(', ')} again (named volumes kept)...`,
  );
  await removeContainers(run, project, started);
}
