import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodes, createNodesV2 } from './create-nodes';
import {
  catchError,
  collectTargets,
  dataSource,
  infer,
  inferTargets,
  keepWorkspaceDataInEachRoot,
  listConfigFiles,
  servicesFrom,
  twentyCompose,
  twentyFiles,
  writeWorkspace,
} from '../testing/create-nodes-workspace';

keepWorkspaceDataInEachRoot();

describe('createNodes', () => {
  it('should export the same tuple as createNodesV2', () => {
    expect(createNodesV2).toBe(createNodes);
  });

  it('should infer the targets of a Twenty-shaped workspace', async () => {
    const root = writeWorkspace(twentyFiles());

    const targets = await inferTargets(root, { servicesFrom });

    expect(targets).toEqual({
      'packages/twenty-docker': {
        'docker-up': {
          executor: '@twenty/devops:docker-up',
          cache: false,
          inputs: [
            '{projectRoot}/docker-compose.dev.yml',
            '{projectRoot}/.env',
          ],
          options: {
            composeFiles: ['packages/twenty-docker/docker-compose.dev.yml'],
          },
          metadata: {
            technologies: ['docker'],
            description:
              'Start the services of docker-compose.dev.yml and wait until they are ready',
            help: {
              command: 'npx nx run twenty-docker:docker-up --help',
              example: {
                options: { services: ['db'], waitTimeoutSeconds: 300 },
              },
            },
          },
        },
        'docker-down': {
          executor: '@twenty/devops:docker-down',
          cache: false,
          inputs: [
            '{projectRoot}/docker-compose.dev.yml',
            '{projectRoot}/.env',
          ],
          options: {
            composeFiles: ['packages/twenty-docker/docker-compose.dev.yml'],
          },
          metadata: {
            technologies: ['docker'],
            description:
              'Stop and remove the containers of docker-compose.dev.yml, keeping volumes',
            help: {
              command: 'npx nx run twenty-docker:docker-down --help',
              example: { options: { volumes: true } },
            },
          },
        },
      },
      'packages/twenty-server': {
        'db-migrate': {
          executor: '@twenty/devops:db-migrate',
          cache: false,
          parallelism: false,
          dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
          inputs: [
            '{projectRoot}/src/database/typeorm/core/core.datasource.ts',
            '{projectRoot}/src/database/typeorm/core/**/migrations/**/*',
            '{projectRoot}/.env',
          ],
          options: {
            mode: 'typeorm',
            dataSource:
              'packages/twenty-server/src/database/typeorm/core/core.datasource.ts',
            envFile: 'packages/twenty-server/.env',
          },
          metadata: {
            technologies: ['typeorm'],
            description:
              'Apply the pending migrations of the data source src/database/typeorm/core/core.datasource.ts',
            help: {
              command: 'npx nx run twenty-server:db-migrate --help',
              example: { options: { transaction: 'all' } },
            },
          },
        },
      },
    });
  });

  it('should use the target names given in the options', async () => {
    const root = writeWorkspace(twentyFiles());

    const targets = await inferTargets(root, {
      servicesFrom,
      dockerUpTargetName: 'infra-up',
      dockerDownTargetName: 'infra-down',
      dbMigrateTargetName: 'migrate',
    });

    expect(Object.keys(targets['packages/twenty-docker'])).toEqual([
      'infra-up',
      'infra-down',
    ]);
    expect(targets['packages/twenty-server']).toEqual({
      migrate: expect.objectContaining({
        dependsOn: [{ projects: ['twenty-docker'], target: 'infra-up' }],
      }),
    });
  });

  it("should make migrations depend on the project's own docker-up", async () => {
    const root = writeWorkspace({
      'apps/api/package.json': '{ "name": "api" }',
      'apps/api/compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
      'apps/api/src/app.datasource.ts': dataSource,
    });

    const targets = await inferTargets(root);

    expect(targets['apps/api']['db-migrate']).toMatchObject({
      dependsOn: ['docker-up'],
      options: {
        mode: 'typeorm',
        dataSource: 'apps/api/src/app.datasource.ts',
      },
    });
    expect(targets['apps/api']['db-migrate']).not.toHaveProperty(
      'options.envFile',
    );
  });

  it('should skip a compose file that no project holds', async () => {
    const root = writeWorkspace({
      'compose.yml': 'services:\n  db:\n    image: postgres:16\n',
      'tools/local/docker-compose.yml': 'services: {}\n',
      'apps/api/project.json': '{}',
      'apps/api/infra/docker-compose.yml': 'services: {}\n',
    });

    const targets = await inferTargets(root);

    expect(Object.keys(targets)).toEqual(['apps/api']);
    expect(targets['apps/api']['docker-up']).toMatchObject({
      options: { composeFiles: ['apps/api/infra/docker-compose.yml'] },
      metadata: { help: { command: 'npx nx run api:docker-up --help' } },
    });
  });

  it('should name a broken compose file and its line, and still infer the rest', async () => {
    const root = writeWorkspace({
      ...twentyFiles(),
      'packages/broken/project.json': '{ "name": "broken" }',
      'packages/broken/docker-compose.yml':
        'services:\n  db:\n    image: postgres:16\n   ports: [\n',
    });

    const error = await catchError(infer(root, { servicesFrom }));

    expect(error.name).toBe('AggregateCreateNodesError');
    expect(error.errors).toHaveLength(1);
    const [[file, cause]] = error.errors;
    expect(file).toBe('packages/broken/docker-compose.yml');
    expect(cause.message).toMatch(
      /^Malformed YAML in compose file packages\/broken\/docker-compose\.yml:4:\d+: /,
    );
    expect(cause.message).toContain('Fix the YAML at line 4');
    expect(cause.stack).toBe(`DevopsError: ${cause.message}`);
    const targets = collectTargets(error.partialResults);
    expect(Object.keys(targets).sort()).toEqual([
      'packages/twenty-docker',
      'packages/twenty-server',
    ]);
  });

  it('should serve a second call from its cache file, and redo a changed file', async () => {
    const root = writeWorkspace(twentyFiles());
    const cacheFolder = join(root, '.nx', 'workspace-data');
    await infer(root, { servicesFrom });
    const [cacheFile] = readdirSync(cacheFolder);
    expect(cacheFile).toMatch(/^twenty-devops-inference\.[0-9a-f]+\.json$/);

    // Marks the cached description: only a cache hit can return it.
    const cachePath = join(cacheFolder, cacheFile);
    const marked = readFileSync(cachePath, 'utf8').replace(
      'Start the services',
      'Cached: start the services',
    );
    writeFileSync(cachePath, marked);
    const again = await inferTargets(root, { servicesFrom });

    expect(again['packages/twenty-docker']['docker-up']).toMatchObject({
      metadata: { description: expect.stringMatching(/^Cached: /) },
    });
    expect(readFileSync(cachePath, 'utf8')).toBe(marked);

    writeFileSync(
      join(root, 'packages/twenty-docker/docker-compose.dev.yml'),
      `${twentyCompose}\n# changed\n`,
    );
    const changed = await inferTargets(root, { servicesFrom });
    expect(changed['packages/twenty-docker']['docker-up']).toMatchObject({
      metadata: { description: expect.stringMatching(/^Start /) },
    });
  });

  it('should store no env file values in the cache', async () => {
    const root = writeWorkspace(twentyFiles());
    await infer(root, { servicesFrom });

    const folder = join(root, '.nx', 'workspace-data');
    const [cacheFile] = readdirSync(folder);
    expect(readFileSync(join(folder, cacheFile), 'utf8')).not.toContain(
      'postgres://',
    );
  });

  it('should merge a base file with its override and keep a variant apart', async () => {
    const root = writeWorkspace({
      'infra/project.json': '{ "name": "infra" }',
      'infra/docker-compose.yml':
        'services:\n  api:\n    build: ./api\n    env_file: [.env.api]\n',
      'infra/docker-compose.override.yml':
        'services:\n  api:\n    env_file:\n      - path: ./override.env\n        required: false\n',
      'infra/docker-compose.dev.yml':
        'services:\n  db:\n    image: postgres:16\n',
      'apps/api/project.json': '{ "name": "api" }',
      'apps/api/src/core.datasource.ts': dataSource,
    });

    const targets = await inferTargets(root, {
      servicesFrom: { 'apps/api': 'infra/docker-compose.dev.yml' },
    });

    expect(Object.keys(targets.infra)).toEqual([
      'docker-up',
      'docker-down',
      'docker-up:dev',
      'docker-down:dev',
    ]);
    expect(targets.infra['docker-up']).toMatchObject({
      inputs: [
        '{projectRoot}/docker-compose.yml',
        '{projectRoot}/docker-compose.override.yml',
        '{projectRoot}/.env',
        '{projectRoot}/.env.api',
        '{projectRoot}/override.env',
        '{projectRoot}/api/Dockerfile',
      ],
      options: {
        composeFiles: [
          'infra/docker-compose.yml',
          'infra/docker-compose.override.yml',
        ],
      },
    });
    expect(targets['apps/api']['db-migrate']).toMatchObject({
      dependsOn: [{ projects: ['infra'], target: 'docker-up:dev' }],
    });
  });

  it('should fail naming servicesFrom when it points at no compose file', async () => {
    const root = writeWorkspace({
      'apps/api/project.json': '{}',
      'apps/api/src/core.datasource.ts': dataSource,
    });

    const error = await catchError(
      infer(root, { servicesFrom: { 'apps/api': 'infra' } }),
    );

    expect(error.errors[0][1].message).toMatch(
      /^Plugin option servicesFrom maps apps\/api to infra, but no compose file/,
    );
  });

  it('should find the servicesFrom compose file outside the files Nx passed', async () => {
    const root = writeWorkspace(twentyFiles());
    const serverOnly = listConfigFiles(root).filter((path) =>
      path.startsWith('packages/twenty-server/'),
    );

    const results = await createNodes[1](
      serverOnly,
      { servicesFrom },
      { nxJsonConfiguration: {}, workspaceRoot: root },
    );

    const targets = collectTargets(results);
    expect(Object.keys(targets)).toEqual(['packages/twenty-server']);
    expect(targets['packages/twenty-server']['db-migrate']).toMatchObject({
      dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
    });
  });

  it('should find compose files by the extra names in the options', async () => {
    const root = writeWorkspace({
      'apps/api/project.json': '{}',
      'apps/api/infra.yml': 'services: {}\n',
      'apps/api/deploy/values.yaml': 'replicas: 2\n',
    });

    const targets = await inferTargets(root, {
      composeFileNames: ['infra.yml'],
    });

    expect(targets['apps/api']['docker-up']).toMatchObject({
      options: { composeFiles: ['apps/api/infra.yml'] },
    });
  });

  it('should take env files and Dockerfiles from merge keys and compose tags', async () => {
    const root = writeWorkspace({
      'apps/api/project.json': '{}',
      'apps/api/compose.yaml': [
        'x-app: &app',
        '  env_file: [.env.shared]',
        '  build: { context: ., dockerfile: docker/App.Dockerfile }',
        'services:',
        '  api:',
        '    <<: *app',
        '    ports: !reset []',
        '  worker:',
        '    env_file: !override .env.worker',
      ].join('\n'),
    });

    const targets = await inferTargets(root);

    expect(targets['apps/api']['docker-up']).toMatchObject({
      inputs: [
        '{projectRoot}/compose.yaml',
        '{projectRoot}/.env',
        '{projectRoot}/.env.shared',
        '{projectRoot}/.env.worker',
        '{projectRoot}/docker/App.Dockerfile',
      ],
    });
  });
});
