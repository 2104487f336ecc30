import {
  getProjects,
  updateProjectConfiguration,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';

/**
 * Adds the targets to each project's project.json (or the `nx` key of its
 * package.json). A target the project already has is left as it is, so a
 * second run, or a target edited by hand, stays untouched. Returns the
 * names of the projects that changed.
 */
export function writeExplicitTargets(
  tree: Tree,
  targetsByRoot: Map<string, Record<string, TargetConfiguration>>,
): string[] {
  const changed: string[] = [];
  for (const [name, project] of getProjects(tree)) {
    const targets = targetsByRoot.get(project.root) ?? {};
    const missing = Object.keys(targets).filter(
      (target) => !project.targets?.[target],
    );
    if (missing.length === 0) continue;

    const added = Object.fromEntries(
      missing.map((target) => [target, targets[target]]),
    );
    updateProjectConfiguration(tree, name, {
      ...project,
      targets: { ...project.targets, ...added },
    });
    changed.push(name);
  }
  return changed;
}
