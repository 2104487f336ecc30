import type { CiPlan } from './ci-plan';
import { buildGithubJobs } from './build-github-jobs';
import { listCiSecrets } from './list-ci-secrets';

/**
 * The workflow as plain data: pushes to the main branch and pull requests
 * against it, least permissions, and a concurrency group that cancels a
 * superseded pull-request run but gives every main-branch run a group of
 * its own, so none is ever cancelled or dropped from the queue.
 */
export function buildGithubWorkflow(plan: CiPlan): Record<string, unknown> {
  const main = `refs/heads/${plan.mainBranch}`;
  return {
    name: plan.name,
    on: {
      push: { branches: [plan.mainBranch] },
      pull_request: { branches: [plan.mainBranch] },
    },
    permissions: { contents: 'read' },
    concurrency: {
      group: `\${{ github.workflow }}-\${{ github.ref == '${main}' && github.run_id || github.ref }}`,
      'cancel-in-progress': `\${{ github.ref != '${main}' }}`,
    },
    env: buildWorkflowEnv(plan),
    jobs: buildGithubJobs(plan),
  };
}

function buildWorkflowEnv(plan: CiPlan): Record<string, string> {
  const env: Record<string, string> = {
    NX_CACHE_DIRECTORY: `\${{ github.workspace }}/${plan.nxCacheDirectory}`,
  };
  if (plan.remoteCache === 'self-hosted' && plan.remoteCacheUrl)
    env.NX_SELF_HOSTED_REMOTE_CACHE_SERVER = plan.remoteCacheUrl;
  for (const name of listCiSecrets(plan)) env[name] = `\${{ secrets.${name} }}`;
  return env;
}
