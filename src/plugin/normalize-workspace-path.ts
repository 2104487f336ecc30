import { posix } from 'node:path';

/**
 * Writes a path relative to the workspace root the way Nx does: forward
 * slashes, no `./`, no trailing slash, and `.` for the root itself.
 */
export function normalizeWorkspacePath(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, '/'));
  return normalized.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}
