import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';
import type { PublishedPort } from './collect-published-ports';
import type { ContainerState } from './compose-types';

export type PortProbe = (port: number, hostIp: string) => Promise<boolean>;

/**
 * Fails, naming each service and port, when a host port is held by
 * anything other than this compose project's own containers.
 */
export async function checkHostPorts(
  run: ProcessRunner,
  ports: PublishedPort[],
  ownContainers: ContainerState[],
  isFree: PortProbe,
  composeFile: string,
): Promise<void> {
  const own = new Set(
    ownContainers
      .flatMap((c) => Object.values(c.hostPorts).flat())
      .map((binding) => binding.split(':').pop()),
  );
  const taken: PublishedPort[] = [];
  const messages: string[] = [];
  for (const port of ports) {
    if (port.protocol !== 'tcp' || own.has(String(port.hostPort))) continue;
    if (await isFree(port.hostPort, port.hostIp)) continue;
    const holder = await describeHolder(run, port.hostPort);
    taken.push(port);
    messages.push(
      `port ${port.hostPort} of service "${port.service}" is in use by ${holder}`,
    );
  }
  if (taken.length === 0) return;

  const { hostPort, containerPort } = taken[0];
  throw new DevopsError(
    `Cannot start: host ${messages.join('; ')}. Nothing was started.`,
    `Stop what holds the port, or publish another host port in ${composeFile} (for example "${suggestHostPort(hostPort)}:${containerPort}"), then run the target again.`,
  );
}

async function describeHolder(
  run: ProcessRunner,
  port: number,
): Promise<string> {
  const listed = await run('docker', [
    'ps',
    '--filter',
    `publish=${port}`,
    '--format',
    '{{.Names}}|{{.Label "com.docker.compose.project"}}',
  ]);
  const [name, project] = listed.stdout.trim().split('\n')[0]?.split('|') ?? [];
  if (!name) return 'another process';
  return project
    ? `container ${name} of compose project "${project}"`
    : `container ${name}`;
}

// A free-looking port in the valid range: 10000 above, or below when that
// would pass 65535.
function suggestHostPort(hostPort: number): number {
  return hostPort + 10000 <= 65535 ? hostPort + 10000 : hostPort - 10000;
}
