// Calls one of the installed plugin's executors the way Nx does, with the
// options of a target in the workspace's project.json, without Nx's own
// start-up (project graph, task runner) around it.
//
//   node run-executor.cjs <workspace> <project> <target>
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [workspace, projectName, target] = process.argv.slice(2);
const projectRoot = `packages/${projectName}`;
const project = JSON.parse(
  readFileSync(join(workspace, projectRoot, 'project.json'), 'utf8'),
);
const { executor, options } = project.targets[target];
const executorName = executor.split(':')[1];
const plugin = join(workspace, 'node_modules', '@twenty', 'devops');
const implementation = require(
  join(plugin, 'src', 'executors', executorName, 'executor.js'),
).default;

const context = {
  root: workspace,
  cwd: workspace,
  projectName,
  targetName: target,
  isVerbose: false,
  projectsConfigurations: {
    version: 2,
    projects: { [projectName]: { root: projectRoot } },
  },
};
process.chdir(workspace);
implementation(options, context).then((result) => {
  process.exitCode = result.success ? 0 : 1;
});
