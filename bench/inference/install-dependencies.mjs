// The benchmark installs its workspace the way scripts/prepare-workspace.mjs
// installs the example: third-party packages from a cache keyed by what
// decides them, and the plugin freshly packed from dist/, so that each run
// measures the plugin as it is now built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export {
  buildPlugin,
  installWithPlugin as installDependencies,
} from '../../scripts/prepare-workspace.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Fails unless dist/ holds the inference entry, @twenty/devops/plugin. */
export function checkPluginEntryBuilt() {
  if (!existsSync(join(dist, 'src', 'plugin.js'))) {
    throw new Error(
      'dist/src/plugin.js is missing, so nx cannot load ' +
        '@twenty/devops/plugin. Run `node scripts/build.mjs`, or drop --skip-build.',
    );
  }
}
