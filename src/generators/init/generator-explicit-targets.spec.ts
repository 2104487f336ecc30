import { readJson, readNxJson, writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import {
  addTwentyProjects,
  dataSourcePath,
  readFixture,
  snapshotChanges,
} from '../../testing/init-twenty-tree';
import { initGenerator } from './generator';

describe('init generator', () => {
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
