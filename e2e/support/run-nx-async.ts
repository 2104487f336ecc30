import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withStreamOutput, type NxRun } from './run-nx';

/**
 * Like runNx, without blocking, so that several Nx commands can run at the
 * same moment.
 */
export function runNxAsync(
  workspace: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<NxRun> {
  const manifest = join(workspace, 'node_modules', 'nx', 'package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const nx = join(workspace, 'node_modules', 'nx', bin.nx ?? bin);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nx, ...withStreamOutput(args)], {
      cwd: workspace,
      env: {
        ...process.env,
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({
        exitCode: code ?? 1,
        output: output.replace(/\u001b\[[0-9;]*m/g, ''),
      }),
    );
  });
}
