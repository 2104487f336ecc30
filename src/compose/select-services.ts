import { DevopsError } from '../errors/devops-error';
import type { ResolvedService } from './compose-types';

/**
 * The services `up` will start: the requested ones (or every service of the
 * active profiles) and, transitively, the services they depend on.
 */
export function selectServices(
  services: Record<string, ResolvedService>,
  requested: string[],
  profiles: string[],
  shownFiles: string[],
): string[] {
  const known = Object.keys(services);
  const unknown = requested.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new DevopsError(
      `Unknown service ${unknown.map((name) => `"${name}"`).join(', ')} in option services: ${shownFiles.join(', ')} ${shownFiles.length > 1 ? 'define' : 'defines'} ${known.join(', ') || 'no services'}.`,
      'Use a service name (the key under `services:`, not a container name), or activate its profile with the profiles option.',
    );
  }

  const roots =
    requested.length > 0
      ? requested
      : known.filter((name) => isActive(services[name], profiles));
  const selected = new Set<string>();
  const visit = (name: string): void => {
    if (selected.has(name) || !services[name]) return;
    selected.add(name);
    dependenciesOf(services[name]).forEach(visit);
  };
  roots.forEach(visit);
  return [...selected];
}

function isActive(service: ResolvedService, profiles: string[]): boolean {
  const own = service.profiles ?? [];
  return own.length === 0 || own.some((profile) => profiles.includes(profile));
}

function dependenciesOf(service: ResolvedService): string[] {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn) ? dependsOn : Object.keys(dependsOn);
}
