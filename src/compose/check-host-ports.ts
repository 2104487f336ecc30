import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';
import type { PublishedPort } from './collect-published-ports';
import type { ContainerState } from './compose-types';

export type PortProbe = (port: number, hostIp: string) => Promise<boolean>;

/** A compose file as the user names it, and its text before interpolation. */
export interface ShownComposeFile {
  shown: string;
  text: string;
}

/**
 * Fails, naming each service and port, when a host port is held by
 * anything other than this compose project's own containers.
 */
export async function checkHostPorts(
  run: ProcessRunner,
  ports: PublishedPort[],
  ownContainers: ContainerState[],
  isFree: PortProbe,
  composeFiles: ShownComposeFile[],
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

  throw new DevopsError(
    `Cannot start: host ${messages.join('; ')}. Nothing was started.`,
    suggestOtherPort(taken[0], composeFiles),
  );
}

/**
 * `${NAME}`, `${NAME:-5432}` or `$NAME`, then `:` and the container port
 * that ends the mapping (not an address before the host port).
 */
const PORT_VARIABLE =
  /\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?\}?:(\d+)(?![\d:])/g;

// Where the host port comes from a variable, as in Twenty's
// "${TWENTY_PG_PORT:-5432}:5432", setting it is the fix that needs no edit.
function suggestOtherPort(
  { hostPort, containerPort }: PublishedPort,
  composeFiles: ShownComposeFile[],
): string {
  const freePort = suggestHostPort(hostPort);
  const variables = new Set(
    composeFiles.flatMap(({ text }) =>
      [...text.matchAll(PORT_VARIABLE)]
        .filter((match) => match[2] === String(containerPort))
        .map((match) => match[1]),
    ),
  );
  if (variables.size === 1) {
    const [name] = variables;
    return `Stop what holds the port, or set ${name} to a free host port (for example ${name}=${freePort}, in the environment or in the compose project's .env file), then run the target again.`;
  }
  return `Stop what holds the port, or publish another host port in ${composeFiles[0].shown} (for example "${freePort}:${containerPort}"), then run the target again.`;
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
