import { readDefaultEntries } from './read-default-entries';
import type { Finding, WorkspaceView } from './target-defaults-types';

/**
 * `dependsOn` entries, in target defaults and in project.json, that name a
 * target no project has (or a project that does not exist): Nx skips them
 * quietly, so the order they were meant to enforce is lost.
 */
export function findDanglingDependsOn(view: WorkspaceView): Finding[] {
  const fromDefaults = Object.entries(view.targetDefaults).flatMap(
    ([key, value]) =>
      readDefaultEntries(value).flatMap((entry) =>
        findMissing(entry.config.dependsOn, view).map((missing) =>
          describe(`targetDefaults["${key}"]`, missing),
        ),
      ),
  );
  const fromProjects = view.targets.flatMap((target) =>
    findMissing(target.declared?.dependsOn, view).map((missing) =>
      describe(`${target.project}:${target.name}`, missing),
    ),
  );
  return [...fromDefaults, ...fromProjects];
}

function findMissing(dependsOn: unknown, view: WorkspaceView): string[] {
  if (!Array.isArray(dependsOn)) return [];
  return dependsOn.flatMap((entry) => {
    const { target, projects } = readDependency(entry, view);
    if (!target || /[*?{]/.test(target)) return [];
    const missingProjects = projects.filter((p) => !view.projectNames.has(p));
    const owners = view.targets.filter(
      (t) =>
        t.name === target && (!projects.length || projects.includes(t.project)),
    );
    if (!missingProjects.length && owners.length) return [];
    return [projects.length ? `${projects.join(', ')}:${target}` : target];
  });
}

/**
 * A string "a:b" names project a's target b when a is a project, or when
 * no target is called "a:b" (as in "twenty-oxlint-rules:build"); else it is
 * a target name with a colon, such as "test:integration".
 */
function readDependency(
  entry: unknown,
  view: WorkspaceView,
): { target?: string; projects: string[] } {
  if (typeof entry === 'string') {
    const name = entry.replace(/^\^/, '');
    const colon = name.indexOf(':');
    const project = name.slice(0, colon);
    const isProjectTarget =
      colon > 0 &&
      (view.projectNames.has(project) || !view.targetNames.has(name));
    return isProjectTarget
      ? { target: name.slice(colon + 1), projects: [project] }
      : { target: name, projects: [] };
  }
  const { target, projects } = (entry ?? {}) as {
    target?: string;
    projects?: string | string[];
  };
  return {
    target,
    projects: [projects ?? []].flat().filter((p) => !/[*?{]|^tag:|^!/.test(p)),
  };
}

function describe(where: string, missing: string): Finding {
  return {
    target: where,
    problem: `dependsOn names ${missing}, which exists in no project, so Nx skips it and nothing runs first`,
    fix: `add the ${missing} target, or remove "${missing}" from dependsOn`,
    status: 'open',
  };
}
