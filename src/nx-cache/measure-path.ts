import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bytes of the files in a file or folder, as Nx counts an entry for
 * `maxCacheSize`, without following symbolic links: a link counts as
 * itself, never as what it points to. A path that vanishes counts as 0.
 */
export function measurePath(path: string): number {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.size;

  let entries: string[] = [];
  try {
    entries = readdirSync(path);
  } catch {
    return 0;
  }
  return entries.reduce(
    (total, entry) => total + measurePath(join(path, entry)),
    0,
  );
}
