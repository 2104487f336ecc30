import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The name Nx gives the project at `projectRoot`: the `name` of its
 * project.json, else of its package.json, else its folder's name in lower
 * case (what Nx falls back to for a project.json without a name).
 */
export function readProjectName(
  workspaceRoot: string,
  projectRoot: string,
): string {
  return (
    readNameFrom(join(workspaceRoot, projectRoot, 'project.json')) ??
    readNameFrom(join(workspaceRoot, projectRoot, 'package.json')) ??
    posix.basename(projectRoot).toLowerCase()
  );
}

function readNameFrom(path: string): string | undefined {
  try {
    const name = JSON.parse(readFileSync(path, 'utf8')).name;
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}
