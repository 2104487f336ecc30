import { buildMigrateCommands } from './build-migrate-commands';
import { listServices } from './list-services';
import type { CiPlan, ComposeService } from './ci-plan';
import { getPackageManagerCommands } from './package-manager-commands';
import { toRefSlug } from './to-ref-slug';

const main = (plan: CiPlan) => `$CI_COMMIT_BRANCH == "${plan.mainBranch}"`;

/**
 * The same pipeline for GitLab CI: full clones, the affected base from the
 * merge request's diff base (or the previous main commit), the package
 * cache keyed by the lockfile, the Nx cache keyed by the branch's slug
 * with main's as the fallback, `parallel:` shards, and auto-cancel for
 * merge requests only. Services come from the compose file as GitLab
 * services, so the migrations run before the integration targets.
 */
export function buildGitlabPipeline(plan: CiPlan): Record<string, unknown> {
  const jobs: Record<string, unknown> = {};
  if (plan.checkTargets.length) jobs.checks = buildChecksJob(plan);
  if (plan.integration.length) jobs.integration = buildIntegrationJob(plan);
  if (plan.e2eTarget)
    jobs.e2e = buildMainOnlyJob(plan, 'e2e', plan.e2eTarget, Object.keys(jobs));
  if (plan.deployTarget)
    jobs.deploy = buildMainOnlyJob(
      plan,
      'deploy',
      plan.deployTarget,
      Object.keys(jobs),
    );

  return {
    workflow: {
      name: plan.name,
      rules: [
        { if: main(plan), auto_cancel: { on_new_commit: 'none' } },
        {
          if: '$CI_PIPELINE_SOURCE == "merge_request_event"',
          auto_cancel: { on_new_commit: 'interruptible' },
        },
      ],
    },
    stages: ['checks', 'integration', 'e2e', 'deploy'],
    variables: buildVariables(plan),
    default: buildDefault(plan),
    ...jobs,
  };
}

function buildVariables(plan: CiPlan): Record<string, string> {
  const variables: Record<string, string> = {
    GIT_DEPTH: '0',
    NX_CACHE_DIRECTORY: `$CI_PROJECT_DIR/${plan.nxCacheDirectory}`,
  };
  if (plan.remoteCache === 'self-hosted' && plan.remoteCacheUrl)
    variables.NX_SELF_HOSTED_REMOTE_CACHE_SERVER = plan.remoteCacheUrl;
  return variables;
}

function buildDefault(plan: CiPlan): Record<string, unknown> {
  const commands = getPackageManagerCommands(plan.packageManager);
  const { lockfile } = plan.packageManager;
  const cacheFolder = commands.cacheDirCommand ? '.package-cache' : '.npm';
  return {
    image: `node:${toImageTag(plan.nodeVersion)}`,
    interruptible: true,
    timeout: `${plan.timeoutMinutes}m`,
    cache: [
      { key: { files: [lockfile] }, paths: [cacheFolder], policy: 'pull-push' },
      {
        key: 'nx-$CI_COMMIT_REF_SLUG',
        fallback_keys: [`nx-${toRefSlug(plan.mainBranch)}`],
        paths: [plan.nxCacheDirectory],
      },
    ],
    before_script: [
      ...(commands.corepack ? ['corepack enable'] : []),
      ...buildCacheFolderCommands(plan, cacheFolder),
      commands.install,
      ...buildBaseCommands(plan),
    ],
  };
}

function buildCacheFolderCommands(plan: CiPlan, folder: string): string[] {
  switch (plan.packageManager.name) {
    case 'npm':
      return [`npm config set cache "$CI_PROJECT_DIR/${folder}"`];
    case 'yarn':
      return [`yarn config set cache-folder "$CI_PROJECT_DIR/${folder}"`];
    case 'yarn-berry':
      return [`export YARN_CACHE_FOLDER="$CI_PROJECT_DIR/${folder}"`];
    case 'pnpm':
      return [`pnpm config set store-dir "$CI_PROJECT_DIR/${folder}"`];
    case 'bun':
      return [`export BUN_INSTALL_CACHE_DIR="$CI_PROJECT_DIR/${folder}"`];
  }
}

// GitLab has no nx-set-shas. A merge request compares with its diff base;
// main with the commit before the push, and HEAD~1 when there is none
// (a new branch or the first pipeline), which the job log says.
function buildBaseCommands(plan: CiPlan): string[] {
  return [
    'if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then export NX_BASE="$CI_MERGE_REQUEST_DIFF_BASE_SHA";' +
      ' elif [ -n "$CI_COMMIT_BEFORE_SHA" ] && [ "$CI_COMMIT_BEFORE_SHA" != "0000000000000000000000000000000000000000" ]; then export NX_BASE="$CI_COMMIT_BEFORE_SHA";' +
      ` else export NX_BASE="$(git rev-parse HEAD~1)"; echo "No earlier commit of ${plan.mainBranch} to compare with: the base falls back to HEAD~1."; fi`,
    'export NX_HEAD="$CI_COMMIT_SHA"',
    'echo "Affected: $NX_BASE..$NX_HEAD"',
  ];
}

function toImageTag(version: string): string {
  if (version.startsWith('lts')) return 'lts';
  const major = /\d+/.exec(version)?.[0];
  return major ?? 'lts';
}

function buildChecksJob(plan: CiPlan): Record<string, unknown> {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const targets = plan.checkTargets;
  const job: Record<string, unknown> = {
    stage: 'checks',
    script: [`${nx} affected -t ${targets.join(' ')} --parallel=3`],
  };
  if (plan.nxCloud) {
    const last = targets[targets.length - 1];
    job.script = [
      `${nx} start-ci-run --distribute-on="${plan.nxCloudDistribution}" --stop-agents-after="${last}"`,
      ...(job.script as string[]),
    ];
  }
  if (plan.shards > 1) {
    job.parallel = plan.shards;
    job.script = [
      'export SHARD="$CI_NODE_INDEX" SHARDS="$CI_NODE_TOTAL"',
      ...targets.map((target) => buildShardLine(nx, target)),
    ];
  }
  return job;
}

function buildShardLine(nx: string, target: string): string {
  return (
    `projects=$(${nx} show projects --affected --withTarget=${target} --json | node -e 'const all=JSON.parse(require("fs").readFileSync(0,"utf8")).sort();const [shard,total]=process.argv.slice(1).map(Number);console.log(all.filter((_,i)=>i%total===shard-1).join(","))' "$SHARD" "$SHARDS");` +
    ` if [ -n "$projects" ]; then ${nx} run-many -t ${target} -p "$projects" --parallel=3; else echo "Shard $SHARD/$SHARDS: no affected project has ${target}."; fi`
  );
}

function buildIntegrationJob(plan: CiPlan): Record<string, unknown> {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const targets = [...new Set(plan.integration.map((item) => item.target))];
  // The services are GitLab's, so docker-up, and with it the migrations,
  // are left out of the task graph; the migrations run first on their own.
  return {
    stage: 'integration',
    services: listServices(plan).map(toGitlabService),
    script: [
      ...buildMigrateCommands(nx, plan.integration),
      `${nx} affected -t ${targets.join(' ')} --parallel=1 --exclude-task-dependencies`,
    ],
  };
}

function toGitlabService(service: ComposeService): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    name: service.image,
    alias: service.name,
  };
  if (Object.keys(service.environment).length)
    entry.variables = service.environment;
  return entry;
}

function buildMainOnlyJob(
  plan: CiPlan,
  stage: string,
  target: string,
  needs: string[],
): Record<string, unknown> {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const job: Record<string, unknown> = {
    stage,
    needs,
    interruptible: false,
    rules: [{ if: `${main(plan)} && $CI_PIPELINE_SOURCE == "push"` }],
    script: [`${nx} affected -t ${target} --parallel=1`],
  };
  if (stage === 'deploy') job.environment = 'production';
  return job;
}
