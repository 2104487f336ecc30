import { logger, readJson, type Tree } from '@nx/devkit';
import { isAbsolute, relative, resolve } from 'node:path';

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
] as const;

// npm's `file:`, and yarn's and pnpm's `link:` and `portal:`.
const LOCAL_SPEC = /^(?:file|link|portal):(.+)$/;

/**
 * Warns about each dependency of the root package.json installed from a
 * path outside the repository, such as a tarball packed on this machine:
 * the pipeline's install step cannot find it on a runner.
 */
export function warnAboutLocalPackages(tree: Tree): void {
  if (!tree.exists('package.json')) return;
  const packageJson = readJson(tree, 'package.json');
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, spec] of Object.entries(packageJson[field] ?? {})) {
      const path = typeof spec === 'string' && spec.match(LOCAL_SPEC)?.[1];
      if (!path || isInside(tree.root, path)) continue;
      logger.warn(
        `package.json installs ${name} from ${spec}, outside the repository, so the pipeline's install step will not find it on a runner. Commit the package into the repository and point ${field} there, or publish it to a registry the runners reach.`,
      );
    }
  }
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, resolve(root, path));
  return !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}
