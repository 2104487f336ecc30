import { realpathSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * The path with symbolic links resolved; for a path that does not exist,
 * its nearest existing parent resolved and the rest appended.
 */
export function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(realPathOrSelf(parent), basename(path));
  }
}
