export interface CommandEnvOptions {
  databaseUrlVariable: string;
  databaseUrl: string;
  statementTimeoutSeconds: number;
  lockTimeoutSeconds: number;
}

/**
 * The environment of the migration command: ours, which already holds the
 * envFile's variables, with the database URL in `databaseUrlVariable`, and
 * the session timeouts in PGOPTIONS, which node-postgres and libpq both
 * send when they connect.
 */
export function buildCommandEnv(
  env: NodeJS.ProcessEnv,
  options: CommandEnvOptions,
): NodeJS.ProcessEnv {
  const settings = [
    ['statement_timeout', options.statementTimeoutSeconds],
    ['lock_timeout', options.lockTimeoutSeconds],
  ] as const;
  const pgOptions = settings
    .filter(([, seconds]) => seconds > 0)
    .map(([name, seconds]) => `-c ${name}=${Math.round(seconds * 1000)}`);
  const merged = [env.PGOPTIONS, ...pgOptions].filter(Boolean).join(' ');

  return {
    ...env,
    [options.databaseUrlVariable]: options.databaseUrl,
    ...(merged ? { PGOPTIONS: merged } : {}),
  };
}
