import { logger } from '@nx/devkit';
import { listServices } from './list-services';
import type { CiPlan } from './ci-plan';

/** Says what the pipeline was built from, and warns about what CI cannot do. */
export function reportPlan(plan: CiPlan, written: boolean): void {
  const services = listServices(plan);
  logger.verbose(`ci-workflow plan: ${JSON.stringify(plan)}`);
  if (plan.serviceContainers || plan.provider === 'gitlab')
    warnAboutContainers(plan);

  const integration = plan.integration.length
    ? `; integration: ${plan.integration.map((item) => `${item.project}:${item.target}`).join(', ')} with ${services.map((s) => s.name).join(', ') || 'no compose service found'}`
    : '';
  const verb = written ? 'Wrote' : 'Kept';
  logger.info(
    `${verb} ${plan.filePath}: ${plan.packageManager.name} from ${plan.packageManager.lockfile}, Node ${plan.nodeVersion} from ${plan.nodeVersionSource}, main branch ${plan.mainBranch}, targets ${plan.checkTargets.join(', ') || 'none'}${integration}.`,
  );
}

function warnAboutContainers(plan: CiPlan): void {
  for (const service of listServices(plan)) {
    if (service.bindMounts.length) {
      logger.warn(
        `Service ${service.name} mounts ${service.bindMounts.join(', ')}, which a CI service container cannot: create that data in the migrations, or leave serviceContainers off to start it with docker-up.`,
      );
    }
    if (service.command !== undefined) {
      logger.warn(
        `Service ${service.name} sets a command, which a CI service container cannot: it runs the image's default command.`,
      );
    }
  }
}
