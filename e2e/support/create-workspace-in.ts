import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A copy of examples/twenty on `nxVersion`, alone in the folder `parent`,
 * so that a setting pointing at its parent names a folder of the test's
 * own. The global setup already built and packed the plugin.
 */
export function createWorkspaceIn(parent: string, nxVersion: string): string {
  const destination = join(parent, 'workspace');
  const script = join(
    __dirname,
    '..',
    '..',
    'scripts',
    'prepare-workspace.mjs',
  );
  const args = ['--skip-build', '--nx-version', nxVersion];
  const result = spawnSync(
    process.execPath,
    [script, ...args, '--destination', destination],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0)
    throw new Error('scripts/prepare-workspace.mjs failed; see above.');
  return destination;
}
