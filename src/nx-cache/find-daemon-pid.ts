import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The process id of this workspace's running Nx daemon, from the
 * `d/server-process.json` that Nx 21 to 24 keep in the checkout's own
 * workspace data folder; undefined when none runs.
 */
export function findDaemonPid(dataDirectory: string): number | undefined {
  try {
    const path = join(dataDirectory, 'd', 'server-process.json');
    const { pid } = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof pid !== 'number') return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
