// Proves that each registered plugin really inferred its targets, so that a
// plugin which loads but finds nothing cannot pass for a fast one.
import { sampleProjects } from './generate-workspace.mjs';
import { runNx } from './run-nx.mjs';

// The project and target each configuration must show.
const expectations = {
  ours: [
    { project: sampleProjects.compose, target: 'docker-up' },
    { project: sampleProjects.dataSource, target: 'db-migrate' },
  ],
  floor: [
    { project: sampleProjects.compose, target: 'docker-up' },
    { project: sampleProjects.dataSource, target: 'db-migrate' },
  ],
  nxDocker: [{ project: sampleProjects.dockerfile, target: 'docker:build' }],
};

/**
 * Throws, naming the project, target and configuration, unless every
 * expected target is there. Returns the number of checks made.
 */
export function verifyInference(workspaces) {
  let checks = 0;
  for (const [name, expected] of Object.entries(expectations)) {
    if (!workspaces[name]) continue;
    for (const { project, target } of expected) {
      checkTarget(workspaces[name], name, project, target);
      checks += 1;
    }
  }
  return checks;
}

function checkTarget(workspace, configuration, project, target) {
  const { stdout } = runNx(workspace, ['show', 'project', project, '--json']);
  const targets = Object.keys(JSON.parse(stdout).targets ?? {});
  if (!targets.includes(target)) {
    throw new Error(
      `With the ${configuration} configuration, project ${project} has no ` +
        `${target} target (it has: ${targets.join(', ') || 'none'}), so the ` +
        `plugin did not infer it. See ${workspace}/nx.json.`,
    );
  }
}
