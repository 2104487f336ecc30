import type { ProjectGraph, Tree } from '@nx/devkit';
import { join, relative } from 'node:path';
import { resolveWorkspaceDataDirectory } from '../../../nx-cache/resolve-workspace-data-directory';

/**
 * Project name → the names and executors of its targets in the project
 * graph that `nx g` computed, and cached, just before running the
 * generator: the only place that knows the targets other inference
 * plugins add. Empty when there is no such file, as in a unit spec's
 * tree; under `nx g --skipProjectGraph`, whatever an earlier command left.
 */
export function readGraphTargets(
  tree: Tree,
): Map<string, Map<string, string | undefined>> {
  const graph = readCachedGraph(tree);
  const nodes = Object.values(graph?.nodes ?? {});
  return new Map(
    nodes.map((node) => [
      node.name,
      new Map(
        Object.entries(node.data?.targets ?? {}).map(([name, target]) => [
          name,
          target?.executor,
        ]),
      ),
    ]),
  );
}

function readCachedGraph(tree: Tree): Partial<ProjectGraph> | undefined {
  const folder = resolveWorkspaceDataDirectory(tree.root);
  const path = join(relative(tree.root, folder), 'project-graph.json');
  try {
    return JSON.parse(tree.read(path, 'utf8') ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}
