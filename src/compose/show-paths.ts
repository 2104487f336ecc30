import { relative } from 'node:path';

/** Paths as the user writes them: relative to the workspace root. */
export function showPaths(paths: string[], workspaceRoot: string): string[] {
  return paths.map((path) => relative(workspaceRoot, path) || path);
}
