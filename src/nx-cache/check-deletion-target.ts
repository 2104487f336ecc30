import { homedir, tmpdir } from 'node:os';
import { basename, join, parse, relative, resolve, sep } from 'node:path';
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

/**
 * A hidden folder named for a cache (`.cache`, `.jest-cache`, `.nx`): the
 * only kind of folder below node_modules that may be cleared, and the way
 * into a project folder. `cache` and `nx-cache` also do in a project (a
 * package in node_modules may have those names).
 */
const HIDDEN_CACHE_NAME = /^\.[\w.-]*cache[\w.-]*$|^\.nx$/i;
const PROJECT_CACHE_NAME = /^(nx-)?cache$|^node_modules$/i;

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
 * make it. Nor may it be a Git folder or lie in one, be a node_modules
 * folder, or lie inside node_modules or a project folder unless the
 * folder just below them is named like a cache (`packages/api/migrations`
 * and `packages/api/src/cache` are refused, `packages/api/.cache/nx` and
 * `node_modules/.cache/nx` are not). Compared after resolving symbolic
 * links. The error names the setting the path came from and how to fix
 * it.
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
    `Refusing to clear ${path} (from ${setting.source}): it ${reason}, and cache-reset clears only folders that hold nothing but a cache.`,
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
  return (
    findToolFolderReason(real, guarded.workspaceRoot) ??
    findProjectReason(real, guarded)
  );
}

/**
 * Git's own folder, and the packages installed in node_modules. Within the
 * workspace only the path below its root counts, so that a workspace kept
 * inside some node_modules can still clear its `.nx/cache`.
 */
function findToolFolderReason(
  real: string,
  workspaceRoot: string,
): string | undefined {
  const rootReal = realPathOrSelf(workspaceRoot);
  const base = isInside(real, rootReal) ? rootReal : parse(real).root;
  const segments = relative(base, real).split(sep);
  const upTo = (index: number) => join(base, ...segments.slice(0, index + 1));

  const git = segments.indexOf('.git');
  if (git !== -1) {
    return git === segments.length - 1
      ? 'is the Git folder of a repository'
      : `is inside the Git folder ${upTo(git)}`;
  }
  if (basename(real) === 'node_modules')
    return 'is a node_modules folder of installed packages';
  const modules = segments.lastIndexOf('node_modules');
  if (modules === -1 || HIDDEN_CACHE_NAME.test(segments[modules + 1]))
    return undefined;
  return `is inside ${upTo(modules)} but not in a cache folder there (such as ${join(upTo(modules), '.cache')}), so it may be an installed package`;
}

/** A folder inside a project other than the root one, not in a cache folder. */
function findProjectReason(
  real: string,
  { workspaceRoot, projectFolders = [] }: GuardedFolders,
): string | undefined {
  const rootReal = realPathOrSelf(workspaceRoot);
  const project = projectFolders
    .map((folder) => ({ folder, real: realPathOrSelf(folder) }))
    .filter((item) => item.real !== rootReal && isInside(real, item.real))
    .sort((a, b) => b.real.length - a.real.length)[0];
  if (!project) return undefined;
  const [first] = relative(project.real, real).split(sep);
  if (HIDDEN_CACHE_NAME.test(first) || PROJECT_CACHE_NAME.test(first))
    return undefined;
  const shown = relative(workspaceRoot, project.folder);
  return `is inside the project folder ${shown} but not in a cache folder there (such as ${join(shown, '.cache')}), so it may hold the project's files`;
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
