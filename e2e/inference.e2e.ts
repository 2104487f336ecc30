import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { removeComposeProject } from './support/compose-containers';
import { findTaskPositions, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
} from './support/workspace';

const serverProject = 'packages/twenty-server/project.json';
const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';
const migration =
  'packages/twenty-server/src/database/typeorm/core/migrations/1717000000001-create-workspace.ts';

/** Nx 21 (oldest supported), 22 (Twenty's) and 24 (newest supported). */
const nxVersions = ['21.6.11', '22.7.12', '24.0.0'];

function git(workspace: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

function commitAll(workspace: string, message: string): void {
  git(workspace, 'add', '-A');
  git(
    workspace,
    '-c',
    'user.name=e2e',
    '-c',
    'user.email=e2e@example.com',
    'commit',
    '-qm',
    message,
  );
}

/** Leaves twenty-server's own targets only: the infrastructure ones are to be inferred. */
function removeInfrastructureTargets(workspace: string): void {
  const path = join(workspace, serverProject);
  const project = JSON.parse(readFileSync(path, 'utf8'));
  for (const target of ['docker-up', 'docker-down', 'db-migrate'])
    delete project.targets[target];
  writeFileSync(path, JSON.stringify(project, null, 2));
}

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
      removeInfrastructureTargets(workspace);
      writeFileSync(
        join(workspace, 'packages/twenty-docker/README.md'),
        '# twenty-docker\n',
      );
      git(workspace, 'init', '-q', '-b', 'main');
      commitAll(workspace, 'example');
    });

    afterAll(() => {
      removeComposeProject(composeProject);
      removeWorkspace(workspace);
    });

    it('should register the plugin once through init, however often it runs', () => {
      expect(nx('g', '@twenty/devops:init', '--no-interactive').exitCode).toBe(
        0,
      );
      const first = readFileSync(join(workspace, 'nx.json'), 'utf8');
      expect(nx('g', '@twenty/devops:init', '--no-interactive').exitCode).toBe(
        0,
      );

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
      expect(run.exitCode).toBe(0);
      const order = findTaskPositions(run.output, [
        'twenty-docker:docker-up',
        'twenty-server:db-migrate',
        'twenty-server:test:integration',
      ]);
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(nx('run', 'twenty-docker:docker-down').exitCode).toBe(0);
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
