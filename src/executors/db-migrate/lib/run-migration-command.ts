import { logger } from '../../../logging/logger';
import { relative } from 'node:path';
import { redactSecrets } from '../../../database/redact-secrets';
import type { ExecutorResult } from '../../../errors/run-executor';
import type { ProcessRunner } from '../../../process/run-process';
import { buildCommandEnv } from './build-command-env';
import { buildShellCommand } from './build-shell-command';
import { formatSeconds } from './format-seconds';
import type { NormalizedOptions } from './normalize-options';
import { selectDatabaseUrl } from './select-database-url';
import {
  type WaitForDatabase,
  waitUntilDatabaseReady,
} from './wait-until-database-ready';

export interface CommandModeDependencies {
  runProcess: ProcessRunner;
  waitForDatabase: WaitForDatabase;
  env: NodeJS.ProcessEnv;
}

/**
 * command mode: waits for the database, then runs the command through a
 * shell with the database URL in the first variable of databaseUrlEnv,
 * streaming its output with passwords hidden.
 */
export async function runMigrationCommand(
  options: NormalizedOptions,
  deps: CommandModeDependencies,
): Promise<ExecutorResult> {
  const command = options.command ?? '';
  const selected = selectDatabaseUrl({
    databaseUrl: options.databaseUrl,
    databaseUrlEnv: options.databaseUrlEnv,
    env: deps.env,
  });
  const redact = (text: string) => redactSecrets(text, selected.candidates);
  await waitUntilDatabaseReady(
    deps.waitForDatabase,
    selected,
    options.waitTimeoutSeconds,
    redact,
  );

  const where = relative(options.root, options.cwd) || '.';
  logger.info(redact(`Running ${command} in ${where}...`));
  const shell = buildShellCommand(command);
  const start = Date.now();
  const result = await deps.runProcess(shell.file, shell.args, {
    cwd: options.cwd,
    env: buildCommandEnv(deps.env, options.databaseUrlEnv[0], selected.url),
    stream: true,
    filterOutput: redact,
  });

  if (result.exitCode !== 0) {
    logger.error(
      redact(
        `Migration command \`${command}\` failed with exit code ${result.exitCode} (in ${where}); its output is above.`,
      ),
    );
    return { success: false };
  }
  logger.info(
    redact(
      `Migration command finished in ${formatSeconds(Date.now() - start)}`,
    ),
  );
  return { success: true };
}
