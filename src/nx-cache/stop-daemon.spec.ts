import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { findDaemonPid } from './find-daemon-pid';
import { stopDaemon } from './stop-daemon';

describe('stopping the daemon', () => {
  it('should find the daemon from server-process.json and stop it', async () => {
    const daemon = spawn(process.execPath, [
      '-e',
      'setInterval(() => {}, 1000)',
    ]);
    const exited = new Promise((resolve) => daemon.on('exit', resolve));
    const data = makeTempDir('daemon-');
    mkdirSync(join(data, 'd'));
    writeFileSync(
      join(data, 'd', 'server-process.json'),
      JSON.stringify({ pid: daemon.pid, nxVersion: '22.7.12' }),
    );

    const pid = findDaemonPid(data);
    await stopDaemon(pid as number);

    expect(pid).toBe(daemon.pid);
    await expect(exited).resolves.toBeDefined();
  });

  it('should find no daemon when its process is gone', () => {
    const data = makeTempDir('daemon-');
    mkdirSync(join(data, 'd'));
    writeFileSync(
      join(data, 'd', 'server-process.json'),
      JSON.stringify({ pid: 2 ** 22 + 7 }),
    );

    expect(findDaemonPid(data)).toBeUndefined();
  });
});
