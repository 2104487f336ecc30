import type { CreateNodesResultV2 } from '@nx/devkit';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { createNodes } from './create-nodes';
import type { DevopsPluginOptions } from './plugin-options';

const dataSourcePath = 'apps/api/src/core.datasource.ts';
const dataSource = `import { DataSource } from 'typeorm';
export const source = new DataSource({ type: 'postgres' });
`;
const cacheFolder = (root: string) => join(root, '.nx', 'workspace-data');

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function writeWorkspace(files: Record<string, string>): string {
  const root = makeTempDir('devops-plugin-cache-');
  writeFiles(root, { 'package.json': '{ "name": "ws" }', ...files });
  return root;
}

function writeApiWorkspace(): string {
  return writeWorkspace({
    'apps/api/project.json': '{ "name": "api" }',
    'apps/api/.env': 'PG_DATABASE_URL=postgres://x:y@localhost/z\n',
    [dataSourcePath]: dataSource,
    'apps/api/src/seed.datasource.ts': '// no data source here\n',
    'apps/api/db/migrations/0001_init.sql': 'SELECT 1;\n',
  });
}

async function infer(
  root: string,
  configFiles: string[],
  options?: DevopsPluginOptions,
): Promise<CreateNodesResultV2> {
  return createNodes[1](configFiles, options, {
    nxJsonConfiguration: {},
    workspaceRoot: root,
  });
}

function collectTargets(results: CreateNodesResultV2) {
  const targets: Record<string, Record<string, any>> = {};
  for (const [, result] of results) {
    for (const [root, project] of Object.entries(result.projects ?? {})) {
      targets[root] = { ...targets[root], ...project.targets };
    }
  }
  return targets;
}

const savedDataDirectory = process.env.NX_WORKSPACE_DATA_DIRECTORY;
beforeAll(() => delete process.env.NX_WORKSPACE_DATA_DIRECTORY);
afterAll(() => {
  if (savedDataDirectory !== undefined) {
    process.env.NX_WORKSPACE_DATA_DIRECTORY = savedDataDirectory;
  }
});

const apiConfigFiles = [
  dataSourcePath,
  'apps/api/src/seed.datasource.ts',
  'apps/api/db/migrations/0001_init.sql',
];

describe('createNodes and its inference cache', () => {
  it('should give the same db-migrate targets from the cache as inferred', async () => {
    const root = writeApiWorkspace();
    const first = collectTargets(await infer(root, apiConfigFiles));
    expect(readdirSync(cacheFolder(root))).toHaveLength(1);

    const second = collectTargets(await infer(root, apiConfigFiles));

    expect(second).toEqual(first);
    // The SQL folder comes first by path, so it gets the plain name.
    expect(Object.keys(second['apps/api']).sort()).toEqual([
      'db-migrate',
      'db-migrate:core',
    ]);
    expect(second['apps/api']['db-migrate:core']).toMatchObject({
      inputs: [
        '{projectRoot}/src/core.datasource.ts',
        '{projectRoot}/src/**/migrations/**/*',
        '{projectRoot}/.env',
      ],
      options: { dataSource: dataSourcePath, envFile: 'apps/api/.env' },
    });
  });

  it('should return what the cache holds for db-migrate', async () => {
    const root = writeApiWorkspace();
    await infer(root, apiConfigFiles);
    const [cacheFile] = readdirSync(cacheFolder(root));
    const cachePath = join(cacheFolder(root), cacheFile);
    const marked = readFileSync(cachePath, 'utf8').replace(
      'Apply the pending migrations of the data source src/core.datasource.ts',
      'Cached',
    );
    expect(marked).toContain('Cached');
    writeFileSync(cachePath, marked);

    const targets = collectTargets(await infer(root, apiConfigFiles));

    expect(targets['apps/api']['db-migrate:core'].metadata.description).toBe(
      'Cached',
    );
    expect(marked).not.toContain('postgres://');
  });

  it('should infer again when a data source changed', async () => {
    const root = writeApiWorkspace();
    await infer(root, apiConfigFiles);
    writeFiles(root, { 'apps/api/src/seed.datasource.ts': dataSource });

    const targets = collectTargets(await infer(root, apiConfigFiles));

    expect(Object.keys(targets['apps/api']).sort()).toEqual([
      'db-migrate',
      'db-migrate:core',
      'db-migrate:seed',
    ]);
  });

  it('should redo db-migrate when the env file it names goes away', async () => {
    const root = writeApiWorkspace();
    await infer(root, apiConfigFiles);
    rmSync(join(root, 'apps/api/.env'));

    const targets = collectTargets(await infer(root, apiConfigFiles));

    expect(targets['apps/api']['db-migrate:core'].inputs).not.toContain(
      '{projectRoot}/.env',
    );
    expect(targets['apps/api']['db-migrate:core'].options).not.toHaveProperty(
      'envFile',
    );
  });

  it('should infer a compose file again when its project root moves', async () => {
    // The same file, text and project name under another root must not be
    // served the result of the old root.
    const compose = 'apps/api/infra/docker-compose.yml';
    const root = writeWorkspace({
      'apps/api/project.json': '{ "name": "api" }',
      [compose]: 'services:\n  db:\n    image: postgres:16\n',
    });
    const before = collectTargets(await infer(root, [compose]));
    expect(before['apps/api']['docker-up'].inputs).toEqual([
      '{projectRoot}/infra/docker-compose.yml',
      '{projectRoot}/infra/.env',
    ]);

    rmSync(join(root, 'apps/api/project.json'));
    writeFiles(root, { 'apps/api/infra/project.json': '{ "name": "api" }' });
    const after = collectTargets(await infer(root, [compose]));

    expect(Object.keys(after)).toEqual(['apps/api/infra']);
    expect(after['apps/api/infra']['docker-up'].inputs).toEqual([
      '{projectRoot}/docker-compose.yml',
      '{projectRoot}/.env',
    ]);
  });
});
