import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { removeComposeProject } from './support/compose-containers';
import { readJson } from './support/read-json';
import { expectSuccess, findTaskPositions, runNx } from './support/run-nx';
import { showProject } from './support/show-project';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeTargets,
  removeWorkspace,
  twentyFixtures,
  writeFiles,
} from './support/workspace';

const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';
const infrastructureTargets = ['docker-up', 'docker-down', 'db-migrate'];

function environment(composeProject: string, port: number) {
  return {
    COMPOSE_PROJECT_NAME: composeProject,
    TWENTY_PG_PORT: String(port),
    TWENTY_REDIS_PORT: String(port + 1000),
    PG_DATABASE_URL: `postgres://postgres:postgres@localhost:${port}/default`,
  };
}

/**
 * Runs the migrate task, which must run the up task first, then `check`
 * while the services are still up, then takes the services down.
 */
async function expectMigrateAfterServices(
  workspace: string,
  env: NodeJS.ProcessEnv,
  tasks: { up: string; migrate: string; down: string },
  check: () => Promise<void> = async () => undefined,
): Promise<void> {
  try {
    const run = runNx(workspace, ['run', tasks.migrate], env);
    expectSuccess(run);
    const order = findTaskPositions(run.output, [tasks.up, tasks.migrate]);
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[1]).toBeGreaterThan(order[0]);
    await check();
  } finally {
    expectSuccess(runNx(workspace, ['run', tasks.down], env));
  }
}

describeWithDocker('the plugin registered twice with renamed targets', () => {
  const composeProject = 'devops-e2e-options';
  const env = environment(composeProject, 55452);
  let workspace: string;

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    removeTargets(workspace, 'twenty-server', infrastructureTargets);
    const nxJson = readJson(workspace, 'nx.json');
    // Each registration sees its own project only. The second one names
    // the docker-up target of the first, which its migrations depend on.
    nxJson.plugins = [
      {
        plugin: '@twenty/devops/plugin',
        include: ['packages/twenty-docker/**/*'],
        options: {
          dockerUpTargetName: 'services-up',
          dockerDownTargetName: 'services-down',
        },
      },
      {
        plugin: '@twenty/devops/plugin',
        include: ['packages/twenty-server/**/*'],
        options: {
          dockerUpTargetName: 'services-up',
          dbMigrateTargetName: 'migrate',
          servicesFrom: { 'packages/twenty-server': 'packages/twenty-docker' },
        },
      },
    ];
    writeFiles(workspace, { 'nx.json': JSON.stringify(nxJson, null, 2) });
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  it('should infer each target once, under the names from the options', () => {
    const docker = showProject(workspace, 'twenty-docker', env).targets;
    expect(Object.keys(docker)).toEqual(
      expect.arrayContaining(['services-up', 'services-down']),
    );
    expect(docker['docker-up']).toBeUndefined();
    expect(docker['services-up'].options.composeFiles).toEqual([composeFile]);

    const server = showProject(workspace, 'twenty-server', env).targets;
    expect(server.migrate).toMatchObject({
      executor: '@twenty/devops:db-migrate',
      cache: false,
      dependsOn: [{ projects: ['twenty-docker'], target: 'services-up' }],
    });
    expect(server['db-migrate']).toBeUndefined();
    expect(server['services-up']).toBeUndefined();
  });

  it('should run the renamed targets in order against the real database', async () => {
    await expectMigrateAfterServices(workspace, env, {
      up: 'twenty-docker:services-up',
      migrate: 'twenty-server:migrate',
      down: 'twenty-docker:services-down',
    });
  });

  it('should serve a second nx show projects from its inference cache', () => {
    const data = join(workspace, '.nx', 'workspace-data');
    const cacheFiles = readdirSync(data)
      .filter((name) => name.startsWith('twenty-devops-inference.'))
      .map((name) => join(data, name));
    // One file per set of options: twenty-docker's compose file in one,
    // twenty-server's db-migrate in the other.
    expect(cacheFiles).toHaveLength(2);
    const written = cacheFiles.map((file) => statSync(file).mtimeMs);

    expectSuccess(runNx(workspace, ['show', 'projects'], env));
    expect(cacheFiles.map((file) => statSync(file).mtimeMs)).toEqual(written);

    // A mark put into the cached result shows up in the project graph,
    // which only happens when the result is taken from the cache.
    const cacheFile = cacheFiles.find((file) =>
      readFileSync(file, 'utf8').includes(composeFile),
    )!;
    const entries = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const target = Object.values(
      entries[composeFile].result.projects as Record<string, any>,
    )[0].targets['services-up'];
    target.metadata.description = 'Read from the inference cache';
    writeFiles(workspace, {
      [cacheFile.slice(workspace.length + 1)]: JSON.stringify(entries),
    });

    const docker = showProject(workspace, 'twenty-docker', env).targets;
    expect(docker['services-up'].metadata.description).toBe(
      'Read from the inference cache',
    );
  });

  it('should fail every nx command on a misspelled option, naming it', () => {
    const original = readFileSync(join(workspace, 'nx.json'), 'utf8');
    const nxJson = JSON.parse(original);
    nxJson.plugins[1].options.dbMigrateTarget = 'migrate';
    writeFiles(workspace, { 'nx.json': JSON.stringify(nxJson, null, 2) });
    try {
      const run = runNx(workspace, ['show', 'projects'], env);
      expect(run.exitCode).not.toBe(0);
      expect(run.output).toContain(
        'Unknown option "dbMigrateTarget" in the @twenty/devops/plugin entry of nx.json.',
      );
      expect(run.output).toContain('Did you mean "dbMigrateTargetName"?');
    } finally {
      writeFiles(workspace, { 'nx.json': original });
    }
  });
});

describeWithDocker("init on Twenty's real nx.json", () => {
  const composeProject = 'devops-e2e-explicit';
  const env = environment(composeProject, 55453);
  const serverProject = 'packages/twenty-server/project.json';
  let workspace: string;
  let realServerTargets: Record<string, unknown>;

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    // Twenty's own nx.json says useInferencePlugins: false, and its own
    // twenty-server project.json has no docker-up or db-migrate.
    copyFileSync(join(twentyFixtures, 'nx.json'), join(workspace, 'nx.json'));
    copyFileSync(
      join(twentyFixtures, serverProject),
      join(workspace, serverProject),
    );
    realServerTargets = readJson(workspace, serverProject).targets;
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  it('should write explicit targets instead of registering the plugin', () => {
    const init = ['g', '@twenty/devops:init', '--no-interactive'];
    expectSuccess(runNx(workspace, init, env));

    const nxJson = readJson(workspace, 'nx.json');
    expect(nxJson.useInferencePlugins).toBe(false);
    expect(JSON.stringify(nxJson.plugins ?? [])).not.toContain(
      '@twenty/devops',
    );

    const docker = readJson(
      workspace,
      'packages/twenty-docker/project.json',
    ).targets;
    expect(docker['docker-up']).toMatchObject({
      executor: '@twenty/devops:docker-up',
      cache: false,
      options: { composeFiles: [composeFile] },
    });
    expect(docker['docker-down'].executor).toBe('@twenty/devops:docker-down');

    const server = readJson(workspace, serverProject).targets;
    expect(server['db-migrate']).toMatchObject({
      executor: '@twenty/devops:db-migrate',
      cache: false,
      dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
    });
    for (const [name, target] of Object.entries(realServerTargets)) {
      expect(server[name]).toEqual(target);
    }
    // The edge the plugin's createDependencies would add, were it on.
    expect(readJson(workspace, serverProject).implicitDependencies).toEqual([
      'twenty-docker',
    ]);

    const again = readFileSync(join(workspace, serverProject), 'utf8');
    expectSuccess(runNx(workspace, init, env));
    expect(readFileSync(join(workspace, serverProject), 'utf8')).toBe(again);
  });

  it('should give the project graph an edge from twenty-server to twenty-docker', () => {
    const graphFile = join(workspace, 'graph.json');
    try {
      const run = runNx(workspace, ['graph', `--file=${graphFile}`], env);
      expectSuccess(run);
      const { dependencies } = JSON.parse(readFileSync(graphFile, 'utf8'))
        .graph as { dependencies: Record<string, object[]> };
      expect(dependencies['twenty-server']).toContainEqual({
        source: 'twenty-server',
        target: 'twenty-docker',
        type: 'implicit',
      });
    } finally {
      rmSync(graphFile, { force: true });
    }
  });

  it('should run the written db-migrate after docker-up through Nx', async () => {
    await expectMigrateAfterServices(workspace, env, {
      up: 'twenty-docker:docker-up',
      migrate: 'twenty-server:db-migrate',
      down: 'twenty-docker:docker-down',
    });
  });
});

describeWithDocker('a folder of SQL migrations', () => {
  const composeProject = 'devops-e2e-sql';
  const env = environment(composeProject, 55454);
  const billing = 'packages/twenty-billing';
  let workspace: string;

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    const nxJson = readJson(workspace, 'nx.json');
    nxJson.plugins = [
      {
        plugin: '@twenty/devops/plugin',
        options: { servicesFrom: { [billing]: 'packages/twenty-docker' } },
      },
    ];
    writeFiles(workspace, {
      'nx.json': JSON.stringify(nxJson, null, 2),
      [`${billing}/project.json`]: '{ "name": "twenty-billing" }',
      [`${billing}/migrations/0001_create-invoice.sql`]:
        '-- Up Migration\nCREATE TABLE invoice (id int);\n-- Down Migration\nDROP TABLE invoice;\n',
      [`${billing}/migrations/0002_create-payment.sql`]:
        'CREATE TABLE payment (id int);\n',
    });
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  it('should infer db-migrate in sql mode and apply the folder after docker-up', async () => {
    const targets = showProject(workspace, 'twenty-billing', env).targets;
    expect(targets['db-migrate']).toMatchObject({
      executor: '@twenty/devops:db-migrate',
      cache: false,
      dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
      inputs: ['{projectRoot}/migrations/**/*'],
      options: { mode: 'sql', migrationsDirectory: `${billing}/migrations` },
    });

    const tasks = {
      up: 'twenty-docker:docker-up',
      migrate: 'twenty-billing:db-migrate',
      down: 'twenty-docker:docker-down',
    };
    await expectMigrateAfterServices(workspace, env, tasks, async () => {
      const client = new Client({ connectionString: env.PG_DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query(
          "select table_name from information_schema.tables where table_name in ('invoice', 'payment') order by 1",
        );
        expect(rows.map((row) => row.table_name)).toEqual([
          'invoice',
          'payment',
        ]);
      } finally {
        await client.end();
      }
    });
  });
});
