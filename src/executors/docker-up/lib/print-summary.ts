import { logger } from '../../../logging/logger';
import type { ContainerState } from '../../../compose/compose-types';
import { decideReadiness } from '../../../compose/decide-readiness';

export interface ServiceSummary {
  service: string;
  containers: ContainerState[];
  seconds: number;
}

/** One line per service: its state, its host ports and how long it took. */
export function printSummary(services: ServiceSummary[]): void {
  const width = Math.max(...services.map((s) => s.service.length));
  for (const { service, containers, seconds } of services) {
    const state = containers
      .map((c) => decideReadiness(c, c.restartCount).detail)
      .join(', ');
    const ports = containers.flatMap((c) =>
      Object.entries(c.hostPorts).flatMap(([inner, hosts]) =>
        hosts.map((host) => `${host}->${inner}`),
      ),
    );
    logger.info(
      `  ${service.padEnd(width)}  ${state.padEnd(9)}  ${(ports.join(' ') || 'no host ports').padEnd(24)}  ${seconds.toFixed(1)} s`,
    );
  }
}
