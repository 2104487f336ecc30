import type { ProcessRunner } from '../process/run-process';
import type { ContainerState } from './compose-types';
import { decideReadiness } from './decide-readiness';
import { listProjectContainers } from './list-project-containers';

export interface ServiceOutcome {
  service: string;
  state: string;
  ready: boolean;
  failed: boolean;
  seconds: number;
  containers: ContainerState[];
}

export interface WaitForServicesOptions {
  run: ProcessRunner;
  projectName: string;
  services: string[];
  timeoutSeconds: number;
  pollMilliseconds?: number;
  onReady?: (outcome: ServiceOutcome) => void;
}

/**
 * Follows the project's containers until every service is ready, one fails
 * or the timeout passes. Works the same for Compose v1, which has no
 * `--wait`, and v2. Resolves with an outcome per service.
 */
export async function waitForServices(
  options: WaitForServicesOptions,
): Promise<ServiceOutcome[]> {
  const started = Date.now();
  const restartsBefore = new Map<string, number>();
  const done = new Map<string, ServiceOutcome>();

  for (;;) {
    const containers = await listProjectContainers(
      options.run,
      options.projectName,
    );
    const seconds = (Date.now() - started) / 1000;
    const outcomes = options.services.map(
      (service) =>
        done.get(service) ??
        judgeService(service, containers, restartsBefore, seconds),
    );

    for (const outcome of outcomes) {
      if (!outcome.ready || done.has(outcome.service)) continue;
      done.set(outcome.service, outcome);
      options.onReady?.(outcome);
    }
    const finished =
      outcomes.every((o) => o.ready) || outcomes.some((o) => o.failed);
    if (finished || seconds >= options.timeoutSeconds) return outcomes;
    await sleep(options.pollMilliseconds ?? 500);
  }
}

function judgeService(
  service: string,
  all: ContainerState[],
  restartsBefore: Map<string, number>,
  seconds: number,
): ServiceOutcome {
  const containers = all.filter((c) => c.service === service);
  if (containers.length === 0) {
    return {
      service,
      state: 'no container',
      ready: false,
      failed: false,
      seconds,
      containers,
    };
  }
  const verdicts = containers.map((c) => {
    if (!restartsBefore.has(c.id)) restartsBefore.set(c.id, c.restartCount);
    return decideReadiness(c, restartsBefore.get(c.id) ?? 0);
  });
  const worst =
    verdicts.find((v) => v.kind === 'failed') ??
    verdicts.find((v) => v.kind === 'waiting') ??
    verdicts[0];
  return {
    service,
    state: worst.detail,
    ready: worst.kind === 'ready',
    failed: worst.kind === 'failed',
    seconds,
    containers,
  };
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
