import {
  DependencyType,
  type CreateDependencies,
  type CreateDependenciesContext,
  type ProjectConfiguration,
  type RawProjectGraphDependency,
  type TargetConfiguration,
} from '@nx/devkit';
import { posix } from 'node:path';
import { EXECUTORS } from './executor-names';
import type { DevopsPluginOptions } from './plugin-options';

const OUR_EXECUTORS: string[] = Object.values(EXECUTORS);

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
  const edges = new Map<string, RawProjectGraphDependency>();

  for (const [name, project] of projects) {
    for (const target of Object.values(project.targets ?? {})) {
      if (!OUR_EXECUTORS.includes(target.executor ?? '')) continue;
      const used = listUsedProjects(target, name, projects);
      const sourceFile =
        used.length > 0 && pickSourceFile(target, name, project, context);
      if (!sourceFile) continue;
      for (const other of used) {
        edges.set(`${name}>${other}`, {
          source: name,
          target: other,
          sourceFile,
          type: DependencyType.static,
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

function listUsedProjects(
  target: TargetConfiguration,
  name: string,
  projects: Map<string, ProjectConfiguration>,
): string[] {
  const named = (target.dependsOn ?? []).flatMap((entry) =>
    typeof entry === 'string' || !entry.projects ? [] : [entry.projects].flat(),
  );
  const composeFiles: unknown = target.options?.composeFiles;
  const owners = Array.isArray(composeFiles)
    ? composeFiles.flatMap((file) => findOwner(String(file), projects))
    : [];
  return [...named, ...owners].filter(
    (other) => other !== name && projects.has(other),
  );
}

function findOwner(
  file: string,
  projects: Map<string, ProjectConfiguration>,
): string[] {
  let owner: [string, string] | undefined;
  for (const [name, { root }] of projects) {
    const contains = root === '.' || file.startsWith(`${root}/`);
    if (contains && (!owner || root.length > owner[1].length)) {
      owner = [name, root];
    }
  }
  return owner ? [owner[0]] : [];
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
