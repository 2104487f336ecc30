import type { CiPlan, ComposeService } from './ci-plan';

/** The distinct compose services of every integration target. */
export function listServices(plan: CiPlan): ComposeService[] {
  const byName = new Map<string, ComposeService>();
  for (const item of plan.integration)
    for (const service of item.services) byName.set(service.name, service);
  return [...byName.values()];
}
