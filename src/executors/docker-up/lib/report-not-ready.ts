import { logger } from '../../../logging/logger';
import { readContainerLogs } from '../../../compose/read-container-logs';
import type { ServiceOutcome } from '../../../compose/wait-for-services';
import type { ProcessRunner } from '../../../process/run-process';

/**
 * Says which services are not ready and why, with the last log lines of
 * each of their containers.
 */
export async function reportNotReady(
  run: ProcessRunner,
  outcomes: ServiceOutcome[],
  timeoutSeconds: number,
): Promise<void> {
  const failed = outcomes.filter((o) => o.failed);
  const pending = outcomes.filter((o) => !o.ready && !o.failed);

  for (const outcome of [...failed, ...pending]) {
    for (const container of outcome.containers) {
      const logs = await readContainerLogs(run, container.id);
      logger.info(
        `Last log lines of ${outcome.service} (container ${container.name}, ${outcome.state}):`,
      );
      logger.info(logs || '(no output)');
    }
  }

  const describe = (o: ServiceOutcome) => `${o.service} (${o.state})`;
  const inspect =
    'to inspect the containers, run again with skipCleanupOnFailure';
  logger.error(
    failed.length > 0
      ? `Service ${failed.map(describe).join(', ')} failed before becoming ready.\nThe log lines above say why; fix the service's configuration or command, then run the target again (${inspect}).`
      : `Timed out after ${timeoutSeconds} s (waitTimeoutSeconds) waiting for ${pending.map(describe).join(', ')}.\nIf the log lines above show the service only starting slowly, raise waitTimeoutSeconds; otherwise check its healthcheck (${inspect}).`,
  );
}
