import { DevopsError } from '../errors/devops-error';
import type { ProcessRunner } from '../process/run-process';
import type { ComposeCli } from './compose-types';

/**
 * Finds `docker compose` (v2) first, then `docker-compose`, which is v1 when
 * it is the Python program and v2 when it is the Go binary under that name.
 */
export async function detectComposeCli(
  run: ProcessRunner,
): Promise<ComposeCli> {
  const plugin = await run('docker', ['compose', 'version', '--short']);
  if (plugin.exitCode === 0) {
    const versionText = plugin.stdout.trim();
    return {
      version: 2,
      command: 'docker',
      baseArgs: ['compose'],
      versionText,
    };
  }

  const standalone = await run('docker-compose', ['version', '--short']);
  if (standalone.exitCode === 0) {
    const versionText = standalone.stdout.trim().replace(/^v/, '');
    const version = versionText.startsWith('1.') ? 1 : 2;
    return { version, command: 'docker-compose', baseArgs: [], versionText };
  }

  throw new DevopsError(
    'No compose command found: neither `docker compose` (Compose v2) nor `docker-compose` answered.',
    'Install Compose (Docker Desktop, the docker-compose-plugin package, or docker-compose), then check it with `docker compose version`.',
  );
}
