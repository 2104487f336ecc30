import { logger, readNxJson, type Tree } from '@nx/devkit';
import { DevopsError } from '../../../errors/devops-error';
import type { CiWorkflowGeneratorOptions } from '../schema';
import type { CiPlan } from './ci-plan';
import { checkCiTargets } from './check-ci-targets';
import { detectNodeVersion } from './detect-node-version';
import { detectPackageManager } from './detect-package-manager';
import { findCiTargets } from './find-ci-targets';
import { findServiceTargets } from './find-service-targets';

/**
 * Reads everything the pipeline depends on from the tree and applies every
 * default, so the writers that follow add none of their own.
 */
export function normalizeOptions(
  tree: Tree,
  options: CiWorkflowGeneratorOptions,
): CiPlan {
  const provider = options.provider ?? 'github';
  const name = readName(options.name);
  const node = detectNodeVersion(tree, options.nodeVersion);
  checkOptions(options);

  const wanted = readList(options.integrationTargets);
  const integration = findServiceTargets(tree, wanted);
  const integrationNames = new Set(integration.map((item) => item.target));
  const targets = readList(options.targets) ?? findCiTargets(tree);
  const nxJson = readNxJson(tree) ?? {};

  const plan: CiPlan = {
    provider,
    name,
    filePath:
      provider === 'gitlab'
        ? '.gitlab-ci.yml'
        : `.github/workflows/${toFileName(name)}.yml`,
    mainBranch: options.mainBranch ?? nxJson.defaultBase ?? 'main',
    nodeVersion: node.version,
    nodeVersionSource: node.source,
    packageManager: detectPackageManager(tree),
    // A name the integration job runs leaves the checks job in every
    // project: that job runs it with `nx affected` and no project filter,
    // so a project whose target of that name needs no services runs it
    // there.
    checkTargets: targets.filter(
      (t) => t !== 'e2e' && !integrationNames.has(t),
    ),
    e2eTarget: targets.includes('e2e') ? 'e2e' : undefined,
    integration,
    serviceContainers: options.serviceContainers ?? false,
    shards: options.shards ?? 1,
    nxCloud: options.nxCloud ?? false,
    nxCloudDistribution: options.nxCloudDistribution ?? '3 linux-medium-js',
    remoteCache: options.remoteCache ?? 'none',
    remoteCacheUrl: options.remoteCacheUrl,
    deployTarget: options.deploy
      ? (options.deployTarget ?? 'deploy')
      : undefined,
    timeoutMinutes: options.timeoutMinutes ?? 30,
    runsOn: options.runsOn ?? 'ubuntu-latest',
    pinActions: options.pinActions ?? false,
    actionShas: options.actionShas ?? {},
    nxCacheDirectory: readCacheDirectory(nxJson.cacheDirectory),
    force: options.force ?? false,
  };
  checkCiTargets(plan, { ...options, integrationTargets: wanted });
  return plan;
}

// `--targets=` reaches the generator as [""] or [], and a comma list may
// leave blanks around its names.
function readList(names: string[] | undefined): string[] | undefined {
  return names?.map((name) => name.trim()).filter(Boolean);
}

function readName(name: string | undefined): string {
  if (name === undefined) return 'CI';
  if (!name.trim()) {
    throw new DevopsError(
      `The workflow name is empty ("${name}"), which CI shows as the pipeline's title and the GitHub file is named after.`,
      'Pass a name with letters or digits, such as --name=CI, or leave --name out.',
    );
  }
  return name.trim();
}

function toFileName(name: string): string {
  const fileName = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!fileName) {
    throw new DevopsError(
      `The workflow name "${name}" leaves no file name once its punctuation is dropped.`,
      'Pass a name with letters or digits, such as --name=CI.',
    );
  }
  return fileName;
}

function checkOptions(options: CiWorkflowGeneratorOptions): void {
  // Nx checks an option's type, not its minimum or maximum.
  const shards = options.shards ?? 1;
  if (!Number.isInteger(shards) || shards < 1 || shards > 64) {
    throw new DevopsError(
      `shards must be a whole number from 1 to 64, not ${options.shards}.`,
      'Pass --shards=1 for one runner per target, or more to split the affected projects across runners.',
    );
  }
  if (options.nxCloud && (options.shards ?? 1) > 1) {
    throw new DevopsError(
      `nxCloud and shards (${options.shards}) both split the work across machines; only one can.`,
      'Pass either --nxCloud or --shards, not both.',
    );
  }
  if (options.remoteCacheUrl && options.remoteCache !== 'self-hosted') {
    logger.warn(
      `remoteCacheUrl "${options.remoteCacheUrl}" is only used with --remoteCache=self-hosted; it is ignored.`,
    );
  }
  if (options.provider === 'gitlab') warnAboutGithubOptions(options);
}

// Nx fills in schema defaults, so only values other than those count.
function warnAboutGithubOptions(options: CiWorkflowGeneratorOptions): void {
  const given = [
    options.runsOn && options.runsOn !== 'ubuntu-latest' ? 'runsOn' : '',
    options.pinActions ? 'pinActions' : '',
    Object.keys(options.actionShas ?? {}).length ? 'actionShas' : '',
  ].filter(Boolean);
  if (!given.length) return;
  logger.warn(
    `${given.join(', ')} only apply to GitHub Actions; the GitLab pipeline ignores them.`,
  );
}

// The cache lives in the workspace so that actions/cache can save it;
// a cacheDirectory outside it would need a path of its own.
function readCacheDirectory(cacheDirectory: string | undefined): string {
  if (!cacheDirectory) return '.nx/cache';
  if (cacheDirectory.startsWith('/') || cacheDirectory.startsWith('..')) {
    throw new DevopsError(
      `nx.json sets cacheDirectory to "${cacheDirectory}", outside the workspace, where the CI cache steps cannot save it.`,
      'Set cacheDirectory to a folder inside the workspace, such as ".nx/cache", or remove it.',
    );
  }
  return cacheDirectory.replace(/^\.\//, '').replace(/\/$/, '');
}
