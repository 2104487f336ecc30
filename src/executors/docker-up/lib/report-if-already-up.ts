import { logger } from '../../../logging/logger';
import type {
  ComposeState,
  ComposeStateStore,
} from '../../../compose/compose-state-store';
import type { ContainerState } from '../../../compose/compose-types';
import { decideReadiness } from '../../../compose/decide-readiness';
import { inspectContainers } from '../../../compose/inspect-containers';
import type { ProcessRunner } from '../../../process/run-process';
import type { NormalizedDockerUpOptions } from './normalize-options';
import { printSummary } from './print-summary';

/**
 * The fast path: when the last docker-up of this exact configuration left
 * containers that are all still ready, one `docker inspect` proves it and
 * compose is not run at all. Anything unexpected falls back to the full run.
 */
export async function reportIfAlreadyUp(
  run: ProcessRunner,
  options: NormalizedDockerUpOptions,
  store: ComposeStateStore,
): Promise<boolean> {
  if (options.build || options.forceRecreate || options.pull === 'always') {
    return false;
  }
  const projectName = options.compose.projectName;
  const state = store.read(projectName);
  if (!state || state.configKey !== options.configKey) return false;

  const ids = Object.values(state.containerIds).flat();
  const containers = await inspectContainers(run, ids);
  const ready = containers.every((c) => isStillReady(c, state));
  if (containers.length !== ids.length || !ready) return false;

  logger.info(
    `Compose project ${projectName} is already up with this configuration.`,
  );
  printSummary(
    Object.keys(state.containerIds).map((service) => ({
      service,
      containers: containers.filter((c) => c.service === service),
      seconds: 0,
    })),
  );
  return true;
}

// A stopped service also exits 0 (`docker stop`, a reboot): only a service
// that was a finished one-shot when recorded may be found exited.
function isStillReady(container: ContainerState, state: ComposeState): boolean {
  const wasDone = state.doneServices?.includes(container.service) ?? false;
  if (wasDone !== (container.status === 'exited')) return false;
  return decideReadiness(container, container.restartCount).kind === 'ready';
}
