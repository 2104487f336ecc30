import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * Returns a lookup from a workspace-relative folder to the root of the
 * nearest project holding it, or undefined when no project does. A folder
 * with a project.json or package.json is a project root; the workspace
 * root only with a project.json or a package.json that has an `nx` key,
 * the same rule Nx applies, so no nameless project is ever made there.
 * Answers are kept for the life of the lookup (one createNodes call).
 */
export function createProjectRootFinder(
  workspaceRoot: string,
): (folder: string) => string | undefined {
  const known = new Map<string, string | undefined>();

  const find = (folder: string): string | undefined => {
    if (known.has(folder)) return known.get(folder);
    const root = isProjectRoot(workspaceRoot, folder)
      ? folder
      : folder === '.'
        ? undefined
        : find(posix.dirname(folder));
    known.set(folder, root);
    return root;
  };
  return find;
}

function isProjectRoot(workspaceRoot: string, folder: string): boolean {
  if (existsSync(join(workspaceRoot, folder, 'project.json'))) return true;

  const packageJson = join(workspaceRoot, folder, 'package.json');
  if (folder !== '.') return existsSync(packageJson);
  try {
    return 'nx' in JSON.parse(readFileSync(packageJson, 'utf8'));
  } catch {
    return false;
  }
}
