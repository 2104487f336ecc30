/**
 * The environment of the migration command: ours, which already holds the
 * envFile's variables, with the database URL in `databaseUrlVariable`.
 */
export function buildCommandEnv(
  env: NodeJS.ProcessEnv,
  databaseUrlVariable: string,
  databaseUrl: string,
): NodeJS.ProcessEnv {
  return { ...env, [databaseUrlVariable]: databaseUrl };
}
