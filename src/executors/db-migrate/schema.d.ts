/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Applies pending database migrations, in-process from a TypeORM data source or a folder of SQL files, or through a command, once the database accepts connections and under a lock that serializes runs on the same database.
 */
export interface DbMigrateExecutorOptions {
  /**
   * `typeorm` runs the migrations of a TypeORM data source in-process; `sql` applies the `.sql` files of `migrationsDirectory` with node-pg-migrate; `command` runs `command` with the database URL in its environment. Defaults to typeorm.
   */
  mode?: 'typeorm' | 'sql' | 'command';
  /**
   * The TypeScript or JavaScript file that exports the TypeORM DataSource, relative to the workspace root. Required in typeorm mode.
   */
  dataSource?: string;
  /**
   * The name of the export that holds the DataSource. Defaults to the only exported DataSource.
   */
  dataSourceExport?: string;
  /**
   * The tsconfig whose `paths` apply while loading the data source, relative to the workspace root. Defaults to the nearest tsconfig.json above the data source.
   */
  tsConfig?: string;
  /**
   * The folder of `.sql` migration files, applied in the order of their numeric prefix (such as `0001_create-users.sql`), relative to the workspace root. Required in sql mode.
   */
  migrationsDirectory?: string;
  /**
   * The table that records the applied migrations in sql mode, in node-pg-migrate's format so its CLI can run the down parts. Defaults to pgmigrations.
   */
  migrationsTable?: string;
  /**
   * The schema of `migrationsTable` in sql mode, created when missing. Defaults to public.
   */
  migrationsSchema?: string;
  /**
   * `each` runs every migration in its own transaction, `all` runs the pending ones in one transaction, `none` uses no transaction. Defaults to each.
   */
  transaction?: 'each' | 'all' | 'none';
  /**
   * The shell command that applies migrations, such as `node dist/command/command.js run-instance-commands --force`. Required in command mode.
   */
  command?: string;
  /**
   * The working directory of `command`, or in typeorm mode the directory the data source is loaded and run from, relative to the workspace root. Defaults to the project root.
   */
  cwd?: string;
  /**
   * The PostgreSQL URL to migrate. Defaults to the first set variable of `databaseUrlEnv`, then to the data source's own `url`.
   */
  databaseUrl?: string;
  /**
   * Environment variables read, in order, for the database URL; in command mode the URL is passed to the command in the first of them. Defaults to PG_DATABASE_URL, then DATABASE_URL.
   */
  databaseUrlEnv?: string[];
  /**
   * A dotenv file loaded before anything else, relative to the workspace root; variables set in the shell win over it, values Nx loaded from its own dotenv files do not. Defaults to none.
   */
  envFile?: string;
  /**
   * How long to keep retrying transient connection failures (refused or reset connections, a database still starting up, too many connections), in seconds. Defaults to 60.
   */
  waitTimeoutSeconds?: number;
  /**
   * List the applied and the pending migrations and change nothing; typeorm and sql modes only. Defaults to false.
   */
  status?: boolean;
  /**
   * Print the migrations that would run, without running them or taking the migration lock; in command mode print the command instead. Defaults to false.
   */
  dryRun?: boolean;
  /**
   * How long to wait for the migration lock while another run on the same database holds it, in seconds, before failing with that session's pid, application name, client address and start. Defaults to 300.
   */
  migrationLockTimeoutSeconds?: number;
  /**
   * PostgreSQL's statement_timeout on the migration session, in seconds; 0 means no limit. Defaults to 0.
   */
  statementTimeoutSeconds?: number;
  /**
   * PostgreSQL's lock_timeout on the migration session (how long one statement waits for a table lock), in seconds, past which the migration fails naming the sessions that hold table locks; 0 means no limit. Defaults to 0.
   */
  lockTimeoutSeconds?: number;
}
