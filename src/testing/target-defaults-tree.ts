import {
  readJson,
  writeJson,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { tuneTargetDefaults } from '../generators/target-defaults/generator';
import type { TargetDefaultsGeneratorOptions } from '../generators/target-defaults/schema';
import {
  createGraphFromTree,
  type GraphExtras,
} from './create-graph-from-tree';

/*
 * Helpers of the target-defaults generator specs: a two-project tree, the
 * generator run on it against a graph built from the tree, and readers.
 */

export type Targets = Record<string, TargetConfiguration>;

export function addProject(tree: Tree, name: string, targets: Targets): void {
  writeJson(tree, `packages/${name}/project.json`, {
    name,
    root: `packages/${name}`,
    targets,
  });
}

/** Runs the generator unformatted against a graph built from the tree. */
export function run(
  tree: Tree,
  options: TargetDefaultsGeneratorOptions = {},
  extras: GraphExtras = {},
) {
  return tuneTargetDefaults(tree, { skipFormat: true, ...options }, async () =>
    createGraphFromTree(tree, extras),
  );
}

export const tsc = (project: string): TargetConfiguration => ({
  executor: 'nx:run-commands',
  options: { command: 'tsc -p tsconfig.json', cwd: `packages/${project}` },
});

/** twenty-shared and twenty-server, the server depending on the library. */
export function createTree(nxJson?: string): Tree {
  const tree = createTreeWithEmptyWorkspace();
  if (nxJson) tree.write('nx.json', nxJson);
  tree.write('tsconfig.base.json', '{}');
  tree.write('.nvmrc', '20\n');
  for (const name of ['twenty-shared', 'twenty-server']) {
    writeJson(tree, `packages/${name}/tsconfig.json`, {
      compilerOptions: { outDir: 'dist' },
    });
    addProject(tree, name, {
      build: tsc(name),
      test: {
        executor: 'nx:run-commands',
        options: { command: 'node --test' },
      },
      typecheck: tsc(name),
    });
  }
  return tree;
}
export const serverDependsOnShared = {
  dependencies: { 'twenty-server': ['twenty-shared'] },
};
export const nxJsonOf = (tree: Tree) => readJson(tree, 'nx.json');
