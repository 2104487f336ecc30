import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The path of the first `tsconfig.json` in `fromDir` or a folder above it,
 * or undefined when there is none up to the file system root.
 */
export function findNearestTsConfig(fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
