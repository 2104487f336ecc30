import { readJson, type Tree } from '@nx/devkit';
import { DevopsError } from '../../../errors/devops-error';
import type { PackageManager, PackageManagerName } from './ci-plan';

const lockfiles: [string, PackageManagerName][] = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['yarn.lock', 'yarn'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

/**
 * The package manager, from the `packageManager` field and the lockfile at
 * the workspace root. The field wins when both are there; Yarn 2+ (berry)
 * is told from Yarn 1 by the field's version, a .yarnrc.yml or the
 * `__metadata:` header that only berry lockfiles have.
 */
export function detectPackageManager(tree: Tree): PackageManager {
  const field = readPackageManagerField(tree);
  const found = lockfiles.filter(([file]) => tree.exists(file));
  const kind = field?.kind ?? pickFromLockfiles(found);
  const lockfile =
    found.find(([, name]) => name === kind)?.[0] ?? defaultLockfile(kind);

  if (kind !== 'yarn') return { name: kind, lockfile, version: field?.version };
  const berry = field?.version
    ? Number(field.version.split('.')[0]) >= 2
    : tree.exists('.yarnrc.yml') ||
      (tree.read(lockfile, 'utf8') ?? '').includes('__metadata:');
  return {
    name: berry ? 'yarn-berry' : 'yarn',
    lockfile,
    version: field?.version,
  };
}

interface PackageManagerField {
  kind: 'npm' | 'yarn' | 'pnpm' | 'bun';
  version?: string;
}

function readPackageManagerField(tree: Tree): PackageManagerField | undefined {
  if (!tree.exists('package.json')) return undefined;
  const value = readJson(tree, 'package.json').packageManager;
  if (typeof value !== 'string') return undefined;

  const match = /^(npm|yarn|pnpm|bun)@([^+\s]+)/.exec(value);
  if (!match) {
    throw new DevopsError(
      `The packageManager field of package.json, "${value}", names no package manager the ci-workflow generator knows (npm, yarn, pnpm, bun).`,
      'Set it to <name>@<version>, such as "yarn@4.13.0", or remove it.',
    );
  }
  return { kind: match[1] as PackageManagerField['kind'], version: match[2] };
}

function pickFromLockfiles(
  found: [string, PackageManagerName][],
): PackageManagerField['kind'] {
  const kinds = [...new Set(found.map(([, name]) => name))];
  if (kinds.length > 1) {
    throw new DevopsError(
      `The workspace root has lockfiles of several package managers: ${found.map(([file]) => file).join(', ')}.`,
      'Delete the stale lockfiles, or say which one is used with the packageManager field of package.json, such as "pnpm@9.15.0".',
    );
  }
  return (kinds[0] ?? 'npm') as PackageManagerField['kind'];
}

function defaultLockfile(kind: PackageManagerField['kind']): string {
  return (
    lockfiles.find(([, name]) => name === kind)?.[0] ?? 'package-lock.json'
  );
}
