import type { ProcessRunner } from '../process/run-process';

/** The last lines a container wrote, stdout and stderr together. */
export async function readContainerLogs(
  run: ProcessRunner,
  containerId: string,
  lines = 30,
): Promise<string> {
  const result = await run('docker', [
    'logs',
    '--tail',
    String(lines),
    containerId,
  ]);
  return `${result.stdout}${result.stderr}`.trimEnd();
}
