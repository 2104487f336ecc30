import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { findDaemonPid } from './find-daemon-pid';
import { stopDaemon } from './stop-daemon';

/** A workspace whose data folder records `pid` as its daemon. */
function recordDaemon(pid: number | undefined) {
  const root = makeTempDir('daemon-');
  const data = join(root, '.nx', 'workspace-data');
  mkdirSync(join(data, 'd'), { recursive: true });
  writeFileSync(
    join(data, 'd', 'server-process.json'),
    JSON.stringify({ pid, nxVersion: '22.7.12' }),
  );
  return { root, data };
}

/**
 * A process started the way Nx starts its daemon: node running
 * nx/src/daemon/server/start.js from the workspace root.
 */
function startDaemonLike(cwd: string): ChildProcess {
  const script = join(cwd, 'node_modules', 'nx', 'src', 'daemon', 'server');
  mkdirSync(script, { recursive: true });
  writeFileSync(join(script, 'start.js'), 'setInterval(() => {}, 1000);');
  return spawn(process.execPath, [join(script, 'start.js')], { cwd });
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
});

function track(child: ChildProcess) {
  started.push(child);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, exited };
}

describe('stopping the daemon', () => {
  it('should find the daemon from server-process.json and stop it', async () => {
    const root = makeTempDir('daemon-root-');
    const { child, exited } = track(startDaemonLike(root));
    const { data } = recordDaemon(child.pid);

    const pid = findDaemonPid(data, root);
    await stopDaemon(pid as number);

    expect(pid).toBe(child.pid);
    await expect(exited).resolves.toBeDefined();
  });

  it('should find no daemon when its process is gone', async () => {
    const { child, exited } = track(spawn('sleep', ['0']));
    await exited;
    const { root, data } = recordDaemon(child.pid);

    expect(findDaemonPid(data, root)).toBeUndefined();
  });

  it('should ignore a stale record whose pid now belongs to another program', () => {
    const { child } = track(spawn('sleep', ['60']));
    const { root, data } = recordDaemon(child.pid);

    expect(findDaemonPid(data, root)).toBeUndefined();
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
  });

  it("should ignore another workspace's daemon under a reused pid", () => {
    const { child } = track(startDaemonLike(makeTempDir('daemon-other-')));
    const { root, data } = recordDaemon(child.pid);

    expect(findDaemonPid(data, root)).toBeUndefined();
  });

  it('should find no daemon in a record without a pid', () => {
    const { root, data } = recordDaemon(undefined);

    expect(findDaemonPid(data, root)).toBeUndefined();
  });
});
