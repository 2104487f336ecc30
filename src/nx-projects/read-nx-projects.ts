import {
  getProjects,
  type ProjectConfiguration,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { posix } from 'node:path';
import { createWorkspacesMatcher } from './create-workspaces-matcher';

type Targets = Record<string, TargetConfiguration>;

interface PackageJson {
  scripts?: Record<string, string>;
  nx?: { targets?: Targets; includedScripts?: string[] };
}

/**
 * The tree's projects with the targets Nx gives them before any inference
 * plugin: project.json's, package.json's `nx.targets`, and the package.json
 * scripts that Nx's package-json plugin turns into `nx:run-script` targets
 * (only those `nx.includedScripts` lists, when it is set). A package.json
 * is read when it sits next to a project.json or is one of the workspaces
 * packages; one that is neither is no project for Nx, and is left out.
 */
export function readNxProjects(tree: Tree): Map<string, ProjectConfiguration> {
  const isWorkspacesPackage = createWorkspacesMatcher(tree);
  const projects = new Map<string, ProjectConfiguration>();

  for (const [name, project] of getProjects(tree)) {
    const packageJsonPath = posix.join(project.root, 'package.json');
    const readsPackageJson =
      tree.exists(posix.join(project.root, 'project.json')) ||
      isWorkspacesPackage(packageJsonPath);
    // devkit's getProjects (Nx 22) also lists a package.json changed in
    // the tree that has an `nx` field or merely passes a `!` pattern.
    if (!readsPackageJson && tree.exists(packageJsonPath)) continue;

    const packageTargets = readsPackageJson
      ? readPackageJsonTargets(tree, packageJsonPath)
      : {};
    const targets = mergeTargets(packageTargets, project.targets ?? {});
    projects.set(name, { ...project, targets });
  }
  return projects;
}

function readPackageJsonTargets(tree: Tree, path: string): Targets {
  const packageJson = readPackageJson(tree, path);
  const scripts = packageJson.scripts ?? {};
  const included = packageJson.nx?.includedScripts;
  // Nx also makes a target of an included name with no script, which
  // fails when run; CI should not run it.
  const names = Array.isArray(included)
    ? included.filter((script) => script in scripts)
    : Object.keys(scripts);

  const scriptTargets: Targets = Object.fromEntries(
    names.map((script) => [
      script,
      { executor: 'nx:run-script', options: { script } },
    ]),
  );
  return mergeTargets(scriptTargets, packageJson.nx?.targets ?? {});
}

// As Nx merges a later source into an earlier one: a target that says how
// it runs (an executor or a command) replaces the earlier one, any other
// adds its fields to it.
function mergeTargets(base: Targets, over: Targets): Targets {
  const merged = { ...base };
  for (const [name, target] of Object.entries(over)) {
    merged[name] =
      target?.executor || target?.command
        ? target
        : { ...base[name], ...target };
  }
  return merged;
}

function readPackageJson(tree: Tree, path: string): PackageJson {
  try {
    const packageJson = JSON.parse(tree.read(path, 'utf8') ?? '{}');
    return typeof packageJson === 'object' && packageJson ? packageJson : {};
  } catch {
    return {};
  }
}
