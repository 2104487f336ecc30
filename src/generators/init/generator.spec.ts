import {
  logger,
  readJson,
  readNxJson,
  updateNxJson,
  writeJson,
  type Tree,
} from '@nx/devkit';
import {
  createTwentyTree,
  readFixture,
  snapshotChanges,
} from '../../testing/init-twenty-tree';
import { initGenerator } from './generator';

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
});
