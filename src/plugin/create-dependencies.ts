import type {
  CreateDependencies,
  CreateDependenciesContext,
  DependencyType,
  ProjectConfiguration,
  RawProjectGraphDependency,
  TargetConfiguration,
} from '@nx/devkit';
import { posix } from 'node:path';
import { EXECUTORS } from './executor-names';
import { listUsedProjects } from './list-used-projects';
import type { DevopsPluginOptions } from './plugin-options';

const OUR_EXECUTORS: string[] = Object.values(EXECUTORS);

// The enum's value, written out: importing @nx/devkit for it would cost
// every nx command the half second the devkit takes to load.
const STATIC_DEPENDENCY = 'static' as DependencyType.static;

/**
 * Adds a static edge from a project to each other project whose compose
 * file its @twenty/devops targets use, through `dependsOn` (the
 * `servicesFrom` option) or `composeFiles`. So a change to
 * packages/twenty-docker/docker-compose.dev.yml makes twenty-server
 * affected, and `nx graph` shows why. The edge's source file is the data
 * source or the project's own configuration file.
 */
export const createDependencies: CreateDependencies<DevopsPluginOptions> = (
  _options,
  context,
) => {
  const projects = listProjects(context);
  const namesByRoot = new Map(
    [...projects].map(([name, project]) => [project.root, name]),
  );
  const edges = new Map<string, RawProjectGraphDependency>();

  for (const [name, project] of projects) {
    for (const target of Object.values(project.targets ?? {})) {
      if (!OUR_EXECUTORS.includes(target.executor ?? '')) continue;
      const used = listUsedProjects(target, name, projects, namesByRoot);
      const sourceFile =
        used.length > 0 && pickSourceFile(target, name, project, context);
      if (!sourceFile) continue;
      for (const other of used) {
        edges.set(`${name}>${other}`, {
          source: name,
          target: other,
          sourceFile,
          type: STATIC_DEPENDENCY,
        });
      }
    }
  }
  return [...edges.values()];
};

// `context.projects` is keyed by project name, which is also what edges and
// `context.fileMap` use.
function listProjects(
  context: CreateDependenciesContext,
): Map<string, ProjectConfiguration> {
  return new Map(
    Object.entries(context.projects).map(([key, project]) => [
      project.name ?? key,
      project,
    ]),
  );
}

function pickSourceFile(
  target: TargetConfiguration,
  name: string,
  project: ProjectConfiguration,
  context: CreateDependenciesContext,
): string | undefined {
  const files = new Set(
    (context.fileMap.projectFileMap[name] ?? []).map((file) => file.file),
  );
  const candidates = [
    target.options?.dataSource,
    posix.join(project.root, 'project.json'),
    posix.join(project.root, 'package.json'),
  ];
  return candidates.find(
    (file): file is string => typeof file === 'string' && files.has(file),
  );
}
