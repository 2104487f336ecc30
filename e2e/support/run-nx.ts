import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  const nx = findNxBin(workspace);
  const result = spawnSync(process.execPath, [nx, ...withStreamOutput(args)], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      FORCE_COLOR: '0',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`.replace(
    /\u001b\[[0-9;]*m/g,
    '',
  );
  return { exitCode: result.status ?? 1, output };
}

/**
 * Task output streamed line by line, for the commands that run tasks. A
 * generator gets no such flag: Nx would hand it to the generator, whose
 * schema refuses options it does not know.
 */
export function withStreamOutput(args: string[]): string[] {
  const generates = args[0] === 'g' || args[0] === 'generate';
  return generates ? args : [...args, '--outputStyle=stream'];
}

/** The nx entry point of the workspace's own install, wherever its version keeps it. */
function findNxBin(workspace: string): string {
  const folder = join(workspace, 'node_modules', 'nx');
  const { bin } = JSON.parse(
    readFileSync(join(folder, 'package.json'), 'utf8'),
  );
  return join(folder, typeof bin === 'string' ? bin : bin.nx);
}

/**
 * Where each task's `> nx run` line stands in the output, -1 when absent.
 * Nx 22 quotes a target name that holds a colon: app:"test:integration".
 */
export function findTaskPositions(output: string, tasks: string[]): number[] {
  const unquoted = output.replace(/"/g, '');
  return tasks.map((task) => unquoted.indexOf(`nx run ${task}`));
}

/**
 * Fails unless the run exited 0, with the end of nx's output, so that a
 * failure says why rather than only which exit code it got.
 */
export function expectSuccess(run: NxRun): void {
  if (run.exitCode === 0) return;
  throw new Error(
    `nx exited with ${run.exitCode}. The end of its output:\n${run.output.slice(-6000)}`,
  );
}
