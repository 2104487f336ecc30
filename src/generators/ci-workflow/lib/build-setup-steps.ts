import type { CiPlan } from './ci-plan';
import type { GithubStep } from './github-types';
import { getPackageManagerCommands } from './package-manager-commands';

/**
 * The steps every job starts with: a full checkout, the affected base,
 * Node and the dependencies (cached by the lockfile), then the Nx cache.
 */
export function buildSetupSteps(plan: CiPlan, jobId: string): GithubStep[] {
  return [
    {
      name: 'Check out the full history',
      uses: 'actions/checkout@v4',
      with: { 'fetch-depth': 0 },
    },
    ...buildBaseSteps(plan),
    ...buildInstallSteps(plan),
    buildNxCacheStep(plan, jobId),
  ];
}

function buildBaseSteps(plan: CiPlan): GithubStep[] {
  return [
    {
      name: 'Set NX_BASE and NX_HEAD for nx affected',
      id: 'shas',
      uses: 'nrwl/nx-set-shas@v4',
      with: {
        'main-branch-name': plan.mainBranch,
        'error-on-no-successful-workflow': false,
      },
    },
    {
      name: 'Show the affected base',
      env: { NO_PREVIOUS_BUILD: '${{ steps.shas.outputs.noPreviousBuild }}' },
      run: [
        'echo "Affected: $NX_BASE..$NX_HEAD"',
        'if [ "$NO_PREVIOUS_BUILD" = "true" ]; then',
        `  echo "::warning::No successful run of this workflow on ${plan.mainBranch} yet: the base fell back to HEAD~1, so only the last commit counts as changed."`,
        'fi',
        '',
      ].join('\n'),
    },
  ];
}

function buildInstallSteps(plan: CiPlan): GithubStep[] {
  const commands = getPackageManagerCommands(plan.packageManager);
  const { lockfile } = plan.packageManager;
  const steps: GithubStep[] = [];

  if (plan.packageManager.name === 'bun') {
    steps.push({
      name: 'Set up Bun',
      uses: 'oven-sh/setup-bun@v2',
      with: { 'bun-version': plan.packageManager.version ?? 'latest' },
    });
  }
  const setupNode: GithubStep = {
    name: `Set up Node ${plan.nodeVersion}`,
    uses: 'actions/setup-node@v4',
    with: { 'node-version': plan.nodeVersion },
  };
  if (commands.setupNodeCache) {
    setupNode.with = {
      ...setupNode.with,
      cache: commands.setupNodeCache,
      'cache-dependency-path': lockfile,
    };
  }
  steps.push(setupNode);

  if (commands.corepack)
    steps.push({ name: 'Enable corepack', run: 'corepack enable' });
  if (commands.cacheDirCommand) steps.push(...buildPackageCacheSteps(plan));
  steps.push({ name: 'Install dependencies', run: commands.install });
  return steps;
}

function buildPackageCacheSteps(plan: CiPlan): GithubStep[] {
  const { name, lockfile } = plan.packageManager;
  const command = getPackageManagerCommands(
    plan.packageManager,
  ).cacheDirCommand;
  return [
    {
      name: 'Locate the package cache',
      id: 'package-cache',
      run: `echo "dir=$(${command})" >> "$GITHUB_OUTPUT"`,
    },
    {
      name: 'Cache packages by lockfile',
      uses: 'actions/cache@v4',
      with: {
        path: '${{ steps.package-cache.outputs.dir }}',
        key: `${name}-\${{ runner.os }}-\${{ hashFiles('${lockfile}') }}`,
        'restore-keys': `${name}-\${{ runner.os }}-`,
      },
    },
  ];
}

// GitHub lets a pull request restore caches saved on its base branch; the
// prefix restore keys pick the newest one main saved for this job. A cache
// key is written once, so each shard keys its own, and falls back to any
// shard's (or a cache saved before the job was sharded).
function buildNxCacheStep(plan: CiPlan, jobId: string): GithubStep {
  const prefix = `nx-\${{ runner.os }}-${jobId}-`;
  const sharded = jobId === 'checks' && plan.shards > 1;
  const own = sharded ? `${prefix}\${{ matrix.shard }}-` : prefix;
  return {
    name: 'Cache the Nx cache',
    uses: 'actions/cache@v4',
    with: {
      path: plan.nxCacheDirectory,
      key: `${own}\${{ github.sha }}`,
      'restore-keys': sharded ? `${own}\n${prefix}` : prefix,
    },
  };
}
