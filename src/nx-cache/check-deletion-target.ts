import { homedir, tmpdir } from 'node:os';
import { parse, relative, resolve } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import type { CacheSetting } from './cache-location';
import { isInside } from './is-inside';
import { realPathOrSelf } from './real-path-or-self';

/** Folders of the operating system that no cache setting may name itself. */
const SYSTEM_FOLDERS = [
  ...['/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib32', '/lib64'],
  ...['/media', '/mnt', '/nix', '/opt', '/proc', '/root', '/run', '/sbin'],
  ...['/snap', '/srv', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/lib'],
  ...['/usr/local', '/usr/share', '/var', '/var/cache', '/var/lib'],
  ...['/var/log', '/var/tmp', '/var/folders', '/private', '/private/tmp'],
  ...['/private/var', '/Applications', '/Library', '/System', '/Users'],
  '/Volumes',
];

/** The folders no deletion may take with it. */
export interface GuardedFolders {
  workspaceRoot: string;
  /** Absolute folders of the workspace's projects. */
  projectFolders?: string[];
  /** @default the user's home folder */
  homeFolder?: string;
}

interface GuardedFolder {
  real: string;
  name: string;
}

/**
 * Refuses a folder whose contents cache-reset would delete when that
 * would take more than a cache with it: the file system root, a system
 * folder such as /tmp or /usr, or any folder that is or holds the
 * workspace root, the home folder or a project folder, as a
 * misconfigured `cacheDirectory: ".."` or `NX_CACHE_DIRECTORY=/tmp` would
 * make it. Compared after resolving symbolic links. The error names the
 * setting the path came from and how to fix it.
 */
export function checkDeletionTarget(
  path: string,
  setting: CacheSetting,
  guarded: GuardedFolders,
): void {
  const real = realPathOrSelf(resolve(path));
  const reason = findReason(real, guarded);
  if (!reason) return;
  throw new DevopsError(
    `Refusing to clear ${path} (from ${setting.source}): it ${reason}, and cache-reset deletes everything in the folders it clears.`,
    `${setting.fix}, then run cache-reset again.`,
  );
}

function findReason(real: string, guarded: GuardedFolders): string | undefined {
  if (real === parse(real).root) return 'is the file system root';
  const folders = listGuardedFolders(guarded);
  const same = folders.find((folder) => folder.real === real);
  if (same) return `is ${same.name}`;
  const held = folders.find((folder) => isInside(folder.real, real));
  if (held) return `contains ${held.name}`;
  const system = [...SYSTEM_FOLDERS, tmpdir()].map(realPathOrSelf);
  if (system.includes(real)) return `is the system folder ${real}`;
  return undefined;
}

function listGuardedFolders({
  workspaceRoot,
  projectFolders = [],
  homeFolder = homedir(),
}: GuardedFolders): GuardedFolder[] {
  return [
    {
      real: realPathOrSelf(workspaceRoot),
      name: `the workspace root ${workspaceRoot}`,
    },
    { real: realPathOrSelf(homeFolder), name: `the home folder ${homeFolder}` },
    ...projectFolders.map((folder) => ({
      real: realPathOrSelf(folder),
      name: `the project folder ${relative(workspaceRoot, folder) || '.'}`,
    })),
  ];
}
