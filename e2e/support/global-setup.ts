import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDockerSkipReason } from './docker-availability';

/**
 * Checks for Docker once, then builds and packs the plugin and fills the
 * install cache, so that each test file's workspace is a copy. The build
 * happens without Docker too: the cache-reset tests need no engine.
 */
export default function globalSetup(): void {
  const reason = findDockerSkipReason();
  if (reason) {
    process.env.DEVOPS_E2E_SKIP_REASON = reason;
    console.warn(`\nSkipping the Docker e2e tests: ${reason}.`);
  }
  const script = join(
    __dirname,
    '..',
    '..',
    'scripts',
    'prepare-workspace.mjs',
  );
  const destination = mkdtempSync(join(tmpdir(), 'twenty-devops-e2e-warm-'));
  const result = spawnSync(
    process.execPath,
    [script, '--destination', destination],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  rmSync(destination, { recursive: true, force: true });
  if (result.status !== 0)
    throw new Error('scripts/prepare-workspace.mjs failed; see above.');
}
