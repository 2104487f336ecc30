import type { ExecutorContext } from '@nx/devkit';
import { isPortFree } from '../../compose/is-port-free';
import { ComposeStateStore } from '../../compose/compose-state-store';
import { openComposeProject } from '../../compose/open-compose-project';
import { runExecutor } from '../../errors/run-executor';
import { runProcess } from '../../process/run-process';
import {
  bringServicesUp,
  type DockerUpDependencies,
} from './lib/bring-services-up';
import { normalizeOptions } from './lib/normalize-options';
import { reportIfAlreadyUp } from './lib/report-if-already-up';
import type { DockerUpExecutorOptions } from './schema';

/** Builds the executor around its process runner and port probe. */
export function createDockerUpExecutor(deps: DockerUpDependencies) {
  return (options: DockerUpExecutorOptions, context: ExecutorContext) =>
    runExecutor(async () => {
      const normalized = normalizeOptions(options, context);
      const store = new ComposeStateStore(context.root);
      if (await reportIfAlreadyUp(deps.run, normalized, store)) {
        return { success: true };
      }

      const opened = await openComposeProject(deps.run, normalized.compose);
      try {
        return await bringServicesUp(deps, normalized, opened, store);
      } finally {
        opened.cleanup();
      }
    });
}

export default createDockerUpExecutor({ run: runProcess, isPortFree });
