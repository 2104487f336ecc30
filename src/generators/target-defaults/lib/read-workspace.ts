import {
  getProjects,
  readNxJson,
  type ProjectGraph,
  type Tree,
} from '@nx/devkit';
import type { WorkspaceTarget, WorkspaceView } from './target-defaults-types';

// Root files whose change should invalidate every task: the Node version,
// the shared TypeScript options and the CI workflows that run Nx.
const sharedGlobalCandidates = [
  '.nvmrc',
  '.node-version',
  'tsconfig.base.json',
];
const workflowsDir = '.github/workflows';

/**
 * Reads every target of the project graph, inferred ones included, beside
 * what project.json or package.json declares for it, and the parts of
 * nx.json the generator works on.
 */
export function readWorkspace(tree: Tree, graph: ProjectGraph): WorkspaceView {
  const declaredProjects = getProjects(tree);
  const targets: WorkspaceTarget[] = [];
  for (const [project, node] of Object.entries(graph.nodes)) {
    const declared = declaredProjects.get(project)?.targets ?? {};
    const dependencies = (graph.dependencies[project] ?? [])
      .map((dependency) => dependency.target)
      .filter((name) => name in graph.nodes && name !== project);
    for (const [name, effective] of Object.entries(node.data.targets ?? {})) {
      targets.push({
        project,
        projectRoot: node.data.root,
        name,
        effective,
        declared: declared[name],
        dependencies,
      });
    }
  }

  const nxJson = (readNxJson(tree) ?? {}) as Record<string, unknown>;
  return {
    targets,
    projectNames: new Set(Object.keys(graph.nodes)),
    targetNames: new Set(targets.map((target) => target.name)),
    namedInputs: (nxJson.namedInputs ?? {}) as Record<string, unknown[]>,
    targetDefaults: (nxJson.targetDefaults ?? {}) as Record<string, unknown>,
    sharedGlobalFiles: findSharedGlobalFiles(tree),
    exists: (path) => tree.exists(path),
    read: (path) => tree.read(path, 'utf8') ?? undefined,
  };
}

function findSharedGlobalFiles(tree: Tree): string[] {
  const files = sharedGlobalCandidates.filter((file) => tree.exists(file));
  const workflows = tree.exists(workflowsDir)
    ? tree
        .children(workflowsDir)
        .filter((file) => /\.ya?ml$/.test(file))
        .map((file) => `${workflowsDir}/${file}`)
        .filter((file) => /\bnx\b/.test(tree.read(file, 'utf8') ?? ''))
    : [];
  return [...files, ...workflows].sort();
}
