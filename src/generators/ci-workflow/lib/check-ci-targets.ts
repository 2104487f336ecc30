import { DevopsError } from '../../../errors/devops-error';
import type { CiWorkflowGeneratorOptions } from '../schema';
import type { CiPlan } from './ci-plan';

/**
 * Fails before anything is written when the pipeline would run nothing,
 * or would leave out a target named in `integrationTargets`.
 */
export function checkCiTargets(
  plan: CiPlan,
  options: CiWorkflowGeneratorOptions,
): void {
  const integrationNames = new Set(plan.integration.map((item) => item.target));
  const missing = (options.integrationTargets ?? []).filter(
    (name) => !integrationNames.has(name),
  );
  if (missing.length) {
    throw new DevopsError(
      `integrationTargets names ${missing.map((name) => `"${name}"`).join(', ')}, but no project has such a target whose dependsOn reaches docker-up or db-migrate, so the integration job would not run it.`,
      'Make the target depend on db-migrate or docker-up (nx g @twenty/devops:target-defaults does so for integration tests), or run it in the checks job with --targets instead.',
    );
  }

  if (plan.checkTargets.length || plan.e2eTarget || plan.integration.length)
    return;
  const found = options.targets
    ? 'the targets option is empty'
    : 'no project has a lint, typecheck, test, build or e2e target';
  throw new DevopsError(
    `The pipeline would have no job: ${found}, and no target's dependsOn reaches docker-up or db-migrate.`,
    'Pass the targets CI should run on affected projects with --targets, such as --targets=test,build, or add such targets to your projects first.',
  );
}
