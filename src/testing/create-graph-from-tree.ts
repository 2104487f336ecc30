import {
  getProjects,
  readNxJson,
  type ProjectGraph,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { readDefaultEntries } from '../generators/target-defaults/lib/read-default-entries';
import { resolveDefaultsKey } from '../generators/target-defaults/lib/resolve-defaults-key';

export interface GraphExtras {
  /** Project name to the names of the projects it depends on. */
  dependencies?: Record<string, string[]>;
  /** Targets an inference plugin adds, by project name. */
  inferredTargets?: Record<string, Record<string, TargetConfiguration>>;
}

/**
 * A project graph for unit specs, close to what Nx builds: inferred
 * targets as given, then nx.json's target defaults (the unfiltered and
 * executor-filtered entries of the key that applies), then the tree's
 * project.json targets on top.
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
        const view = {
          project: name,
          projectRoot: project.root,
          name: target,
          effective: { ...base, ...declared },
          declared,
          dependencies: [],
        };
        const key = resolveDefaultsKey(view, defaults);
        const fromKey = key
          ? readKeyDefaults(defaults[key], view.effective)
          : {};
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

function readKeyDefaults(
  value: unknown,
  target: TargetConfiguration,
): TargetConfiguration {
  const entries = readDefaultEntries(value).filter(
    ({ config }) =>
      !config.filter ||
      (config.filter.executor === target.executor &&
        !config.filter.projects &&
        !config.filter.plugin),
  );
  return Object.assign(
    {},
    ...entries.map(({ config }) => {
      const { filter, ...rest } = config;
      return rest;
    }),
  );
}
