import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bytes a file or folder takes, without following symbolic links: a
 * link counts as itself, never as what it points to. A path that vanishes
 * meanwhile counts as 0.
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
    return stats.size;
  }
  return entries.reduce(
    (total, entry) => total + measurePath(join(path, entry)),
    stats.size,
  );
}
