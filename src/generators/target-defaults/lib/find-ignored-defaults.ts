import { matchesDefaultFilter } from './matches-default-filter';
import {
  readDefaultConflict,
  type DefaultConflict,
} from './read-default-conflict';
import { readDefaultEntries } from './read-default-entries';
import { resolveDefaultsKey } from './resolve-defaults-key';
import type { Finding, WorkspaceView } from './target-defaults-types';

interface IgnoredGroup {
  where: string;
  key: string;
  conflict: DefaultConflict;
  targets: string[];
}

/**
 * Target defaults that Nx silently drops for some targets of their key:
 * the entry names an executor other than the target's, or runs
 * nx:run-commands with a command other than the target's own. Nx then
 * applies none of the entry there, cache, inputs and dependsOn included.
 */
export function findIgnoredDefaults(view: WorkspaceView): Finding[] {
  const groups = new Map<string, IgnoredGroup>();
  for (const target of view.targets) {
    const key = resolveDefaultsKey(target, view.targetDefaults);
    if (key === undefined) continue;
    for (const { config, index } of readDefaultEntries(
      view.targetDefaults[key],
    )) {
      if (!matchesDefaultFilter(config.filter, target)) continue;
      const conflict = readDefaultConflict(target, config);
      if (!conflict) continue;
      const where = `targetDefaults["${key}"]${index === undefined ? '' : `[${index}]`}`;
      const id = `${where} ${conflict.field} ${conflict.versions}`;
      const group = groups.get(id) ?? { where, key, conflict, targets: [] };
      group.targets.push(`${target.project}:${target.name}`);
      groups.set(id, group);
    }
  }
  return [...groups.values()].map(describe);
}

function describe({ where, key, conflict, targets }: IgnoredGroup): Finding {
  const list = targets.sort().join(', ');
  const them = targets.length === 1 ? 'it' : 'them';
  const what = {
    executor: `names an executor, and ${list} run${targets.length === 1 ? 's' : ''} another`,
    command: `sets nx:run-commands with its own command, and ${list} run${targets.length === 1 ? 's' : ''} a different one`,
    script: `sets nx:run-script with its own script, and ${list} run${targets.length === 1 ? 's' : ''} a different one`,
  }[conflict.field];
  const tokens =
    conflict.versions === 'Nx 21 and 22'
      ? ', which compare the command once {projectRoot} and {projectName} are replaced in the target'
      : '';
  const move = {
    executor: `take "executor" out of ${where}`,
    command: `move the command out of ${where} into the project targets that run it`,
    script: `move the script out of ${where} into the project targets that run it`,
  }[conflict.field];
  return {
    target: where,
    problem: `never reaches ${list}: it ${what}, so ${conflict.versions}${tokens} ignore the whole default for ${them}, its cache, inputs, dependsOn and options included`,
    fix: `${move}, so the default keeps only what every ${key} target shares; or set the values ${list} need${targets.length === 1 ? 's' : ''} on ${them} in the project's configuration`,
    status: 'open',
  };
}
