import { homedir } from 'node:os';
import { parse, resolve } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import { realPathOrSelf } from './real-path-or-self';

/**
 * Refuses a folder whose contents cache-reset would delete when it is the
 * file system root, the home folder itself or the workspace root itself,
 * as a misconfigured `cacheDirectory: "~"` or `NX_CACHE_DIRECTORY=/` would
 * make it. Compared after resolving symbolic links.
 */
export function checkDeletionTarget(
  path: string,
  workspaceRoot: string,
  origin: string,
): void {
  const real = realPathOrSelf(resolve(path));
  const forbidden: [string, string][] = [
    [parse(real).root, 'the file system root'],
    [realPathOrSelf(homedir()), 'the home folder'],
    [realPathOrSelf(workspaceRoot), 'the workspace root'],
  ];
  const match = forbidden.find(([candidate]) => candidate === real);
  if (!match) return;
  throw new DevopsError(
    `Refusing to clear ${path} (from ${origin}): it is ${match[1]} itself.`,
    `Point ${origin} at a folder of its own, such as .nx/cache, then run cache-reset again.`,
  );
}
