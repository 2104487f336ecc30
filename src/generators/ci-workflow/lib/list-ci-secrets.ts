import type { CiPlan } from './ci-plan';

/**
 * The secret variables Nx reads in CI for the remote cache and Nx Cloud:
 * GitHub secrets, or masked CI/CD variables of the GitLab project. The
 * self-hosted server is one too, unless `remoteCacheUrl` gives it.
 */
export function listCiSecrets(plan: CiPlan): string[] {
  const secrets: string[] = [];
  if (plan.nxCloud || plan.remoteCache === 'nx-cloud')
    secrets.push('NX_CLOUD_ACCESS_TOKEN');
  if (plan.remoteCache === 'self-hosted') {
    if (!plan.remoteCacheUrl)
      secrets.push('NX_SELF_HOSTED_REMOTE_CACHE_SERVER');
    secrets.push('NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN');
  }
  return secrets;
}
