import {
  readNxJson,
  type ProjectConfiguration,
  type TargetConfiguration,
  type TargetDependencyConfig,
  type Tree,
} from '@nx/devkit';
import { readNxProjects } from '../../../nx-projects/read-nx-projects';
import type { ServiceTarget, TaskRef } from './ci-plan';
import { findComposeFiles } from './find-compose-files';
import { readComposeServices } from './read-compose-services';

const DOCKER_UP = '@twenty/devops:docker-up';
const DB_MIGRATE = '@twenty/devops:db-migrate';

type Node = TaskRef;

/**
 * The targets whose task graph reaches docker-up or db-migrate, directly
 * or through other targets' `dependsOn`, with the compose services that
 * docker-up starts for them. docker-up and db-migrate themselves are left
 * out: they are the means, not what CI runs. `wanted` limits the targets
 * to those names.
 */
export function findServiceTargets(
  tree: Tree,
  wanted?: string[],
): ServiceTarget[] {
  const context = createContext(tree);
  const found: ServiceTarget[] = [];

  for (const [project, config] of context.projects) {
    for (const [target, targetConfig] of Object.entries(config.targets ?? {})) {
      if (isServiceTarget(context, project, target)) continue;
      if (!isRunOnce(target, targetConfig, wanted)) continue;
      const reach = walkDependencies(context, { project, target });
      if (!reach.needsServices) continue;
      const upNodes = reach.dockerUps;

      const composeFiles = [
        ...new Set(
          upNodes.flatMap((node) => findComposeFiles(tree, context, node)),
        ),
      ];
      const services = composeFiles.flatMap((file) =>
        readComposeServices(tree, file),
      );
      const migrations = reach.migrations;
      found.push({ project, target, composeFiles, services, migrations });
    }
  }
  return found;
}

// A server that a developer starts (Nx 21+ `continuous`, or named like
// one) never ends, so CI must not run it as a task; `wanted` overrides.
function isRunOnce(
  target: string,
  config: TargetConfiguration,
  wanted: string[] | undefined,
): boolean {
  if (wanted) return wanted.includes(target);
  if ((config as { continuous?: boolean }).continuous) return false;
  return !/^(start|serve|dev|watch)(\b|$)/.test(target);
}

export interface ServiceContext {
  projects: Map<string, ProjectConfiguration>;
  targetDefaults: Record<string, Partial<TargetConfiguration>>;
  dockerUpName: string;
  dbMigrateName: string;
  servicesFrom: Record<string, string>;
}

function createContext(tree: Tree): ServiceContext {
  const nxJson = readNxJson(tree) ?? {};
  const entry = (nxJson.plugins ?? []).find(
    (plugin) =>
      (typeof plugin === 'string' ? plugin : plugin.plugin) ===
      '@twenty/devops/plugin',
  );
  const options = (typeof entry === 'object' ? entry.options : {}) as Record<
    string,
    unknown
  >;
  return {
    projects: readNxProjects(tree),
    targetDefaults: (nxJson.targetDefaults ??
      {}) as ServiceContext['targetDefaults'],
    dockerUpName: (options?.dockerUpTargetName as string) ?? 'docker-up',
    dbMigrateName: (options?.dbMigrateTargetName as string) ?? 'db-migrate',
    servicesFrom: (options?.servicesFrom as Record<string, string>) ?? {},
  };
}

function readTarget(
  context: ServiceContext,
  { project, target }: Node,
): TargetConfiguration | undefined {
  return context.projects.get(project)?.targets?.[target];
}

function isServiceTarget(
  context: ServiceContext,
  project: string,
  target: string,
): boolean {
  const executor = readTarget(context, { project, target })?.executor;
  if (executor === DOCKER_UP || executor === DB_MIGRATE) return true;
  return target === context.dockerUpName || target === context.dbMigrateName;
}

interface Reach {
  needsServices: boolean;
  dockerUps: Node[];
  migrations: Node[];
}

/** Walks `dependsOn` from `start`, noting service tasks and docker-ups. */
function walkDependencies(context: ServiceContext, start: Node): Reach {
  const seen = new Set<string>();
  const reach: Reach = { needsServices: false, dockerUps: [], migrations: [] };
  const visit = (node: Node) => {
    const key = `${node.project}:${node.target}`;
    if (seen.has(key)) return;
    seen.add(key);

    const config = readTarget(context, node);
    if (node !== start && isServiceTarget(context, node.project, node.target))
      reach.needsServices = true;
    if (config?.executor === DOCKER_UP || node.target === context.dockerUpName)
      reach.dockerUps.push(node);
    else if (
      node !== start &&
      isServiceTarget(context, node.project, node.target)
    )
      reach.migrations.push(node);
    for (const next of readDependencies(context, node, config)) visit(next);
  };
  visit(start);
  return reach;
}

function readDependencies(
  context: ServiceContext,
  node: Node,
  config: TargetConfiguration | undefined,
): Node[] {
  const defaults =
    context.targetDefaults[node.target] ??
    (config?.executor ? context.targetDefaults[config.executor] : undefined);
  // An inferred db-migrate is not in the tree; the plugin makes it depend
  // on the docker-up of the project's own or `servicesFrom` compose file.
  if (!config && node.target === context.dbMigrateName)
    return [{ project: node.project, target: context.dockerUpName }];
  const dependsOn = config?.dependsOn ?? defaults?.dependsOn ?? [];
  return dependsOn.flatMap((entry) => resolveEntry(context, node, entry));
}

// `^x` and `dependencies: true` name the same target in the projects this
// one depends on. The tree holds no project graph, so every project that
// has such a target stands in for them: it can only add services, never
// hide them.
function resolveEntry(
  context: ServiceContext,
  node: Node,
  entry: string | TargetDependencyConfig,
): Node[] {
  const spec = typeof entry === 'string' ? toConfig(entry) : entry;
  const target = spec.target;
  if (spec.dependencies) return projectsWith(context, target, node.project);
  if (Array.isArray(spec.projects) || typeof spec.projects === 'string') {
    const names = [spec.projects].flat() as string[];
    return names.map((name) => ({
      project: name === 'self' ? node.project : name,
      target,
    }));
  }
  return [{ project: node.project, target }];
}

function toConfig(entry: string): TargetDependencyConfig {
  return entry.startsWith('^')
    ? { target: entry.slice(1), dependencies: true }
    : { target: entry };
}

function projectsWith(
  context: ServiceContext,
  target: string,
  except: string,
): Node[] {
  return [...context.projects]
    .filter(([name, config]) => name !== except && config.targets?.[target])
    .map(([project]) => ({ project, target }));
}
