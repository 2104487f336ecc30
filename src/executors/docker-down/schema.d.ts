/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Stops and removes the containers and networks of a compose project. Named volumes are kept unless asked.
 */
export interface DockerDownExecutorOptions {
  /**
   * Compose files, relative to the workspace root, merged in order. Defaults to the first of compose.yaml, compose.yml, docker-compose.yaml and docker-compose.yml found in the project root.
   */
  composeFiles?: string[];
  /**
   * The compose project name. Defaults to COMPOSE_PROJECT_NAME, then the top-level `name:` of the compose files, else a name derived from the workspace and the compose file's folder, made valid for compose.
   */
  projectName?: string;
  /**
   * The folder that relative paths in the compose files resolve against, relative to the workspace root. Defaults to the folder of the first compose file.
   */
  projectDirectory?: string;
  /**
   * Compose profiles whose services are also taken down. Defaults to none.
   */
  profiles?: string[];
  /**
   * Env files used to interpolate the compose files, relative to the workspace root. Defaults to compose's own `.env` lookup in the project directory.
   */
  envFiles?: string[];
  /**
   * Also remove the project's named and anonymous volumes, deleting their data. Defaults to false.
   */
  volumes?: boolean;
  /**
   * Also remove containers of services no longer in the compose files. Defaults to false.
   */
  removeOrphans?: boolean;
  /**
   * How long each container gets to stop before it is killed, in seconds. Defaults to 10.
   */
  timeoutSeconds?: number;
}
