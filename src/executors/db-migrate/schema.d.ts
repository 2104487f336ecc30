/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Applies pending database migrations, in-process from a TypeORM data source or through a command, once the database accepts connections.
 */
export interface DbMigrateExecutorOptions {
  /**
   * `typeorm` runs the migrations of a TypeORM data source in-process; `command` runs `command` with the database URL in its environment. Defaults to typeorm.
   */
  mode?: 'typeorm' | 'command';
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
   * `each` runs every migration in its own transaction, `all` runs them in one, `none` uses no transaction. Defaults to each.
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
   * A dotenv file loaded before anything else, relative to the workspace root; variables already set in the environment win. Defaults to none.
   */
  envFile?: string;
  /**
   * How long to wait for the database to accept connections, in seconds. Defaults to 60.
   */
  waitTimeoutSeconds?: number;
}
