import {
  getProjects,
  readNxJson,
  type ProjectGraph,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { readDefaultEntries } from '../generators/target-defaults/lib/read-default-entries';
import { readDefaultConflict } from '../generators/target-defaults/lib/read-default-conflict';
import { resolveDefaultsKey } from '../generators/target-defaults/lib/resolve-defaults-key';
import type { WorkspaceTarget } from '../generators/target-defaults/lib/target-defaults-types';

export interface GraphExtras {
  /** Project name to the names of the projects it depends on. */
  dependencies?: Record<string, string[]>;
  /** Targets an inference plugin adds, by project name. */
  inferredTargets?: Record<string, Record<string, TargetConfiguration>>;
}

/**
 * A project graph for unit specs, close to what Nx builds: inferred
 * targets as given, then nx.json's target defaults (the unfiltered and
 * executor-filtered entries of the key that applies, less those Nx drops
 * for naming another executor or command), then the tree's project.json
 * targets on top.
 */
export function createGraphFromTree(
  tree: Tree,
  extras: GraphExtras = {},
): ProjectGraph {
  const defaults = (readNxJson(tree)?.targetDefaults ?? {}) as Record<
    string,
    unknown
  >;
  const graph: ProjectGraph = { nodes: {}, dependencies: {} };
  for (const [name, project] of getProjects(tree)) {
    const inferred = extras.inferredTargets?.[name] ?? {};
    const names = new Set([
      ...Object.keys(inferred),
      ...Object.keys(project.targets ?? {}),
    ]);
    const targets = Object.fromEntries(
      [...names].map((target) => {
        const declared = project.targets?.[target];
        const base = { ...inferred[target] };
        const view: WorkspaceTarget = {
          project: name,
          projectRoot: project.root,
          name: target,
          effective: { ...base, ...declared },
          declared,
          dependencies: [],
        };
        const key = resolveDefaultsKey(view, defaults);
        const fromKey = key ? readKeyDefaults(defaults[key], view) : {};
        return [target, { ...base, ...fromKey, ...declared }];
      }),
    );
    graph.nodes[name] = {
      name,
      type: project.projectType === 'application' ? 'app' : 'lib',
      data: { ...project, targets },
    };
    graph.dependencies[name] = (extras.dependencies?.[name] ?? []).map(
      (target) => ({ source: name, target, type: 'static' }),
    );
  }
  return graph;
}

// Nx drops an entry that names another executor or command than the
// target's own, the whole entry (readDefaultConflict).
function readKeyDefaults(
  value: unknown,
  target: WorkspaceTarget,
): TargetConfiguration {
  const entries = readDefaultEntries(value)
    .filter(
      ({ config }) =>
        !config.filter ||
        (config.filter.executor === target.effective.executor &&
          !config.filter.projects &&
          !config.filter.plugin),
    )
    .filter(({ config }) => !readDefaultConflict(target, config));
  return Object.assign(
    {},
    ...entries.map(({ config }) => {
      const { filter, ...rest } = config;
      return rest;
    }),
  );
}
