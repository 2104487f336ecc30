// Words of a target name that say it acts on the database: Twenty's
// database:migrate, database:reset, db:seed, clickhouse:migrate.
const databaseWords = new Set([
  'database',
  'db',
  'migrate',
  'migration',
  'migrations',
  'seed',
]);

/**
 * Whether a target name stands for work on the one database the workspace
 * shares: a database word in the name, a name ending in `:reset`, or a
 * `command` target, which in Twenty runs the server's command runner
 * (seeding, flushing, upgrading the database).
 */
export function isDatabaseTarget(name: string): boolean {
  const words = name.toLowerCase().split(/[:_-]/);
  return (
    words.some((word) => databaseWords.has(word)) ||
    /:reset$/i.test(name) ||
    words[0] === 'command'
  );
}
