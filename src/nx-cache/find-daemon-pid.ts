import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../logging/logger';
import { realPathOrSelf } from './real-path-or-self';

/** The daemon's entry point, `.../nx/[dist/]src/daemon/server/start.js`. */
const DAEMON_SCRIPT = /[\\/]nx[\\/].*[\\/]daemon[\\/]/;

/**
 * The process id of this workspace's running Nx daemon, from the
 * `d/server-process.json` that Nx 21 to 24 keep in the checkout's own
 * workspace data folder; undefined when none runs. The file outlives a
 * daemon that crashed, and its pid may since belong to another process,
 * so the process must still run Nx's daemon script (and, where the system
 * shows it, from this workspace root) before it is ever signalled.
 */
export function findDaemonPid(
  dataDirectory: string,
  workspaceRoot: string,
): number | undefined {
  const pid = readRecordedPid(join(dataDirectory, 'd', 'server-process.json'));
  if (pid === undefined || !isRunning(pid)) return undefined;

  const commandLine = readCommandLine(pid);
  const cwd = readWorkingDirectory(pid);
  const ours =
    commandLine !== undefined &&
    DAEMON_SCRIPT.test(commandLine) &&
    (cwd === undefined || cwd === realPathOrSelf(workspaceRoot));
  if (ours) return pid;
  logger.verbose(
    `Ignoring the stale daemon record in ${dataDirectory}: process ${pid} is ${commandLine ? `\`${commandLine}\`${cwd ? ` in ${cwd}` : ''}` : 'of unknown command'}, not this workspace's Nx daemon.`,
  );
  return undefined;
}

function readRecordedPid(path: string): number | undefined {
  try {
    const { pid } = JSON.parse(readFileSync(path, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** From /proc on Linux, else from `ps` (macOS); undefined when neither tells. */
function readCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .join(' ')
      .trim();
  } catch {
    if (process.platform === 'linux') return undefined;
  }
  try {
    const args = ['-o', 'command=', '-p', String(pid)];
    return execFileSync('ps', args, { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function readWorkingDirectory(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}
