/**
 * The part of a TypeORM 0.3 `DataSource` this plugin uses. The class comes
 * from the workspace's own typeorm, so it is recognised by shape, never by
 * `instanceof`.
 */
export interface TypeOrmDataSource {
  options: {
    url?: string;
    schema?: string;
    migrationsTableName?: string;
    /** Handed to the pg Pool, which sends statement_timeout and lock_timeout. */
    extra?: Record<string, unknown>;
  };
  migrations: TypeOrmMigration[];
  /** TypeORM's logger; it prints failed queries when `logging` says so. */
  logger?: object;
  setOptions(options: TypeOrmOptionsUpdate): unknown;
  initialize(): Promise<unknown>;
  runMigrations(options: {
    transaction: 'each' | 'all' | 'none';
  }): Promise<{ name: string }[]>;
  query(sql: string): Promise<unknown>;
  destroy(): Promise<void>;
  isInitialized: boolean;
}

/** A migration instance as TypeORM holds it after `initialize()`. */
export interface TypeOrmMigration {
  name?: string;
  up(queryRunner: unknown): Promise<unknown>;
}

/** The options this plugin changes on a data source before initializing it. */
export interface TypeOrmOptionsUpdate {
  url?: string;
  extra?: Record<string, unknown>;
  synchronize?: boolean;
  migrationsRun?: boolean;
  dropSchema?: boolean;
}
