import type { ProcessRunner } from '../process/run-process';
import type { ContainerState } from './compose-types';

interface InspectEntry {
  Id: string;
  Name: string;
  RestartCount?: number;
  State: { Status: string; ExitCode: number; Health?: { Status: string } };
  Config: { Labels?: Record<string, string> };
  NetworkSettings?: {
    Ports?: Record<string, { HostIp: string; HostPort: string }[] | null>;
  };
}

/**
 * Reads the state of containers with one `docker inspect`. A container
 * removed meanwhile is left out rather than failing the whole call.
 */
export async function inspectContainers(
  run: ProcessRunner,
  ids: string[],
): Promise<ContainerState[]> {
  if (ids.length === 0) return [];
  const result = await run('docker', ['inspect', ...ids]);
  const text = result.stdout.trim();
  if (!text.startsWith('[')) return [];
  return (JSON.parse(text) as InspectEntry[]).map(toContainerState);
}

function toContainerState(entry: InspectEntry): ContainerState {
  const hostPorts: Record<string, string[]> = {};
  for (const [port, bindings] of Object.entries(
    entry.NetworkSettings?.Ports ?? {},
  )) {
    if (bindings?.length) {
      hostPorts[port] = bindings.map(
        (b) => `${b.HostIp || '0.0.0.0'}:${b.HostPort}`,
      );
    }
  }
  return {
    id: entry.Id,
    name: entry.Name.replace(/^\//, ''),
    service: entry.Config.Labels?.['com.docker.compose.service'] ?? '',
    status: entry.State.Status,
    exitCode: entry.State.ExitCode,
    health: entry.State.Health?.Status,
    restartCount: entry.RestartCount ?? 0,
    hostPorts,
  };
}
