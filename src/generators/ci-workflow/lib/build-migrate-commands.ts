import type { ServiceTarget } from './ci-plan';

/**
 * The commands that run the migrations of the integration targets when
 * their task dependencies are left out (the services then come from the
 * CI service, not docker-up). A migration of the target's own project
 * runs when that project is affected, limited by `--exclude` to the
 * projects whose integration targets need it; one of another project
 * always runs, since that project need not be affected itself.
 */
export function buildMigrateCommands(
  nx: string,
  integration: ServiceTarget[],
): string[] {
  const own = new Map<string, Set<string>>();
  const others = new Map<string, Set<string>>();
  for (const item of integration) {
    for (const { project, target } of item.migrations) {
      const byTarget = project === item.project ? own : others;
      if (!byTarget.has(target)) byTarget.set(target, new Set());
      byTarget.get(target)?.add(project);
    }
  }

  const flags = '--parallel=1 --exclude-task-dependencies';
  const commands: string[] = [];
  if (own.size) {
    const projects = [...new Set([...own.values()].flatMap((s) => [...s]))];
    const only = ['*', ...projects.map((name) => `!${name}`)].join(',');
    commands.push(
      `${nx} affected -t ${[...own.keys()].join(' ')} --exclude='${only}' ${flags}`,
    );
  }
  for (const [target, projects] of others)
    commands.push(
      `${nx} run-many -t ${target} -p ${[...projects].join(',')} ${flags}`,
    );
  return commands;
}
