import { readNxJson, updateNxJson, writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';

const {
  example,
  create: createExampleTree,
  generate,
  runsOf,
  createNpmWorkspace: createNpmWorkspaceTree,
} = ciWorkflowTree;

describe('ci-workflow generator: services', () => {
  it('should run test:integration in an integration job where docker-up starts db and redis', async () => {
    const { jobs } = await generate(createExampleTree());

    const step = jobs.integration.steps.at(-1);
    expect(step.name).toBe(
      'Run test:integration; docker-up starts db (postgres:16), redis (redis:7)',
    );
    expect(step.run).toBe('npx nx affected -t test:integration --parallel=1');
    expect(jobs.integration.services).toBeUndefined();
  });

  it('should take service containers from the compose file with serviceContainers', async () => {
    const { jobs } = await generate(createExampleTree(), {
      serviceContainers: true,
    });

    expect(jobs.integration.services).toEqual({
      db: {
        image: 'postgres:16',
        ports: ['5432:5432'],
        env: {
          POSTGRES_USER: 'postgres',
          POSTGRES_PASSWORD: 'postgres',
          POSTGRES_DB: 'default',
        },
        options:
          '--health-cmd "pg_isready -U postgres -h localhost -d postgres" --health-interval 2s --health-timeout 5s --health-retries 30',
      },
      redis: {
        image: 'redis:7',
        ports: ['6379:6379'],
        options:
          '--health-cmd "redis-cli ping" --health-interval 2s --health-timeout 5s --health-retries 30',
      },
    });
    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    );
  });

  it('should migrate first with serviceContainers, since docker-up and its dependents are left out', async () => {
    const { jobs } = await generate(createExampleTree(), {
      serviceContainers: true,
    });

    expect(jobs.integration.steps.slice(-2)).toEqual([
      {
        name: 'Run twenty-server:db-migrate before test:integration',
        run: "npx nx affected -t db-migrate --exclude='*,!twenty-server' --parallel=1 --exclude-task-dependencies",
      },
      {
        name: 'Run test:integration against the service containers db (postgres:16), redis (redis:7)',
        run: 'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
      },
    ]);
  });

  it("should migrate with the plugin's db-migrate target name, in the project that owns it", async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'test:integration': {
          command: 'echo',
          dependsOn: [{ projects: ['db'], target: 'migrate' }],
        },
      },
    });
    writeJson(tree, 'libs/db/project.json', {
      name: 'db',
      targets: {
        up: { executor: '@twenty/devops:docker-up' },
        migrate: { executor: '@twenty/devops:db-migrate', dependsOn: ['up'] },
      },
    });
    tree.write(
      'libs/db/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: [
        {
          plugin: '@twenty/devops/plugin',
          options: { dockerUpTargetName: 'up', dbMigrateTargetName: 'migrate' },
        },
      ],
    });

    const { jobs } = await generate(tree, { serviceContainers: true });

    // db need not be affected when api is, so its migration always runs.
    expect(runsOf(jobs.integration).slice(-2)).toEqual([
      'npx nx run-many -t migrate -p db --parallel=1 --exclude-task-dependencies',
      'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    ]);
  });

  it('should add no migration step when the targets only reach docker-up', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'docker-up': { executor: '@twenty/devops:docker-up' },
        'test:e2e-db': { command: 'echo', dependsOn: ['docker-up'] },
      },
    });
    tree.write(
      'apps/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );

    const { jobs } = await generate(tree, { serviceContainers: true });

    expect(runsOf(jobs.integration).join('\n')).not.toMatch(/db-migrate/);
  });

  it('should leave the migrations to dependsOn when docker-up starts the services', async () => {
    const { jobs } = await generate(createExampleTree());

    expect(runsOf(jobs.integration).join('\n')).not.toMatch(
      /-t db-migrate|exclude-task-dependencies/,
    );
  });

  it('should find a target that reaches docker-up through targetDefaults', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'docker-up': { executor: '@twenty/devops:docker-up' },
        'test:e2e-db': { command: 'echo' },
      },
    });
    tree.write(
      'apps/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      targetDefaults: { 'test:e2e-db': { dependsOn: ['docker-up'] } },
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration.steps.at(-1).name).toBe(
      'Run test:e2e-db; docker-up starts pg (postgres:16)',
    );
  });

  it('should find a package.json script that reaches db-migrate through targetDefaults', async () => {
    const tree = createNpmWorkspaceTree();
    writeJson(tree, 'packages/api/package.json', {
      name: '@demo/api',
      scripts: { test: 'node --test', 'test:integration': 'node --test it' },
    });
    tree.write(
      'packages/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: ['@twenty/devops/plugin'],
      targetDefaults: { 'test:integration': { dependsOn: ['db-migrate'] } },
    });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t test --parallel=3',
    );
    expect(jobs.integration.steps.at(-1).name).toBe(
      'Run test:integration; docker-up starts pg (postgres:16)',
    );
  });

  it("should follow an inferred db-migrate to servicesFrom's compose file", async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'packages/twenty-server/project.json', {
      name: 'twenty-server',
      targets: {
        'test:integration': { command: 'echo', dependsOn: ['db-migrate'] },
      },
    });
    writeJson(tree, 'packages/twenty-docker/project.json', {
      name: 'twenty-docker',
    });
    tree.write(
      'packages/twenty-docker/docker-compose.dev.yml',
      readFileSync(
        join(example, 'packages/twenty-docker/docker-compose.dev.yml'),
        'utf8',
      ),
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: [
        {
          plugin: '@twenty/devops/plugin',
          options: {
            servicesFrom: {
              'packages/twenty-server': 'packages/twenty-docker',
            },
          },
        },
      ],
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration.steps.at(-1).name).toMatch(
      /db \(postgres:16\), redis \(redis:7\)/,
    );
  });

  it('should leave out a continuous or start target that reaches docker-up', async () => {
    const tree = createExampleTree();
    const path = 'packages/twenty-server/project.json';
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    project.targets['start'] = { command: 'echo', dependsOn: ['db-migrate'] };
    project.targets['api'] = {
      command: 'echo',
      continuous: true,
      dependsOn: ['docker-up'],
    };
    writeJson(tree, path, project);

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t test:integration --parallel=1',
    );
  });

  it('should run the integrationTargets option instead of the targets found', async () => {
    const tree = createExampleTree();
    const path = 'packages/twenty-server/project.json';
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    project.targets['start'] = { command: 'echo', dependsOn: ['db-migrate'] };
    writeJson(tree, path, project);

    const { jobs } = await generate(tree, { integrationTargets: ['start'] });

    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t start --parallel=1',
    );
  });

  it('should refuse integrationTargets naming a target that needs no services, rather than drop it', async () => {
    const tree = createExampleTree();

    await expect(
      generate(tree, { integrationTargets: ['test:integration', 'lint'] }),
    ).rejects.toThrow(
      'integrationTargets names "lint", but no project has such a target whose dependsOn reaches docker-up or db-migrate',
    );
  });

  it('should write no integration job when no target needs services', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'libs/a/project.json', {
      name: 'a',
      targets: { test: { command: 'echo' } },
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration).toBeUndefined();
  });
});
