// Runs the workspace's own nx the way the benchmark needs it: no daemon (so
// every command builds the project graph in its own process, which is what
// we time), no Nx Cloud and no terminal UI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const env = createNxEnv();

/**
 * Runs `nx <args>` in `workspace`, with `extraEnv` on top of the benchmark's
 * environment, and returns its stdout and how long it took in seconds.
 * Throws, with the output, when nx fails.
 */
export function runNx(workspace, args, extraEnv = {}) {
  const nx = join(workspace, 'node_modules', '.bin', 'nx');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [nx, ...args], {
    cwd: workspace,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `\`nx ${args.join(' ')}\` in ${workspace} exited with ` +
        `${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`,
    );
  }
  return { stdout: result.stdout, seconds };
}

// NX_* variables from the calling shell are dropped: when this runs as an nx
// target, NX_WORKSPACE_ROOT_PATH and friends would point nx at this repo.
function createNxEnv() {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('NX_'),
  );
  return {
    ...Object.fromEntries(inherited),
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
  };
}
