import type { ExecutorContext } from '@nx/devkit';
import { logger } from '../../logging/logger';
import { ComposeStateStore } from '../../compose/compose-state-store';
import { normalizeComposeOptions } from '../../compose/normalize-compose-options';
import { openComposeProject } from '../../compose/open-compose-project';
import { removeContainers } from '../../compose/remove-containers';
import { runCompose } from '../../compose/run-compose';
import { runExecutor } from '../../errors/run-executor';
import { runProcess, type ProcessRunner } from '../../process/run-process';
import type { DockerDownExecutorOptions } from './schema';

/** Builds the executor around its process runner. */
export function createDockerDownExecutor(run: ProcessRunner) {
  return (options: DockerDownExecutorOptions, context: ExecutorContext) =>
    runExecutor(async () => {
      const compose = normalizeComposeOptions(options, context);
      const opened = await openComposeProject(run, compose);
      try {
        new ComposeStateStore(context.root).remove(compose.projectName);
        const timeout = options.timeoutSeconds ?? 10;
        const removed = await removeContainers(
          run,
          opened.project,
          [],
          timeout,
        );
        const result = removed
          ? await runCompose(run, opened.project, buildDownArgs(options))
          : { exitCode: 1 };
        if (result.exitCode !== 0) {
          logger.error(
            `Taking compose project ${compose.projectName} down failed; compose's output is above. If it names orphan containers, set the removeOrphans option.`,
          );
          return { success: false };
        }
        const volumes = options.volumes
          ? 'volumes removed'
          : 'named volumes kept';
        logger.info(
          `Compose project ${compose.projectName} is down (${volumes}).`,
        );
        return { success: true };
      } finally {
        opened.cleanup();
      }
    });
}

/** The `down` subcommand; removing volumes is opt-in, so no data is lost. */
export function buildDownArgs(options: DockerDownExecutorOptions): string[] {
  return [
    'down',
    ...(options.volumes ? ['--volumes'] : []),
    ...(options.removeOrphans ? ['--remove-orphans'] : []),
    '--timeout',
    String(options.timeoutSeconds ?? 10),
  ];
}

export default createDockerDownExecutor(runProcess);
