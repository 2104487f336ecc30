import { logger } from '../../../logging/logger';
import {
  checkHostPorts,
  type PortProbe,
} from '../../../compose/check-host-ports';
import { collectPublishedPorts } from '../../../compose/collect-published-ports';
import type { ComposeStateStore } from '../../../compose/compose-state-store';
import { listProjectContainers } from '../../../compose/list-project-containers';
import type { OpenedComposeProject } from '../../../compose/open-compose-project';
import { resolveComposeConfig } from '../../../compose/resolve-compose-config';
import { runCompose } from '../../../compose/run-compose';
import { selectServices } from '../../../compose/select-services';
import { waitForServices } from '../../../compose/wait-for-services';
import type { ProcessRunner } from '../../../process/run-process';
import { buildUpArgs } from './build-up-args';
import { explainComposeFailure } from './explain-compose-failure';
import type { NormalizedDockerUpOptions } from './normalize-options';
import { printSummary } from './print-summary';
import { removeStartedContainers } from './remove-started-containers';
import { reportNotReady } from './report-not-ready';

export interface DockerUpDependencies {
  run: ProcessRunner;
  isPortFree: PortProbe;
}

/**
 * The full run: check the configuration and the host ports, start the
 * services, wait for them, and take back what was started if they fail.
 */
export async function bringServicesUp(
  deps: DockerUpDependencies,
  options: NormalizedDockerUpOptions,
  opened: OpenedComposeProject,
  store: ComposeStateStore,
): Promise<{ success: boolean }> {
  const { project, shownFiles } = opened;
  const { run } = deps;
  const config = await resolveComposeConfig(run, project, shownFiles);
  const services = selectServices(
    config,
    options.services,
    project.profiles,
    shownFiles,
  );
  const before = await listProjectContainers(run, project.name);
  const ports = collectPublishedPorts(config, services);
  await checkHostPorts(run, ports, before, deps.isPortFree, opened.sources);

  logger.info(
    `Starting ${services.join(', ')} (compose project ${project.name})...`,
  );
  const started = await startServices(run, options, opened);
  if (!started) {
    await removeStartedContainers(run, project, services, before);
    return { success: false };
  }
  if (options.skipWait) return { success: true };

  const outcomes = await waitForServices({
    run,
    projectName: project.name,
    services,
    timeoutSeconds: options.waitTimeoutSeconds,
    onReady: (o) =>
      logger.info(`${o.service} ${o.state} in ${o.seconds.toFixed(1)} s`),
  });
  if (outcomes.every((o) => o.ready)) {
    printSummary(outcomes);
    store.write(project.name, {
      configKey: options.configKey,
      containerIds: Object.fromEntries(
        outcomes.map((o) => [o.service, o.containers.map((c) => c.id)]),
      ),
      doneServices: outcomes
        .filter((o) => o.containers.every((c) => c.status === 'exited'))
        .map((o) => o.service),
    });
    logger.info(
      `Compose project ${project.name} is up: ${services.join(', ')}.`,
    );
    return { success: true };
  }

  await reportNotReady(run, outcomes, options.waitTimeoutSeconds);
  if (!options.skipCleanupOnFailure) {
    await removeStartedContainers(run, project, services, before);
  }
  return { success: false };
}

async function startServices(
  run: ProcessRunner,
  options: NormalizedDockerUpOptions,
  { project }: OpenedComposeProject,
): Promise<boolean> {
  const steps = [
    ...(options.pull === 'always' ? [['pull', ...options.services]] : []),
    buildUpArgs(project.cli, options),
  ];
  for (const step of steps) {
    const result = await runCompose(run, project, step);
    if (result.exitCode === 0) continue;
    logger.error(
      `\`compose ${step[0]}\` failed for compose project ${project.name} (exit code ${result.exitCode}); its output is above. ${explainComposeFailure(`${result.stdout}\n${result.stderr}`)}`,
    );
    return false;
  }
  return true;
}
