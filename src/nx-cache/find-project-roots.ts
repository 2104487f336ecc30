import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist', 'tmp']);

/** A task cache entry (`<hash>/`), found when cacheDirectory lies inside the workspace. */
const CACHE_ENTRY = /^\d+$/;

/**
 * Project names and roots found from the files alone, for the bin, which
 * must work when Nx cannot build its project graph: each project.json
 * (named by its `name`, else its folder) and each package.json below the
 * root (named by its `name`). A project.json wins over a package.json in
 * the same folder, as in Nx. Folders named by digits alone are skipped:
 * they are task cache entries, holding copies of built projects.
 */
export function findProjectRoots(root: string): Map<string, string> {
  const found = new Map<string, string>();
  walk(root, root, found);
  return found;
}

function walk(root: string, folder: string, found: Map<string, string>): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  const names = new Set(entries.map((entry) => entry.name));
  const projectRoot = relative(root, folder) || '.';
  const name =
    (names.has('project.json') &&
      readName(join(folder, 'project.json'), projectRoot)) ||
    (names.has('package.json') &&
      projectRoot !== '.' &&
      readName(join(folder, 'package.json')));
  if (name) found.set(name, projectRoot);

  for (const entry of entries) {
    const skipped = SKIPPED.has(entry.name) || CACHE_ENTRY.test(entry.name);
    if (entry.isDirectory() && !skipped) {
      walk(root, join(folder, entry.name), found);
    }
  }
}

function readName(path: string, fallback?: string): string | undefined {
  try {
    const name = JSON.parse(readFileSync(path, 'utf8')).name;
    return typeof name === 'string' && name ? name : fallback;
  } catch {
    return fallback;
  }
}
