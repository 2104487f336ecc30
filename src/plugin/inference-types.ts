/** A file found by the plugin, with the project it belongs to. */
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

/** A TypeORM data source that gets a db-migrate target. */
export interface PlannedDataSource {
  /** Relative to the workspace root. */
  path: string;
  projectRoot: string;
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
