import { readNxJson, type Tree } from '@nx/devkit';
import { readNxProjects } from '../../../nx-projects/read-nx-projects';

/** The targets a CI pipeline runs, in the order they are listed. */
export const CANONICAL_TARGETS = ['lint', 'typecheck', 'test', 'build', 'e2e'];

// Targets that official inference plugins add without a project.json
// entry, under their default names.
const inferredTargets: Record<string, string[]> = {
  '@nx/eslint/plugin': ['lint'],
  '@nx/jest/plugin': ['test'],
  '@nx/vite/plugin': ['build', 'test', 'typecheck'],
  '@nx/vitest': ['test'],
  '@nx/js/typescript': ['typecheck', 'build'],
  '@nx/webpack/plugin': ['build'],
  '@nx/rollup/plugin': ['build'],
  '@nx/next/plugin': ['build'],
  '@nx/playwright/plugin': ['e2e'],
  '@nx/cypress/plugin': ['e2e'],
};

/**
 * Which of lint, typecheck, test, build and e2e some project has: in its
 * project.json, its package.json (`nx.targets`, or a script Nx runs as a
 * target), or inferred by an official plugin in nx.json.
 */
export function findCiTargets(tree: Tree): string[] {
  const present = new Set<string>();
  for (const [, project] of readNxProjects(tree)) {
    for (const target of Object.keys(project.targets ?? {}))
      present.add(target);
  }
  for (const entry of readNxJson(tree)?.plugins ?? []) {
    const name = typeof entry === 'string' ? entry : entry.plugin;
    for (const target of inferredTargets[name] ?? []) present.add(target);
  }
  return CANONICAL_TARGETS.filter((target) => present.has(target));
}
