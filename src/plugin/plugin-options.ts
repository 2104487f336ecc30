/** The options of `@twenty/devops/plugin`, as written in nx.json. */
export interface DevopsPluginOptions {
  /**
   * The name of the target that brings a project's compose services up.
   * A compose file other than the project's main one gets
   * `<name>:<label>`, such as `docker-up:dev`.
   * @default 'docker-up'
   */
  dockerUpTargetName?: string;

  /**
   * The name of the target that takes a project's compose services down.
   * @default 'docker-down'
   */
  dockerDownTargetName?: string;

  /**
   * The name of the target that applies a data source's migrations. A
   * project's other data sources get `<name>:<data source name>`.
   * @default 'db-migrate'
   */
  dbMigrateTargetName?: string;

  /**
   * Compose file names or globs looked for besides compose.y(a)ml,
   * compose.*.y(a)ml, docker-compose.y(a)ml and docker-compose.*.y(a)ml.
   * A name without a slash matches in any folder; one with a slash matches
   * the path from the workspace root.
   * @default []
   */
  composeFileNames?: string[];

  /**
   * Project root → where its services come from: the root of the project
   * that owns the compose file, or the path of one compose file. Its
   * migrations then depend on that project's docker-up target, and the
   * project graph gets an edge to it. Twenty:
   * `{ "packages/twenty-server": "packages/twenty-docker" }`.
   * @default {}
   */
  servicesFrom?: Record<string, string>;

  /**
   * Project root → a data source file, relative to the workspace root, for
   * data sources not named `*.datasource.ts`.
   * @default {}
   */
  dataSources?: Record<string, string>;

  /**
   * Project root → a folder of `.sql` migrations, relative to the workspace
   * root, for folders that are not named `migrations` or whose files have
   * no numeric prefix. Its db-migrate target uses sql mode.
   * @default {}
   */
  migrationsDirectories?: Record<string, string>;

  /**
   * Project root → the env file db-migrate loads, relative to the
   * workspace root.
   * @default `<projectRoot>/.env` when that file exists
   */
  envFile?: Record<string, string>;
}

/** The options with every default applied and every path normalized. */
export interface NormalizedPluginOptions {
  dockerUpTargetName: string;
  dockerDownTargetName: string;
  dbMigrateTargetName: string;
  composeFileNames: string[];
  servicesFrom: Record<string, string>;
  dataSources: Record<string, string>;
  migrationsDirectories: Record<string, string>;
  envFile: Record<string, string>;
}
