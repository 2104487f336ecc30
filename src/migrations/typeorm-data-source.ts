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
  };
  migrations: TypeOrmMigration[];
  /** TypeORM's logger; it prints failed queries when `logging` says so. */
  logger?: object;
  setOptions(options: { url: string }): unknown;
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
