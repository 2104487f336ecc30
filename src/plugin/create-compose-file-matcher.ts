import { posix } from 'node:path';
import { convertGlobToRegExp } from './convert-glob-to-regexp';

/**
 * compose.y(a)ml, docker-compose.y(a)ml and their `.<label>.` variants,
 * such as docker-compose.dev.yml and compose.override.yaml.
 */
const STANDARD_COMPOSE_FILE = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/;

/**
 * Returns a test for workspace-relative paths: is this a compose file, by
 * its standard name or one of `extraNames` (a name without a slash matches
 * in any folder, one with a slash matches the whole path).
 */
export function createComposeFileMatcher(
  extraNames: string[],
): (path: string) => boolean {
  const byName = extraNames
    .filter((name) => !name.includes('/'))
    .map(convertGlobToRegExp);
  const byPath = extraNames
    .filter((name) => name.includes('/'))
    .map(convertGlobToRegExp);

  return (path) => {
    const name = posix.basename(path);
    return (
      STANDARD_COMPOSE_FILE.test(name) ||
      byName.some((pattern) => pattern.test(name)) ||
      byPath.some((pattern) => pattern.test(path))
    );
  };
}
