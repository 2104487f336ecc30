import { setTimeout as sleep } from 'node:timers/promises';
import { DevopsError } from '../errors/devops-error';

/**
 * Stops the daemon the way `nx daemon --stop` does, with SIGTERM, without
 * starting Nx (which may not start at all when nx.json is broken), and
 * waits up to `timeoutMs` for it to exit.
 */
export async function stopDaemon(pid: number, timeoutMs = 5000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return;
    await sleep(50);
  }
  throw new DevopsError(
    `The Nx daemon (process ${pid}) did not exit within ${timeoutMs / 1000} s of SIGTERM.`,
    `Stop it with \`kill ${pid}\` or \`npx nx daemon --stop\`, then run cache-reset again.`,
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
