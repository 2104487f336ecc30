import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface NxRun {
  exitCode: number;
  /** stdout and stderr together, without colors. */
  output: string;
}

/** Runs the workspace's own Nx, as a user would with `npx nx`. */
export function runNx(
  workspace: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): NxRun {
  const nx = join(workspace, 'node_modules', 'nx', 'bin', 'nx.js');
  const result = spawnSync(process.execPath, [nx, ...args, '--outputStyle=stream'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { exitCode: result.status ?? 1, output };
}
