import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { removeComposeProject } from './support/compose-containers';
import { commitAll, git, initRepository } from './support/git-repository';
import { findTaskPositions, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeTargets,
  removeWorkspace,
} from './support/workspace';

const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';
const migration =
  'packages/twenty-server/src/database/typeorm/core/migrations/1717000000001-create-workspace.ts';

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
      return JSON.parse(run.output.replace(/^[^[]*/s, '')) as string[];
    };

    beforeAll(() => {
      workspace = createTwentyWorkspace(nxVersion);
      // Only twenty-server's own targets stay: the others are to be inferred.
      removeTargets(workspace, 'twenty-server', [
        'docker-up',
        'docker-down',
        'db-migrate',
      ]);
      writeFileSync(
        join(workspace, 'packages/twenty-docker/README.md'),
        '# twenty-docker\n',
      );
      initRepository(workspace);
    });

    afterAll(() => {
      removeComposeProject(composeProject);
      removeWorkspace(workspace);
    });

    it('should register the plugin once through init, however often it runs', () => {
      expect(nx('g', '@twenty/devops:init', '--no-interactive')).toMatchObject({
        exitCode: 0,
      });
      const first = readFileSync(join(workspace, 'nx.json'), 'utf8');
      expect(nx('g', '@twenty/devops:init', '--no-interactive')).toMatchObject({
        exitCode: 0,
      });

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
      expect(docker['docker-up'].inputs).toContain(
        `{projectRoot}/docker-compose.dev.yml`,
      );
      expect(docker['docker-down'].executor).toBe('@twenty/devops:docker-down');

      const server = showProject('twenty-server').targets;
      expect(server['db-migrate']).toMatchObject({
        executor: '@twenty/devops:db-migrate',
        cache: false,
        dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
      });
      expect(server['db-migrate'].inputs.length).toBeGreaterThan(0);
    });

    it('should run the integration test after the inferred docker-up and db-migrate', () => {
      const run = nx('run', 'twenty-server:test:integration');
      expect(run).toMatchObject({ exitCode: 0 });
      const order = findTaskPositions(run.output, [
        'twenty-docker:docker-up',
        'twenty-server:db-migrate',
        'twenty-server:test:integration',
      ]);
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(nx('run', 'twenty-docker:docker-down')).toMatchObject({
        exitCode: 0,
      });
    });

    it('should mark twenty-server affected when the compose file of twenty-docker changes', () => {
      appendFileSync(join(workspace, composeFile), '# a comment\n');
      try {
        expect(affected()).toEqual(
          expect.arrayContaining(['twenty-docker', 'twenty-server']),
        );
        expect(affected()).not.toContain('twenty-shared');
      } finally {
        git(workspace, 'checkout', '--', composeFile);
      }
    });

    it('should mark only twenty-server affected when one of its migrations changes', () => {
      appendFileSync(join(workspace, migration), '// a comment\n');
      try {
        const projects = affected();
        expect(projects).toContain('twenty-server');
        expect(projects).not.toContain('twenty-docker');
        expect(projects).not.toContain('twenty-shared');
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
          expect(run).toMatchObject({ exitCode: 0 });
          return JSON.parse(run.output.replace(/^[^{]*/s, '')).files;
        };
        const readme = 'packages/twenty-docker/README.md';

        expect(inputFiles('twenty-docker:docker-up')).toContain(composeFile);
        expect(inputFiles('twenty-docker:docker-up')).not.toContain(readme);
        expect(inputFiles('twenty-docker:docker-down')).not.toContain(readme);
        expect(inputFiles('twenty-server:db-migrate')).toContain(migration);
        expect(inputFiles('twenty-server:db-migrate')).not.toContain(readme);
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
  });
}
