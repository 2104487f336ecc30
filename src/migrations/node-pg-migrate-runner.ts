/**
 * The part of node-pg-migrate 9's `runner` this plugin uses. Its package
 * ships its types only behind `exports`, which this build's `node` module
 * resolution does not read, so they are restated here.
 */
export type NodePgMigrateRunner = (
  options: NodePgMigrateRunnerOptions,
) => Promise<{ name: string; path: string }[]>;

export interface NodePgMigrateRunnerOptions {
  /** A connected pg Client; node-pg-migrate neither connects nor ends it. */
  dbClient: unknown;
  dir: string;
  ignorePattern: string;
  migrationsTable: string;
  migrationsSchema: string;
  createMigrationsSchema: boolean;
  direction: 'up';
  checkOrder: boolean;
  singleTransaction: boolean;
  dryRun: boolean;
  /** We take our own lock, the same in every mode. */
  noLock: true;
  logger: NodePgMigrateLogger;
  migrationLoaderStrategies: {
    extensions: string[];
    loader: (filePaths: string[]) => Promise<NodePgMigrateUnit[]>;
  }[];
}

export interface NodePgMigrateLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** One migration as a loader hands it to node-pg-migrate. */
export interface NodePgMigrateUnit {
  id: string;
  filePaths: string[];
  actions: {
    up: (pgm: NodePgMigrateBuilder) => void;
    down: ((pgm: NodePgMigrateBuilder) => void) | false;
  };
}

export interface NodePgMigrateBuilder {
  sql(text: string): void;
  noTransaction(): void;
}
