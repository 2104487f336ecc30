/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Registers @twenty/devops/plugin in nx.json so that compose files and TypeORM data sources become docker-up, docker-down and db-migrate targets; when nx.json turns inference plugins off, writes the same targets into each project's configuration instead.
 */
export interface InitGeneratorOptions {
  /**
   * The name of the target that brings compose services up. Defaults to docker-up, or devops-docker-up when a project already has a docker-up target of another executor.
   */
  dockerUpTargetName?: string;
  /**
   * The name of the target that takes compose services down. Defaults to docker-down, or devops-docker-down when a project already has a docker-down target of another executor.
   */
  dockerDownTargetName?: string;
  /**
   * The name of the target that applies migrations. Defaults to db-migrate, or devops-db-migrate when a project already has a db-migrate target of another executor.
   */
  dbMigrateTargetName?: string;
  /**
   * Leave the changed files as written, without formatting them. Defaults to false.
   */
  skipFormat?: boolean;
}
