import { getProjects, updateProjectConfiguration, type Tree } from '@nx/devkit';
import { EXECUTORS } from '../../../plugin/executor-names';
import { listUsedProjects } from '../../../plugin/list-used-projects';

const OUR_EXECUTORS: string[] = Object.values(EXECUTORS);

/**
 * Writes, as `implicitDependencies`, the edges the plugin's
 * createDependencies would add: from a project whose @twenty/devops
 * targets use another project's compose file to that project. With
 * inference plugins off, nothing else tells Nx that twenty-server is
 * affected when packages/twenty-docker/docker-compose.dev.yml changes.
 * Adds only the names a project lacks, never one it excludes with `!`.
 * Returns each edge added, as `<project> on <other project>`.
 */
export function addImplicitDependencies(tree: Tree): string[] {
  const projects = getProjects(tree);
  const namesByRoot = new Map(
    [...projects].map(([name, project]) => [project.root, name]),
  );
  const added: string[] = [];

  for (const [name, project] of projects) {
    const used = Object.values(project.targets ?? {})
      .filter((target) => OUR_EXECUTORS.includes(target.executor ?? ''))
      .flatMap((target) =>
        listUsedProjects(target, name, projects, namesByRoot),
      );
    const present = project.implicitDependencies ?? [];
    const missing = [...new Set(used)].filter(
      (other) => !present.includes(other) && !present.includes(`!${other}`),
    );
    if (missing.length === 0) continue;

    updateProjectConfiguration(tree, name, {
      ...project,
      implicitDependencies: [...present, ...missing],
    });
    added.push(...missing.map((other) => `${name} on ${other}`));
  }
  return added;
}
