import {
  logger,
  readJson,
  readNxJson,
  updateNxJson,
  writeJson,
  type Tree,
} from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initGenerator } from './generator';
import { twentyFixtures } from '../../testing/twenty-fixtures';

const readFixture = (path: string) =>
  readFileSync(join(twentyFixtures, path), 'utf8');

const dataSourcePath =
  'packages/twenty-server/src/database/typeorm/core/core.datasource.ts';
const dataSource = `import { DataSource } from 'typeorm';

export const connectionSource = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
});
`;

/** twenty-docker as in Twenty (a project.json with no name) and twenty-server. */
function addTwentyProjects(tree: Tree, serverProjectJson: object): void {
  writeJson(tree, 'packages/twenty-docker/project.json', {
    root: 'packages/twenty-docker',
    targets: {
      'build-dev': { command: 'make -C packages/twenty-docker build-dev' },
    },
  });
  tree.write(
    'packages/twenty-docker/docker-compose.dev.yml',
    readFixture('packages/twenty-docker/docker-compose.dev.yml'),
  );
  writeJson(tree, 'packages/twenty-server/project.json', serverProjectJson);
  tree.write(dataSourcePath, dataSource);
}

function createTwentyTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  addTwentyProjects(tree, {
    name: 'twenty-server',
    root: 'packages/twenty-server',
    targets: {},
  });
  return tree;
}

/** Every file the generators wrote so far, with its text. */
function snapshotChanges(tree: Tree): Record<string, string> {
  return Object.fromEntries(
    tree
      .listChanges()
      .map((change) => [change.path, tree.read(change.path, 'utf8') ?? '']),
  );
}

describe('init generator', () => {
  it('should register the plugin with its target names and servicesFrom', async () => {
    const tree = createTwentyTree();

    await initGenerator(tree, { skipFormat: true });

    expect(readNxJson(tree)?.plugins).toEqual([
      {
        plugin: '@twenty/devops/plugin',
        options: {
          dockerUpTargetName: 'docker-up',
          dockerDownTargetName: 'docker-down',
          dbMigrateTargetName: 'db-migrate',
          servicesFrom: { 'packages/twenty-server': 'packages/twenty-docker' },
        },
      },
    ]);
  });

  it('should change nothing when run a second time', async () => {
    const tree = createTwentyTree();
    await initGenerator(tree, { skipFormat: true });
    const first = snapshotChanges(tree);

    const info = jest.spyOn(logger, 'info').mockImplementation(() => {});
    try {
      await initGenerator(tree, { skipFormat: true });
      expect(info).toHaveBeenCalledWith(
        '@twenty/devops/plugin is already registered in nx.json; left as it is.',
      );
    } finally {
      info.mockRestore();
    }

    expect(snapshotChanges(tree)).toEqual(first);
  });

  it.each([
    ['the string @twenty/devops/plugin', '@twenty/devops/plugin'],
    ['the string @twenty/devops', '@twenty/devops'],
    [
      'an object naming @twenty/devops/plugin',
      {
        plugin: '@twenty/devops/plugin',
        options: { dockerUpTargetName: 'up' },
      },
    ],
    [
      'an object naming @twenty/devops',
      { plugin: '@twenty/devops', include: ['packages/**/*'] },
    ],
  ])('should not add a second entry when nx.json has %s', async (_, entry) => {
    const tree = createTwentyTree();
    updateNxJson(tree, { ...readNxJson(tree), plugins: [entry] });

    await initGenerator(tree, { skipFormat: true });

    expect(readNxJson(tree)?.plugins).toEqual([entry]);
  });

  it('should leave implicitDependencies to the plugin when it registers it', async () => {
    const tree = createTwentyTree();

    await initGenerator(tree, { skipFormat: true });

    const server = readJson(tree, 'packages/twenty-server/project.json');
    expect(server.implicitDependencies).toBeUndefined();
  });

  it("should point servicesFrom at a project's dev compose file", async () => {
    const tree = createTwentyTree();
    tree.write(
      'packages/twenty-docker/docker-compose.yml',
      readFixture('packages/twenty-docker/docker-compose.yml'),
    );

    await initGenerator(tree, { skipFormat: true });

    const [entry] = readNxJson(tree)?.plugins ?? [];
    expect(entry).toMatchObject({
      options: {
        servicesFrom: {
          'packages/twenty-server':
            'packages/twenty-docker/docker-compose.dev.yml',
        },
      },
    });
  });

  it('should pick another name when a project has docker-up of another executor', async () => {
    const tree = createTwentyTree();
    writeJson(tree, 'apps/web/project.json', {
      name: 'web',
      targets: { 'docker-up': { executor: 'nx:run-commands' } },
    });

    await initGenerator(tree, { skipFormat: true });

    const [entry] = readNxJson(tree)?.plugins ?? [];
    expect(entry).toMatchObject({
      options: {
        dockerUpTargetName: 'devops-docker-up',
        dockerDownTargetName: 'docker-down',
        dbMigrateTargetName: 'db-migrate',
      },
    });
  });

  it.each([
    [
      'a package.json script',
      { scripts: { 'db-migrate': 'knex migrate:latest' } },
    ],
    [
      "package.json's nx.targets",
      { nx: { targets: { 'db-migrate': { command: 'knex migrate:latest' } } } },
    ],
  ])(
    'should pick another name when db-migrate is %s of a project',
    async (_, packageJson) => {
      const tree = createTwentyTree();
      writeJson(tree, 'apps/web/project.json', { name: 'web' });
      writeJson(tree, 'apps/web/package.json', { name: 'web', ...packageJson });

      await initGenerator(tree, { skipFormat: true });

      const [entry] = readNxJson(tree)?.plugins ?? [];
      expect(entry).toMatchObject({
        options: {
          dockerUpTargetName: 'docker-up',
          dbMigrateTargetName: 'devops-db-migrate',
        },
      });
    },
  );

  it('should keep db-migrate when nx.includedScripts leaves that script out', async () => {
    const tree = createTwentyTree();
    writeJson(tree, 'apps/web/project.json', { name: 'web' });
    writeJson(tree, 'apps/web/package.json', {
      name: 'web',
      scripts: { 'db-migrate': 'knex migrate:latest', build: 'tsc' },
      nx: { includedScripts: ['build'] },
    });

    await initGenerator(tree, { skipFormat: true });

    const [entry] = readNxJson(tree)?.plugins ?? [];
    expect(entry).toMatchObject({
      options: { dbMigrateTargetName: 'db-migrate' },
    });
  });

  describe('with a project graph cached by nx g', () => {
    const savedDataDirectory = process.env.NX_WORKSPACE_DATA_DIRECTORY;
    beforeAll(() => delete process.env.NX_WORKSPACE_DATA_DIRECTORY);
    afterAll(() => {
      if (savedDataDirectory !== undefined) {
        process.env.NX_WORKSPACE_DATA_DIRECTORY = savedDataDirectory;
      }
    });

    function writeCachedGraph(
      tree: Tree,
      targets: Record<string, { executor?: string }>,
    ): void {
      writeJson(tree, 'apps/web/project.json', { name: 'web' });
      writeJson(tree, '.nx/workspace-data/project-graph.json', {
        nodes: {
          web: {
            name: 'web',
            type: 'app',
            data: { root: 'apps/web', targets },
          },
        },
        dependencies: { web: [] },
      });
    }

    it('should pick another name when another plugin infers docker-up', async () => {
      const tree = createTwentyTree();
      writeCachedGraph(tree, { 'docker-up': { executor: 'nx:run-commands' } });

      await initGenerator(tree, { skipFormat: true });

      const [entry] = readNxJson(tree)?.plugins ?? [];
      expect(entry).toMatchObject({
        options: {
          dockerUpTargetName: 'devops-docker-up',
          dockerDownTargetName: 'docker-down',
        },
      });
    });

    it('should keep docker-up when the graph has it from our own plugin', async () => {
      const tree = createTwentyTree();
      writeCachedGraph(tree, {
        'docker-up': { executor: '@twenty/devops:docker-up' },
      });

      await initGenerator(tree, { skipFormat: true });

      const [entry] = readNxJson(tree)?.plugins ?? [];
      expect(entry).toMatchObject({
        options: { dockerUpTargetName: 'docker-up' },
      });
    });
  });

  it('should keep a name whose target already runs our executor', async () => {
    const tree = createTwentyTree();
    writeJson(tree, 'apps/web/project.json', {
      name: 'web',
      targets: { 'db-migrate': { executor: '@twenty/devops:db-migrate' } },
    });

    await initGenerator(tree, { skipFormat: true });

    const [entry] = readNxJson(tree)?.plugins ?? [];
    expect(entry).toMatchObject({
      options: { dbMigrateTargetName: 'db-migrate' },
    });
  });

  it('should ignore .nx/workspace-data in .gitignore once', async () => {
    const tree = createTwentyTree();
    tree.write('.gitignore', 'node_modules');

    await initGenerator(tree, { skipFormat: true });
    await initGenerator(tree, { skipFormat: true });

    expect(tree.read('.gitignore', 'utf8')).toBe(
      'node_modules\n.nx/workspace-data\n',
    );
  });

  it('should leave .gitignore alone when it ignores .nx already', async () => {
    const tree = createTwentyTree();
    tree.write('.gitignore', 'node_modules\n.nx/\n');

    await initGenerator(tree, { skipFormat: true });

    expect(tree.read('.gitignore', 'utf8')).toBe('node_modules\n.nx/\n');
  });

  describe("with Twenty's nx.json (useInferencePlugins: false)", () => {
    function createRealTwentyTree(): Tree {
      const tree = createTreeWithEmptyWorkspace();
      tree.write('nx.json', readFixture('nx.json'));
      tree.write(
        'packages/twenty-docker/docker-compose.yml',
        readFixture('packages/twenty-docker/docker-compose.yml'),
      );
      addTwentyProjects(
        tree,
        JSON.parse(readFixture('packages/twenty-server/project.json')),
      );
      return tree;
    }

    it('should write the targets into project.json instead of registering', async () => {
      const tree = createRealTwentyTree();

      await initGenerator(tree, { skipFormat: true });

      expect(readNxJson(tree)?.plugins).toBeUndefined();
      const docker = readJson(tree, 'packages/twenty-docker/project.json');
      expect(docker.targets['build-dev']).toBeDefined();
      expect(Object.keys(docker.targets)).toEqual([
        'build-dev',
        'docker-up',
        'docker-down',
        'docker-up:dev',
        'docker-down:dev',
      ]);
      expect(docker.targets['docker-up:dev']).toEqual({
        executor: '@twenty/devops:docker-up',
        cache: false,
        inputs: ['{projectRoot}/docker-compose.dev.yml', '{projectRoot}/.env'],
        options: {
          composeFiles: ['packages/twenty-docker/docker-compose.dev.yml'],
        },
      });
      expect(docker.targets['docker-down']).toMatchObject({
        executor: '@twenty/devops:docker-down',
        options: {
          composeFiles: ['packages/twenty-docker/docker-compose.yml'],
        },
      });

      const server = readJson(tree, 'packages/twenty-server/project.json');
      expect(server.targets['database:migrate']).toBeDefined();
      expect(server.targets['db-migrate']).toEqual({
        executor: '@twenty/devops:db-migrate',
        cache: false,
        parallelism: false,
        dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up:dev' }],
        inputs: [
          '{projectRoot}/src/database/typeorm/core/core.datasource.ts',
          '{projectRoot}/src/database/typeorm/core/**/migrations/**/*',
        ],
        options: { mode: 'typeorm', dataSource: dataSourcePath },
      });
    });

    it('should write a db-migrate target in sql mode for a folder of SQL migrations', async () => {
      const tree = createRealTwentyTree();
      writeJson(tree, 'packages/twenty-billing/project.json', {
        name: 'twenty-billing',
      });
      tree.write(
        'packages/twenty-billing/migrations/0001_create-invoices.sql',
        'CREATE TABLE invoice (id int);\n',
      );

      await initGenerator(tree, { skipFormat: true });

      const billing = readJson(tree, 'packages/twenty-billing/project.json');
      expect(billing.targets['db-migrate']).toEqual({
        executor: '@twenty/devops:db-migrate',
        cache: false,
        parallelism: false,
        dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up:dev' }],
        inputs: ['{projectRoot}/migrations/**/*'],
        options: {
          mode: 'sql',
          migrationsDirectory: 'packages/twenty-billing/migrations',
        },
      });
    });

    it('should make twenty-server depend on twenty-docker, whose compose file it uses', async () => {
      const tree = createRealTwentyTree();

      await initGenerator(tree, { skipFormat: true });

      const server = readJson(tree, 'packages/twenty-server/project.json');
      expect(server.implicitDependencies).toEqual(['twenty-docker']);
      const docker = readJson(tree, 'packages/twenty-docker/project.json');
      expect(docker.implicitDependencies).toBeUndefined();
    });

    it.each([
      [['twenty-shared'], ['twenty-shared', 'twenty-docker']],
      [['twenty-docker'], ['twenty-docker']],
      [['!twenty-docker'], ['!twenty-docker']],
    ])('should turn implicitDependencies %j into %j', async (before, after) => {
      const tree = createRealTwentyTree();
      const server = readJson(tree, 'packages/twenty-server/project.json');
      writeJson(tree, 'packages/twenty-server/project.json', {
        ...server,
        implicitDependencies: before,
      });

      await initGenerator(tree, { skipFormat: true });

      expect(
        readJson(tree, 'packages/twenty-server/project.json')
          .implicitDependencies,
      ).toEqual(after);
    });

    it('should change nothing when run a second time', async () => {
      const tree = createRealTwentyTree();
      await initGenerator(tree, { skipFormat: true });
      const first = snapshotChanges(tree);

      await initGenerator(tree, { skipFormat: true });

      expect(snapshotChanges(tree)).toEqual(first);
    });

    it('should leave a target the project already has as it is', async () => {
      const tree = createRealTwentyTree();
      const server = readJson(tree, 'packages/twenty-server/project.json');
      const own = {
        executor: '@twenty/devops:db-migrate',
        options: { mode: 'command', command: 'x' },
      };
      server.targets['db-migrate'] = own;
      writeJson(tree, 'packages/twenty-server/project.json', server);

      await initGenerator(tree, { skipFormat: true });

      const after = readJson(tree, 'packages/twenty-server/project.json');
      expect(after.targets['db-migrate']).toEqual(own);
    });
  });
});

describe('init generator and the cache-reset target', () => {
  function createTreeWithRootProject(targets: object = {}): Tree {
    const tree = createTwentyTree();
    writeJson(tree, 'package.json', {
      name: 'twenty',
      nx: { targets },
    });
    return tree;
  }

  it("should give the root project a cache-reset target in its package.json's nx key", async () => {
    const tree = createTreeWithRootProject();

    await initGenerator(tree, { skipFormat: true });

    expect(readJson(tree, 'package.json').nx.targets).toEqual({
      'cache-reset': { executor: '@twenty/devops:cache-reset', cache: false },
    });
  });

  it('should name it devops-cache-reset when cache-reset runs something else', async () => {
    const tree = createTreeWithRootProject({
      'cache-reset': { command: 'rm -rf .nx/cache' },
    });

    await initGenerator(tree, { skipFormat: true });

    const targets = readJson(tree, 'package.json').nx.targets;
    expect(targets['cache-reset']).toEqual({ command: 'rm -rf .nx/cache' });
    expect(targets['devops-cache-reset']).toEqual({
      executor: '@twenty/devops:cache-reset',
      cache: false,
    });
  });

  it('should not add a second cache-reset target when run again', async () => {
    const tree = createTreeWithRootProject();
    await initGenerator(tree, { skipFormat: true });
    const first = snapshotChanges(tree);

    await initGenerator(tree, { skipFormat: true });

    expect(snapshotChanges(tree)).toEqual(first);
  });

  it('should add no root project to a workspace that has none', async () => {
    const tree = createTwentyTree();

    await initGenerator(tree, { skipFormat: true });

    expect(tree.exists('project.json')).toBe(false);
    expect(readJson(tree, 'package.json').nx).toBeUndefined();
  });
});
