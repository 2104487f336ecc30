import type { CreateNodesResultV2 } from '@nx/devkit';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createNodes } from '../plugin/create-nodes';
import type { DevopsPluginOptions } from '../plugin/plugin-options';
import { makeTempDir } from './make-temp-dir';
import { twentyFixtures } from './twenty-fixtures';

// Workspaces in temp folders for the createNodes specs, and the calls on them.

export const twentyCompose = readFileSync(
  join(twentyFixtures, 'packages/twenty-docker/docker-compose.dev.yml'),
  'utf8',
);
export const dataSource = `import { DataSource } from 'typeorm';

export const connectionSource = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
  migrations: [__dirname + '/migrations/*{.ts,.js}'],
});
`;
export const servicesFrom = {
  'packages/twenty-server': 'packages/twenty-docker',
};

export type Files = Record<string, string>;

export function writeWorkspace(files: Files): string {
  const root = makeTempDir('devops-plugin-');
  const all: Files = { 'package.json': '{ "name": "twenty" }', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function twentyFiles(): Files {
  return {
    'packages/twenty-docker/project.json': '{ "name": "twenty-docker" }',
    'packages/twenty-docker/docker-compose.dev.yml': twentyCompose,
    'packages/twenty-server/project.json': '{ "name": "twenty-server" }',
    'packages/twenty-server/package.json': '{ "name": "twenty-server" }',
    'packages/twenty-server/.env':
      'PG_DATABASE_URL=postgres://x:y@localhost/z\n',
    'packages/twenty-server/src/database/typeorm/core/core.datasource.ts':
      dataSource,
    'packages/twenty-server/src/database/typeorm/core/migrations/1-init.ts':
      'export class Init1 {}\n',
    '.github/workflows/ci.yaml': 'on: push\n',
  };
}

// The files Nx hands the plugin: those its glob matches, outside node_modules.
export function listConfigFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', '.nx'].includes(entry.name)
        ? []
        : listConfigFiles(root, path);
    }
    return /\.ya?ml$|\.datasource\.ts$|\.sql$/.test(entry.name)
      ? [relative(root, path)]
      : [];
  });
}

export async function infer(
  root: string,
  options?: DevopsPluginOptions,
): Promise<CreateNodesResultV2> {
  const [, createNodesFunction] = createNodes;
  return createNodesFunction(listConfigFiles(root), options, {
    nxJsonConfiguration: {},
    workspaceRoot: root,
  });
}

/** The targets of each project root, merged as Nx merges them. */
export function collectTargets(results: CreateNodesResultV2) {
  const targets: Record<string, Record<string, unknown>> = {};
  for (const [, result] of results) {
    for (const [root, project] of Object.entries(result.projects ?? {})) {
      targets[root] = { ...targets[root], ...project.targets };
    }
  }
  return targets;
}

export async function inferTargets(
  root: string,
  options?: DevopsPluginOptions,
) {
  return collectTargets(await infer(root, options));
}

export async function catchError(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/**
 * Keeps each workspace's inference cache in its own .nx folder for the
 * specs of the calling file, whatever the environment that runs them says.
 */
export function keepWorkspaceDataInEachRoot(): void {
  const savedDataDirectory = process.env.NX_WORKSPACE_DATA_DIRECTORY;
  beforeAll(() => delete process.env.NX_WORKSPACE_DATA_DIRECTORY);
  afterAll(() => {
    if (savedDataDirectory !== undefined) {
      process.env.NX_WORKSPACE_DATA_DIRECTORY = savedDataDirectory;
    }
  });
}
