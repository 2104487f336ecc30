import type {
  ProjectConfiguration,
  TargetConfiguration,
  Tree,
} from '@nx/devkit';
import { posix } from 'node:path';
import { readGraphTargets } from './read-graph-targets';

type TargetExecutors = Map<string, string | undefined>;

interface PackageJson {
  scripts?: Record<string, string>;
  nx?: {
    targets?: Record<string, TargetConfiguration>;
    includedScripts?: string[];
  };
}

/**
 * Project name → the names of the targets Nx gives it and their
 * executors: those of the cached project graph (which holds the targets
 * of every plugin), of project.json, of package.json's `nx.targets`, and
 * package.json's scripts, which Nx runs as `nx:run-script` targets. The
 * first source that names an executor wins, in that order; a target none
 * of them gives one keeps `undefined`.
 */
export function listTargetExecutors(
  tree: Tree,
  projects: Map<string, ProjectConfiguration>,
): Map<string, TargetExecutors> {
  const graphTargets = readGraphTargets(tree);
  const byProject = new Map<string, TargetExecutors>();
  for (const [name, project] of projects) {
    const targets: TargetExecutors = new Map(graphTargets.get(name));
    const add = (target: string, executor: string | undefined) => {
      if (targets.get(target) === undefined) targets.set(target, executor);
    };

    for (const [target, config] of Object.entries(project.targets ?? {})) {
      add(target, readExecutor(config));
    }
    const packageJson = readPackageJson(tree, project.root);
    for (const [target, config] of Object.entries(
      packageJson.nx?.targets ?? {},
    )) {
      add(target, readExecutor(config));
    }
    for (const script of listScriptTargets(packageJson)) {
      add(script, 'nx:run-script');
    }
    byProject.set(name, targets);
  }
  return byProject;
}

// A target with only a `command` runs nx:run-commands.
function readExecutor(config: TargetConfiguration): string | undefined {
  return config?.executor ?? (config?.command ? 'nx:run-commands' : undefined);
}

function readPackageJson(tree: Tree, root: string): PackageJson {
  try {
    const text = tree.read(posix.join(root, 'package.json'), 'utf8');
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}

// `nx.includedScripts` limits which scripts Nx turns into targets.
function listScriptTargets(packageJson: PackageJson): string[] {
  const scripts = Object.keys(packageJson.scripts ?? {});
  const included = packageJson.nx?.includedScripts;
  return Array.isArray(included)
    ? scripts.filter((script) => included.includes(script))
    : scripts;
}
