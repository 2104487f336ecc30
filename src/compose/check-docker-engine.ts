import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';

/**
 * Fails before any work when the Docker engine does not answer. `docker
 * version` is used rather than `docker info`, whose `--format` also prints a
 * template error when the engine is away.
 */
export async function checkDockerEngine(run: ProcessRunner): Promise<void> {
  const info = await run('docker', [
    'version',
    '--format',
    '{{.Server.Version}}',
  ]);
  if (info.exitCode === 0 && info.stdout.trim()) return;

  const cause = firstLine(info.stderr) || 'no answer';
  const where = process.env.DOCKER_HOST ? ` at ${process.env.DOCKER_HOST}` : '';
  throw new DevopsError(
    `The Docker engine${where} cannot be reached: ${cause}`,
    'Start Docker (Docker Desktop, or `sudo systemctl start docker`), check DOCKER_HOST and the docker context, then run `docker version`.',
  );
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? ''
  );
}
