import type { ProjectConfiguration, TargetConfiguration } from '@nx/devkit';
import { posix } from 'node:path';

/**
 * The other projects whose compose file a @twenty/devops target of
 * project `name` uses: those its `dependsOn` names (the `servicesFrom`
 * option) and those holding its `composeFiles`.
 */
export function listUsedProjects(
  target: TargetConfiguration,
  name: string,
  projects: Map<string, ProjectConfiguration>,
  namesByRoot: Map<string, string>,
): string[] {
  const named = (target.dependsOn ?? []).flatMap((entry) =>
    typeof entry === 'string' || !entry.projects ? [] : [entry.projects].flat(),
  );
  const composeFiles: unknown = target.options?.composeFiles;
  const owners = Array.isArray(composeFiles)
    ? composeFiles.flatMap((file) => findOwner(String(file), namesByRoot))
    : [];
  return [...new Set([...named, ...owners])].filter(
    (other) => other !== name && projects.has(other),
  );
}

// The project with the deepest root above the file, found by walking up
// its folders rather than by comparing it with every project's root.
function findOwner(file: string, namesByRoot: Map<string, string>): string[] {
  for (let folder = posix.dirname(file); ; folder = posix.dirname(folder)) {
    const owner = namesByRoot.get(folder);
    if (owner !== undefined) return [owner];
    if (folder === '.' || folder === '/') return [];
  }
}
