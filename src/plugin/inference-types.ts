/** A file or folder found by the plugin, with the project it belongs to. */
export interface LocatedFile {
  /** Relative to the workspace root. */
  path: string;
  projectRoot: string;
}

/**
 * Compose files that one docker-up target merges: a base file with its
 * override, or a variant such as docker-compose.dev.yml on its own.
 */
export interface ComposeSetup {
  projectRoot: string;
  /** Relative to the workspace root, in the order compose merges them. */
  files: string[];
  /** Appended to the target names; undefined for the project's main setup. */
  label?: string;
}

/**
 * What db-migrate applies: the migrations of a TypeORM data source, or a
 * folder of `.sql` files (db-migrate's sql mode).
 */
export type MigrationsKind = 'typeorm' | 'sql';

/** A data source file or a folder of SQL migrations, in its project. */
export interface LocatedMigrations extends LocatedFile {
  kind: MigrationsKind;
}

/** Migrations that get a db-migrate target. */
export interface PlannedMigrations extends LocatedMigrations {
  targetName: string;
}

/** What a compose file points at that its targets should take as inputs. */
export interface ComposeReferences {
  /** Relative to the workspace root. */
  envFiles: string[];
  /** Relative to the workspace root. */
  dockerfiles: string[];
  services: string[];
}

/**
 * What may give one project db-migrate targets, as found by name alone:
 * no data source has been read yet.
 */
export interface ProjectMigrationFiles {
  projectRoot: string;
  /** From the dataSources and migrationsDirectories options; they exist. */
  mapped: LocatedMigrations[];
  /** `*.datasource.ts` files, whether or not they export a DataSource. */
  dataSourceCandidates: string[];
  sqlFolders: string[];
}
