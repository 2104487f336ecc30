// Times `nx show projects --json` cold and warm in each configuration, in
// turns, so that drift in the machine's load spreads over all of them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectCount } from './generate-workspace.mjs';
import { runNx } from './run-nx.mjs';

/**
 * Runs `runs` rounds. In each, every configuration in turn clears its caches,
 * then runs the command twice: cold, then warm. The order of the
 * configurations rotates from round to round, so none always goes first.
 *
 * @returns {Record<string, { cold: number[], warm: number[] }>} seconds
 */
export function timeShowProjects(workspaces, runs, extraEnv = {}) {
  const names = Object.keys(workspaces);
  const times = Object.fromEntries(
    names.map((name) => [name, { cold: [], warm: [] }]),
  );
  for (let round = 0; round < runs; round += 1) {
    for (const name of rotate(names, round)) {
      clearNxCaches(workspaces[name]);
      times[name].cold.push(timeOnce(workspaces[name], extraEnv));
      times[name].warm.push(timeOnce(workspaces[name], extraEnv));
    }
  }
  return times;
}

// `nx reset` drops the graph cache and the task cache; workspace-data is
// removed as well because plugins keep their own caches there (ours and
// @nx/docker's target caches), and a cold run must find none.
function clearNxCaches(workspace) {
  runNx(workspace, ['reset']);
  rmSync(join(workspace, '.nx', 'workspace-data'), {
    recursive: true,
    force: true,
  });
}

// Counting the projects catches a plugin that broke the graph quietly.
function timeOnce(workspace, extraEnv) {
  const { stdout, seconds } = runNx(
    workspace,
    ['show', 'projects', '--json'],
    extraEnv,
  );
  const projects = JSON.parse(stdout);
  if (projects.length !== projectCount) {
    throw new Error(
      `nx show projects in ${workspace} listed ${projects.length} projects ` +
        `instead of ${projectCount}; a plugin added or hid some.`,
    );
  }
  return seconds;
}

function rotate(names, round) {
  const shift = round % names.length;
  return [...names.slice(shift), ...names.slice(0, shift)];
}
