import type { ResolvedService } from './compose-types';

/** A host port that a service publishes. */
export interface PublishedPort {
  service: string;
  hostIp: string;
  hostPort: number;
  containerPort: string;
  protocol: string;
}

/**
 * The fixed host ports of the given services, from compose's resolved
 * configuration: v2 writes ports as objects with `published` strings, v1
 * as objects with numbers, and both may keep the short `"8080:80"` form.
 * Ranges are expanded; ports left to the engine to choose are skipped.
 */
export function collectPublishedPorts(
  services: Record<string, ResolvedService>,
  names: string[],
): PublishedPort[] {
  return names.flatMap((service) =>
    (services[service]?.ports ?? []).flatMap((entry) =>
      readPortEntry(entry).map((port) => ({ service, ...port })),
    ),
  );
}

type HostPort = Omit<PublishedPort, 'service'>;

function readPortEntry(entry: unknown): HostPort[] {
  if (typeof entry === 'object' && entry !== null) {
    const port = entry as Record<string, unknown>;
    return expandRange(
      String(port.published ?? ''),
      String(port.target ?? ''),
      String(port.host_ip ?? ''),
      String(port.protocol ?? 'tcp'),
    );
  }
  return readShortSyntax(String(entry));
}

function readShortSyntax(text: string): HostPort[] {
  const [mapping, protocol = 'tcp'] = text.split('/');
  const parts = mapping.split(':');
  if (parts.length < 2) return [];
  const [published, target] = parts.slice(-2);
  const hostIp = parts
    .slice(0, -2)
    .join(':')
    .replace(/^\[|\]$/g, '');
  return expandRange(published, target, hostIp, protocol);
}

function expandRange(
  published: string,
  target: string,
  hostIp: string,
  protocol: string,
): HostPort[] {
  const [first, last = first] = published.split('-').map(Number);
  if (!Number.isInteger(first) || first <= 0) return [];
  const [targetFirst] = target.split('-').map(Number);
  const ports: HostPort[] = [];
  for (let hostPort = first; hostPort <= last; hostPort += 1) {
    const containerPort = String(targetFirst + hostPort - first || target);
    ports.push({ hostIp, hostPort, containerPort, protocol });
  }
  return ports;
}
