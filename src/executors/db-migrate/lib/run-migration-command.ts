import { relative } from 'node:path';
import type { OpenDatabaseSession } from '../../../database/open-database-session';
import { redactSecrets } from '../../../database/redact-secrets';
import type { ExecutorResult } from '../../../errors/run-executor';
import { logger } from '../../../logging/logger';
import type { ProcessRunner } from '../../../process/run-process';
import { buildCommandEnv } from './build-command-env';
import { buildShellCommand } from './build-shell-command';
import { formatSeconds } from './format-seconds';
import { holdMigrationLock } from './hold-migration-lock';
import type { NormalizedOptions } from './normalize-options';
import { openMigrationSession } from './open-migration-session';
import { selectDatabaseUrl } from './select-database-url';

export interface CommandModeDependencies {
  runProcess: ProcessRunner;
  openSession: OpenDatabaseSession;
  env: NodeJS.ProcessEnv;
}

/**
 * command mode: waits for the database, takes the migration lock on a
 * session of its own, and holds it while the command runs through a shell
 * with the database URL in the first variable of databaseUrlEnv, its
 * output streamed with passwords hidden.
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
    variableOrigins: options.variableOrigins,
  });
  const redact = (text: string) => redactSecrets(text, selected.candidates);
  const session = await openMigrationSession(
    deps.openSession,
    selected,
    options,
    redact,
  );
  const where = relative(options.root, options.cwd) || '.';

  try {
    if (options.dryRun) {
      logger.info(
        redact(
          `Dry run: would run \`${command}\` in ${where} with the database URL in ${options.databaseUrlEnv[0]}; nothing was run.`,
        ),
      );
      return { success: true };
    }
    return await holdMigrationLock(
      session,
      options.migrationLockTimeoutSeconds,
      redact,
      () => runCommand(command, where, selected.url, options, deps, redact),
    );
  } finally {
    await session.close();
  }
}

async function runCommand(
  command: string,
  where: string,
  databaseUrl: string,
  options: NormalizedOptions,
  deps: CommandModeDependencies,
  redact: (text: string) => string,
): Promise<ExecutorResult> {
  logger.info(redact(`Running ${command} in ${where}...`));
  const shell = buildShellCommand(command);
  const start = Date.now();
  const result = await deps.runProcess(shell.file, shell.args, {
    cwd: options.cwd,
    env: buildCommandEnv(deps.env, {
      databaseUrlVariable: options.databaseUrlEnv[0],
      databaseUrl,
      statementTimeoutSeconds: options.statementTimeoutSeconds,
      lockTimeoutSeconds: options.lockTimeoutSeconds,
    }),
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
