import type { PackageManager } from './ci-plan';

export interface PackageManagerCommands {
  /** How CI runs the workspace's own nx. */
  nx: string;
  /** The install that fails when the lockfile is out of date. */
  install: string;
  /** Whether `corepack enable` must run before the install. */
  corepack: boolean;
  /** setup-node's own `cache:` value, when setup-node can cache it. */
  setupNodeCache?: 'npm' | 'yarn';
  /** The command that prints the folder to cache, when setup-node cannot. */
  cacheDirCommand?: string;
}

/**
 * The commands of each package manager. Yarn 2+ and pnpm come through
 * corepack at the version of the `packageManager` field, so CI runs the
 * same one as the developers.
 */
export function getPackageManagerCommands(
  packageManager: PackageManager,
): PackageManagerCommands {
  switch (packageManager.name) {
    case 'npm':
      return {
        nx: 'npx nx',
        install: 'npm ci',
        corepack: false,
        setupNodeCache: 'npm',
      };
    case 'yarn':
      return {
        nx: 'yarn nx',
        install: 'yarn install --frozen-lockfile',
        corepack: false,
        setupNodeCache: 'yarn',
      };
    case 'yarn-berry':
      return {
        nx: 'yarn nx',
        install: 'yarn install --immutable',
        corepack: true,
        cacheDirCommand: 'yarn config get cacheFolder',
      };
    case 'pnpm':
      return {
        nx: 'pnpm exec nx',
        install: 'pnpm install --frozen-lockfile',
        corepack: true,
        cacheDirCommand: 'pnpm store path --silent',
      };
    case 'bun':
      return {
        nx: 'bunx nx',
        install: 'bun install --frozen-lockfile',
        corepack: false,
        cacheDirCommand: 'echo "$HOME/.bun/install/cache"',
      };
  }
}
