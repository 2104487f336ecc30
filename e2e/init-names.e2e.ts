import { readJson } from './support/read-json';
import { expectSuccess, runNx } from './support/run-nx';
import { showProject } from './support/show-project';
import {
  createTwentyWorkspace,
  removeWorkspace,
  writeFiles,
} from './support/workspace';

// Another plugin's target, as a local plugin of the workspace infers it:
// Nx 21 and 22 read createNodesV2, Nx 23 and later createNodes.
const otherPlugin = `const createNodes = [
  'packages/twenty-shared/project.json',
  (files) =>
    files.map((file) => [
      file,
      {
        projects: {
          'packages/twenty-shared': {
            targets: { 'docker-up': { command: 'echo up' } },
          },
        },
      },
    ]),
];
module.exports = { createNodes, createNodesV2: createNodes };
`;

for (const nxVersion of ['21.6.11', '22.7.12', '24.0.0']) {
  describe(`init on Nx ${nxVersion} beside targets of the same names`, () => {
    let workspace: string;
    const init = ['g', '@twenty/devops:init', '--no-interactive'];
    const ourPlugins = () =>
      (readJson(workspace, 'nx.json').plugins as unknown[]).filter((entry) =>
        JSON.stringify(entry).includes('@twenty/devops'),
      );

    beforeAll(() => {
      workspace = createTwentyWorkspace(nxVersion);
      const nxJson = readJson(workspace, 'nx.json');
      nxJson.plugins = ['./tools/docker-plugin.js'];
      writeFiles(workspace, {
        'nx.json': JSON.stringify(nxJson, null, 2),
        'tools/docker-plugin.js': otherPlugin,
        'packages/twenty-ui/package.json': JSON.stringify({
          name: 'twenty-ui',
          scripts: { 'db-migrate': 'echo migrate' },
        }),
      });
    });

    afterAll(() => removeWorkspace(workspace));

    it("should pick names that neither another plugin's targets nor package.json scripts use", () => {
      expectSuccess(runNx(workspace, init));

      expect(ourPlugins()).toEqual([
        {
          plugin: '@twenty/devops/plugin',
          options: {
            dockerUpTargetName: 'devops-docker-up',
            dockerDownTargetName: 'docker-down',
            dbMigrateTargetName: 'devops-db-migrate',
            servicesFrom: {
              'packages/twenty-server': 'packages/twenty-docker',
            },
          },
        },
      ]);
      const docker = showProject(workspace, 'twenty-docker', {}).targets;
      expect(docker['devops-docker-up'].executor).toBe(
        '@twenty/devops:docker-up',
      );
      const shared = showProject(workspace, 'twenty-shared', {}).targets;
      expect(shared['docker-up'].executor).toBe('nx:run-commands');
      const ui = showProject(workspace, 'twenty-ui', {}).targets;
      expect(ui['db-migrate'].executor).toBe('nx:run-script');
    });

    it('should add no entry when nx.json names the package root, which Nx then loads', () => {
      const nxJson = readJson(workspace, 'nx.json');
      nxJson.plugins = ['./tools/docker-plugin.js', '@twenty/devops'];
      writeFiles(workspace, { 'nx.json': JSON.stringify(nxJson, null, 2) });

      expectSuccess(runNx(workspace, init));

      expect(ourPlugins()).toEqual(['@twenty/devops']);
      const docker = showProject(workspace, 'twenty-docker', {}).targets;
      expect(docker['docker-up'].executor).toBe('@twenty/devops:docker-up');
    });
  });
}
