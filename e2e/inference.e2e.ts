import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { removeComposeProject } from './support/compose-containers';
import { commitAll, git, initRepository } from './support/git-repository';
import { expectSuccess, findTaskPositions, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeTargets,
  removeWorkspace,
  writeFiles,
} from './support/workspace';

const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';
const migration =
  'packages/twenty-server/src/database/typeorm/core/migrations/1717000000001-create-workspace.ts';
const brokenCompose = 'packages/twenty-broken/docker-compose.yml';

/** Nx 21 (oldest supported), 22 (Twenty's) and 24 (newest supported). */
const nxVersions = ['21.6.11', '22.7.12', '24.0.0'];

for (const nxVersion of nxVersions) {
  const major = nxVersion.split('.')[0];
  const composeProject = `devops-e2e-nx${major}`;
  const env = {
    COMPOSE_PROJECT_NAME: composeProject,
    TWENTY_PG_PORT: '55450',
    TWENTY_REDIS_PORT: '56450',
    PG_DATABASE_URL: 'postgres://postgres:postgres@localhost:55450/default',
  };

  describeWithDocker(`inference and init on Nx ${nxVersion}`, () => {
    let workspace: string;
    const nx = (...args: string[]) => runNx(workspace, args, env);
    const showProject = (name: string) =>
      JSON.parse(
        nx('show', 'project', name, '--json').output.replace(/^[^{]*/s, ''),
      );
    const affected = () => {
      const run = nx('show', 'projects', '--affected', '--base=HEAD', '--json');
      expectSuccess(run);
      const projects = JSON.parse(run.output.replace(/^[^[]*/s, ''));
      return (projects as string[]).sort();
    };

    beforeAll(() => {
      workspace = createTwentyWorkspace(nxVersion);
      // Only twenty-server's own targets stay: the others are to be inferred.
      removeTargets(workspace, 'twenty-server', [
        'docker-up',
        'docker-down',
        'db-migrate',
      ]);
      writeFiles(workspace, {
        'packages/twenty-docker/README.md': '# twenty-docker\n',
        // Depends on twenty-server, so whatever affects the server affects it.
        'packages/twenty-server-e2e/project.json': JSON.stringify({
          name: 'twenty-server-e2e',
          implicitDependencies: ['twenty-server'],
        }),
      });
      initRepository(workspace);
    });

    afterAll(() => {
      removeComposeProject(composeProject);
      removeWorkspace(workspace);
    });

    it(`should run the workspace's own Nx ${nxVersion}`, () => {
      const installed = JSON.parse(
        readFileSync(join(workspace, 'node_modules/nx/package.json'), 'utf8'),
      );
      expect(installed.version).toBe(nxVersion);
    });

    it('should register the plugin once through init, however often it runs', () => {
      expectSuccess(nx('g', '@twenty/devops:init', '--no-interactive'));
      const first = readFileSync(join(workspace, 'nx.json'), 'utf8');
      expectSuccess(nx('g', '@twenty/devops:init', '--no-interactive'));

      expect(readFileSync(join(workspace, 'nx.json'), 'utf8')).toBe(first);
      const plugins = JSON.parse(first).plugins as unknown[];
      const ours = plugins.filter((entry) =>
        JSON.stringify(entry).includes('@twenty/devops/plugin'),
      );
      expect(ours).toHaveLength(1);
      // The change to nx.json would mark every project affected below.
      commitAll(workspace, 'nx add @twenty/devops');
    });

    it('should infer docker-up, docker-down and db-migrate with inputs, dependsOn and no cache', () => {
      const docker = showProject('twenty-docker').targets;
      expect(docker['docker-up']).toMatchObject({
        executor: '@twenty/devops:docker-up',
        cache: false,
        options: { composeFiles: [composeFile] },
      });
      expect(docker['docker-up'].inputs).toEqual([
        '{projectRoot}/docker-compose.dev.yml',
        '{projectRoot}/.env',
      ]);
      expect(docker['docker-down']).toMatchObject({
        executor: '@twenty/devops:docker-down',
        cache: false,
        inputs: docker['docker-up'].inputs,
      });

      const server = showProject('twenty-server').targets;
      expect(server['db-migrate']).toMatchObject({
        executor: '@twenty/devops:db-migrate',
        cache: false,
        dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
      });
      expect(server['db-migrate'].inputs).toEqual([
        '{projectRoot}/src/database/typeorm/core/core.datasource.ts',
        '{projectRoot}/src/database/typeorm/core/**/migrations/**/*',
        '{projectRoot}/.env',
      ]);
    });

    it('should run the integration test after the inferred docker-up and db-migrate', () => {
      const run = nx('run', 'twenty-server:test:integration');
      expectSuccess(run);
      const order = findTaskPositions(run.output, [
        'twenty-docker:docker-up',
        'twenty-server:db-migrate',
        'twenty-server:test:integration',
      ]);
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expectSuccess(nx('run', 'twenty-docker:docker-down'));
    });

    it('should mark twenty-server and its dependent affected when the compose file of twenty-docker changes', () => {
      appendFileSync(join(workspace, composeFile), '# a comment\n');
      try {
        expect(affected()).toEqual([
          'twenty-docker',
          'twenty-server',
          'twenty-server-e2e',
        ]);
      } finally {
        git(workspace, 'checkout', '--', composeFile);
      }
    });

    it('should mark twenty-server and its dependent, and nothing else, affected when one of its migrations changes', () => {
      appendFileSync(join(workspace, migration), '// a comment\n');
      try {
        expect(affected()).toEqual(['twenty-server', 'twenty-server-e2e']);
      } finally {
        git(workspace, 'checkout', '--', migration);
      }
    });

    it('should mark no project affected when the root README changes', () => {
      appendFileSync(join(workspace, 'README.md'), '\nMore words.\n');
      try {
        expect(affected()).toEqual([]);
      } finally {
        git(workspace, 'checkout', '--', 'README.md');
      }
    });

    // `nx show target inputs` came with Nx 22. A README inside a project
    // makes the project affected, as any file of it does, but no
    // infrastructure target reads it, so none of their hashes changes.
    if (Number(major) >= 22) {
      it("should keep a project's README out of every infrastructure target's inputs", () => {
        const inputFiles = (target: string) => {
          const run = nx('show', 'target', 'inputs', target, '--json');
          expectSuccess(run);
          return JSON.parse(run.output.replace(/^[^{]*/s, '')).files;
        };
        const readme = 'packages/twenty-docker/README.md';

        expect(inputFiles('twenty-docker:docker-up')).toContain(composeFile);
        expect(inputFiles('twenty-docker:docker-up')).not.toContain(readme);
        expect(inputFiles('twenty-docker:docker-down')).not.toContain(readme);
        expect(inputFiles('twenty-server:db-migrate')).toContain(migration);
        expect(inputFiles('twenty-server:db-migrate')).not.toContain(readme);
      });

      // twenty-docker has no .env: the input matches nothing until one is
      // made, and Nx takes it then.
      it("should take the .env beside the compose file as docker-up's input once it exists", () => {
        const dotEnv = 'packages/twenty-docker/.env';
        const inputFiles = () => {
          const run = nx(
            'show',
            'target',
            'inputs',
            'twenty-docker:docker-up',
            '--json',
          );
          expectSuccess(run);
          return JSON.parse(run.output.replace(/^[^{]*/s, '')).files;
        };
        expect(inputFiles()).toContain(composeFile);
        expect(inputFiles()).not.toContain(dotEnv);

        writeFiles(workspace, { [dotEnv]: 'TWENTY_PG_PORT=55450\n' });
        try {
          expect(inputFiles()).toEqual(
            expect.arrayContaining([composeFile, dotEnv]),
          );
        } finally {
          rmSync(join(workspace, dotEnv));
        }
      });
    }

    it('should keep what it inferred in its own cache in the workspace data folder', () => {
      const data = join(workspace, '.nx', 'workspace-data');
      expect(existsSync(data)).toBe(true);
      const caches = readdirSync(data).filter((name) =>
        name.startsWith('twenty-devops-inference'),
      );
      expect(caches.length).toBeGreaterThan(0);
      const cached = readFileSync(join(data, caches[0]), 'utf8');
      expect(cached).toContain('docker-compose.dev.yml');
      expect(cached).not.toMatch(/postgres:\/\/|\d{4}-\d\d-\d\dT/);
    });

    // Nx 21 to 24 refuse to go on with a plugin's error, except `nx graph`,
    // which prints it and writes the graph of what the plugin did infer.
    it('should name a malformed compose file and its line, and keep the targets of the other projects', () => {
      const graphFile = join(workspace, 'graph.json');
      writeFiles(workspace, {
        'packages/twenty-broken/project.json': '{ "name": "twenty-broken" }',
        [brokenCompose]:
          'services:\n  db:\n    image: postgres:16\n   ports: [\n',
      });
      const named =
        /Malformed YAML in compose file packages\/twenty-broken\/docker-compose\.yml:4:\d+: [^\n]+\s+Fix the YAML at line 4 of packages\/twenty-broken\/docker-compose\.yml/;
      try {
        const shown = nx('show', 'projects');
        expect(shown.exitCode).toBe(1);
        expect(shown.output).toContain('Failed to process project graph');
        expect(shown.output).toMatch(named);

        const graph = nx('graph', `--file=${graphFile}`);
        expect(graph.exitCode).toBe(0);
        expect(graph.output).toMatch(named);
        const { nodes } = JSON.parse(readFileSync(graphFile, 'utf8')).graph;
        expect(Object.keys(nodes['twenty-docker'].data.targets)).toEqual([
          'docker-up',
          'docker-down',
        ]);
        expect(nodes['twenty-server'].data.targets['db-migrate']).toMatchObject(
          {
            executor: '@twenty/devops:db-migrate',
            dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
          },
        );
        expect(nodes['twenty-broken'].data.targets).toEqual({});
      } finally {
        rmSync(join(workspace, 'packages/twenty-broken'), {
          recursive: true,
          force: true,
        });
        rmSync(graphFile, { force: true });
      }
      expectSuccess(nx('show', 'projects'));
    });
  });
}
