import type { ContainerState } from './compose-types';

export type Readiness =
  | { kind: 'ready'; detail: string }
  | { kind: 'waiting'; detail: string }
  | { kind: 'failed'; detail: string };

/**
 * Whether one container is usable. A container with a healthcheck must be
 * healthy and one without must be running; a one-shot container that exited
 * 0 is done. Exiting, restarting or turning unhealthy fails at once, so a
 * crash never sits out the timeout.
 *
 * @param restartsBefore the container's restart count when waiting began
 */
export function decideReadiness(
  container: ContainerState,
  restartsBefore: number,
): Readiness {
  const { status, health, exitCode } = container;
  const restarts = container.restartCount - restartsBefore;

  if (status === 'restarting' || restarts > 0) {
    return {
      kind: 'failed',
      detail: `restarted ${Math.max(restarts, 1)} time(s) (last exit code ${exitCode})`,
    };
  }
  if (status === 'exited') {
    return exitCode === 0
      ? { kind: 'ready', detail: 'done (exited 0)' }
      : { kind: 'failed', detail: `exited with code ${exitCode}` };
  }
  if (status === 'dead' || status === 'removing' || status === 'paused') {
    return { kind: 'failed', detail: status };
  }
  if (status !== 'running') return { kind: 'waiting', detail: status };

  if (health === undefined) return { kind: 'ready', detail: 'running' };
  if (health === 'healthy') return { kind: 'ready', detail: 'healthy' };
  if (health === 'unhealthy') return { kind: 'failed', detail: 'unhealthy' };
  return { kind: 'waiting', detail: `running, health ${health}` };
}
