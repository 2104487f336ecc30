import type { Tree } from '@nx/devkit';
import { dirname, posix } from 'node:path';
import { parse } from 'yaml';

type Minimatch = (path: string, pattern: string) => boolean;

/**
 * Tells whether a package.json path is one of the workspace's packages, as
 * Nx 22's package-json plugin decides it: matched by the root
 * package.json's `workspaces`, pnpm-workspace.yaml's or lerna.json's
 * `packages`, and by none of their `!` exclusions. The root package.json
 * counts when it has an `nx` field.
 */
export function createWorkspacesMatcher(
  tree: Tree,
): (packageJsonPath: string) => boolean {
  const patterns = readWorkspacesPatterns(tree);
  const negative = patterns.filter((pattern) => pattern.startsWith('!'));
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  // Nx reads exclusions alone as "every package.json but these".
  const onlyRoot = !positive.some((pattern) => pattern !== 'package.json');
  if (negative.length && onlyRoot) positive.push('**/package.json');

  const minimatch = loadNxMinimatch();
  return (path) =>
    positive.some((pattern) => minimatch(path, pattern)) &&
    negative.every((pattern) => minimatch(path, pattern));
}

function readWorkspacesPatterns(tree: Tree): string[] {
  const root = readJsonFile(tree, 'package.json');
  const workspaces = root?.workspaces;
  const patterns: unknown[] = Array.isArray(workspaces)
    ? [...workspaces]
    : [...(workspaces?.packages ?? [])];

  if (tree.exists('pnpm-workspace.yaml'))
    patterns.push(
      ...(readYamlFile(tree, 'pnpm-workspace.yaml')?.packages ?? []),
    );
  if (tree.exists('lerna.json')) {
    const packages = readJsonFile(tree, 'lerna.json')?.packages;
    patterns.push(...(packages?.length ? packages : ['packages/*']));
  }

  const files = patterns
    .filter((pattern): pattern is string => typeof pattern === 'string')
    .map(toPackageJsonPattern);
  return root?.nx ? [...files, 'package.json'] : files;
}

// `packages/*` and `./packages/*/package.json` both name package.json files.
function toPackageJsonPattern(pattern: string): string {
  const file = pattern.endsWith('/package.json')
    ? pattern
    : posix.join(pattern, 'package.json');
  return file.startsWith('./') ? file.slice(2) : file;
}

function readJsonFile(tree: Tree, path: string): any {
  try {
    return JSON.parse(tree.read(path, 'utf8') ?? 'null');
  } catch {
    return undefined;
  }
}

function readYamlFile(tree: Tree, path: string): any {
  try {
    return parse(tree.read(path, 'utf8') ?? '');
  } catch {
    return undefined;
  }
}

// The matcher of the nx the workspace runs, so that a pattern means what
// it means to Nx (negation, braces, `**`), rather than a copy of our own.
function loadNxMinimatch(): Minimatch {
  const nxFolder = dirname(require.resolve('nx/package.json'));
  const request = require.resolve('minimatch', { paths: [nxFolder] });
  return (require(request) as { minimatch: Minimatch }).minimatch;
}
