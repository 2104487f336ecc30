/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Brings compose services up and returns once each is healthy, running or, for a one-shot service, done.
 */
export interface DockerUpExecutorOptions {
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
   * The services to bring up, with the services they depend on. Defaults to every service of the active profiles.
   */
  services?: string[];
  /**
   * Compose profiles to activate. Defaults to none.
   */
  profiles?: string[];
  /**
   * Env files used to interpolate the compose files, relative to the workspace root. Defaults to compose's own `.env` lookup in the project directory.
   */
  envFiles?: string[];
  /**
   * Build images of services that have `build:` before starting them. Defaults to false.
   */
  build?: boolean;
  /**
   * When to pull images: `missing` pulls only absent images, `always` pulls first, `never` fails if an image is absent. Defaults to missing.
   */
  pull?: 'missing' | 'always' | 'never';
  /**
   * Recreate containers even when their configuration has not changed. Defaults to false.
   */
  forceRecreate?: boolean;
  /**
   * Remove containers of services no longer in the compose files. Defaults to false.
   */
  removeOrphans?: boolean;
  /**
   * How long to wait for the services to become ready, in seconds. Defaults to 120.
   */
  waitTimeoutSeconds?: number;
  /**
   * Return as soon as compose has started the containers, without waiting for them to be ready. Defaults to false.
   */
  skipWait?: boolean;
  /**
   * Leave the containers this run started in place when a service fails to become ready, for debugging. Defaults to false.
   */
  skipCleanupOnFailure?: boolean;
}
