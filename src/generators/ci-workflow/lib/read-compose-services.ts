import { logger, type Tree } from '@nx/devkit';
import { parseComposeText } from '../../../compose/read-compose-file';
import type { ComposeService } from './ci-plan';
import { resolveComposeValue } from './resolve-compose-value';

/**
 * The services of one compose file, in the shape a CI service container
 * takes. Variables resolve to their `${VAR:-default}` default, as they
 * would on a runner where none is set.
 */
export function readComposeServices(
  tree: Tree,
  file: string,
): ComposeService[] {
  const text = tree.read(file, 'utf8');
  if (text === null) {
    logger.warn(
      `The compose file ${file} is not in the workspace; the integration job lists no services for it.`,
    );
    return [];
  }
  const services = (parseComposeText(text, file).services ?? {}) as Record<
    string,
    any
  >;
  return Object.entries(services).map(([name, service]) => ({
    name,
    image: resolveComposeValue(String(service.image ?? '')),
    ports: (service.ports ?? []).map(readPort).filter(Boolean),
    environment: readEnvironment(service.environment),
    healthOptions: readHealthOptions(service.healthcheck),
    bindMounts: (service.volumes ?? [])
      .map((volume: unknown) => (typeof volume === 'string' ? volume : ''))
      .filter((volume: string) => /^[.~/]/.test(volume)),
    command: service.command,
  }));
}

function readPort(port: unknown): string {
  if (typeof port === 'object' && port) {
    const { published, target } = port as Record<string, unknown>;
    return published ? `${published}:${target}` : `${target}:${target}`;
  }
  const parts = resolveComposeValue(String(port)).split(':');
  const container = parts.pop() as string;
  const host = parts.pop() ?? container;
  return `${host}:${container}`;
}

function readEnvironment(environment: unknown): Record<string, string> {
  const entries = Array.isArray(environment)
    ? environment.map((item) => String(item).split(/=(.*)/s).slice(0, 2))
    : Object.entries((environment ?? {}) as Record<string, unknown>);
  return Object.fromEntries(
    entries.map(([key, value]) => [
      key,
      resolveComposeValue(String(value ?? '')),
    ]),
  );
}

const healthFlags: Record<string, string> = {
  interval: '--health-interval',
  timeout: '--health-timeout',
  start_period: '--health-start-period',
  retries: '--health-retries',
};

function readHealthOptions(healthcheck: any): string[] {
  if (!healthcheck || healthcheck.disable) return [];
  const command = readHealthCommand(healthcheck.test);
  if (!command) return [];
  const flags = [`--health-cmd ${JSON.stringify(command)}`];
  for (const [key, flag] of Object.entries(healthFlags)) {
    if (healthcheck[key] !== undefined)
      flags.push(`${flag} ${healthcheck[key]}`);
  }
  return flags;
}

// Compose takes a string (run by a shell), ["CMD-SHELL", string] or
// ["CMD", ...argv]; docker run's --health-cmd takes one shell string.
function readHealthCommand(test: unknown): string | undefined {
  if (typeof test === 'string') return test;
  if (!Array.isArray(test) || test[0] === 'NONE') return undefined;
  const [kind, ...rest] = test.map(String);
  if (kind === 'CMD-SHELL') return rest.join(' ');
  return rest
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg}'`))
    .join(' ');
}
