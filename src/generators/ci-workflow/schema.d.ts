/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Writes a CI pipeline for this workspace: affected lint, typecheck, test and build with the workspace's package manager and Node version, an integration job with the compose services its targets need, a persisted Nx cache, optional sharding or Nx Cloud distribution, validated before it is written.
 */
export interface CiWorkflowGeneratorOptions {
  /**
   * The CI service to write the pipeline for: GitHub Actions (.github/workflows/<name>.yml) or GitLab CI (.gitlab-ci.yml). Defaults to github.
   */
  provider?: 'github' | 'gitlab';
  /**
   * The workflow's name, which must hold a letter or digit; the GitHub workflow file is named after it in kebab-case. Defaults to CI.
   */
  name?: string;
  /**
   * The branch pull requests target and E2E and deploy run on. Defaults to `defaultBase` in nx.json, else main.
   */
  mainBranch?: string;
  /**
   * The Node version CI installs. Defaults to .nvmrc, then .node-version, then volta.node and engines.node in package.json, else lts/*.
   */
  nodeVersion?: string;
  /**
   * The targets CI runs on affected projects; with none found or given, the generator fails. Defaults to those of lint, typecheck, test, build and e2e that some project has.
   */
  targets?: string[];
  /**
   * The targets the integration job runs. Defaults to every target whose dependsOn reaches docker-up or db-migrate, except continuous ones and those named start, serve, dev or watch.
   */
  integrationTargets?: string[];
  /**
   * Start the integration job's services as CI service containers taken from the compose file (image, ports, environment, health check) instead of through the docker-up target, with the migrations run in a step before the targets; GitLab always does this. Defaults to false.
   */
  serviceContainers?: boolean;
  /**
   * The number of runners the affected projects of each target are split across, by a matrix job. Defaults to 1.
   */
  shards?: number;
  /**
   * Distribute the affected tasks with Nx Cloud agents instead of running them on the job's runner. Defaults to false.
   */
  nxCloud?: boolean;
  /**
   * The agents Nx Cloud distributes to, as `nx start-ci-run --distribute-on` takes them. Defaults to 3 linux-medium-js.
   */
  nxCloudDistribution?: string;
  /**
   * The remote cache CI reads and writes: none, Nx Cloud (token NX_CLOUD_ACCESS_TOKEN) or a self-hosted server speaking Nx's remote cache API, Nx 20.8+ (token NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN), each token a GitHub secret or a masked GitLab CI/CD variable. Defaults to none.
   */
  remoteCache?: 'none' | 'nx-cloud' | 'self-hosted';
  /**
   * The URL of the self-hosted remote cache server. Defaults to the NX_SELF_HOSTED_REMOTE_CACHE_SERVER secret on GitHub and CI/CD variable on GitLab.
   */
  remoteCacheUrl?: string;
  /**
   * Add a deploy job that runs `deployTarget` on affected projects after every other job passed on the main branch. Defaults to false.
   */
  deploy?: boolean;
  /**
   * The target the deploy job runs. Defaults to deploy.
   */
  deployTarget?: string;
  /**
   * How long each job may run, in minutes, before CI stops it. Defaults to 30.
   */
  timeoutMinutes?: number;
  /**
   * The GitHub runner label of every job; GitLab ignores it. Defaults to ubuntu-latest.
   */
  runsOn?: string;
  /**
   * Refer to each GitHub action by a full commit SHA, with its version in a comment, from a built-in table that covers every action the generator writes and `actionShas`; GitLab ignores it. Defaults to false.
   */
  pinActions?: boolean;
  /**
   * Commit SHAs by action and version, such as {"nrwl/nx-set-shas@v4": "<40 hex digits>"}, to override the built-in table. Defaults to none.
   */
  actionShas?: {
    [k: string]: string;
  };
  /**
   * Overwrite a workflow file that this generator did not write. Defaults to false.
   */
  force?: boolean;
  /**
   * Leave the changed files as written, without formatting them. Defaults to false.
   */
  skipFormat?: boolean;
}
