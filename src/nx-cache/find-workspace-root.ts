import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DevopsError } from '../errors/devops-error';

/**
 * The nearest folder at or above `start` holding nx.json (read or not:
 * a broken one still marks the root), else one holding
 * `node_modules/nx`.
 */
export function findWorkspaceRoot(start: string): string {
  for (const marker of [
    'nx.json',
    join('node_modules', 'nx', 'package.json'),
  ]) {
    for (let folder = start; ; folder = dirname(folder)) {
      if (existsSync(join(folder, marker))) return folder;
      if (dirname(folder) === folder) break;
    }
  }
  throw new DevopsError(
    `No Nx workspace found at or above ${start}: no folder holds nx.json or node_modules/nx.`,
    'Run `npx twenty-devops cache-reset` from inside the workspace.',
  );
}
