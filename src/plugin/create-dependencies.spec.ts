import {
  DependencyType,
  type CreateDependenciesContext,
  type FileData,
  type ProjectConfiguration,
} from '@nx/devkit';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { createDependencies } from './create-dependencies';
import { createNodes } from './create-nodes';

const dataSourcePath =
  'packages/twenty-server/src/database/typeorm/core/core.datasource.ts';
const files: Record<string, string> = {
  'package.json': '{ "name": "twenty" }',
  'packages/twenty-docker/project.json': '{ "name": "twenty-docker" }',
  'packages/twenty-docker/docker-compose.dev.yml':
    'name: twenty-dev\nservices:\n  db:\n    image: postgres:16\n',
  'packages/twenty-server/project.json': '{ "name": "twenty-server" }',
  [dataSourcePath]:
    "import { DataSource } from 'typeorm';\nexport const source = new DataSource({ type: 'postgres' });\n",
  'packages/twenty-front/project.json': '{ "name": "twenty-front" }',
};
const roots: Record<string, string> = {
  'twenty-docker': 'packages/twenty-docker',
  'twenty-server': 'packages/twenty-server',
  'twenty-front': 'packages/twenty-front',
};

function writeWorkspace(): string {
  const root = makeTempDir('devops-dependencies-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Projects as Nx hands them to createDependencies: inferred targets merged in. */
async function inferProjects(
  workspaceRoot: string,
  options: object,
): Promise<Record<string, ProjectConfiguration>> {
  const configFiles = Object.keys(files).filter((path) =>
    /\.ya?ml$|\.datasource\.ts$/.test(path),
  );
  const results = await createNodes[1](configFiles, options, {
    nxJsonConfiguration: {},
    workspaceRoot,
  });
  const projects: Record<string, ProjectConfiguration> = {};
  for (const [name, root] of Object.entries(roots)) {
    const targets = Object.assign(
      {},
      ...results.map(([, result]) => result.projects?.[root]?.targets ?? {}),
    );
    projects[name] = { name, root, targets };
  }
  return projects;
}

function makeContext(
  workspaceRoot: string,
  projects: Record<string, ProjectConfiguration>,
): CreateDependenciesContext {
  const projectFileMap: Record<string, FileData[]> = {};
  for (const [name, root] of Object.entries(roots)) {
    projectFileMap[name] = Object.keys(files)
      .filter((path) => path.startsWith(`${root}/`))
      .map((file) => ({ file, hash: '1' }));
  }
  const fileMap = { projectFileMap, nonProjectFiles: [] };
  return {
    externalNodes: {},
    projects,
    nxJsonConfiguration: {},
    fileMap,
    filesToProcess: fileMap,
    workspaceRoot,
  };
}

describe('createDependencies', () => {
  it('should link twenty-server to twenty-docker through its data source', async () => {
    const root = writeWorkspace();
    const options = {
      servicesFrom: { 'packages/twenty-server': 'packages/twenty-docker' },
    };
    const projects = await inferProjects(root, options);

    const edges = await createDependencies(
      options,
      makeContext(root, projects),
    );

    expect(edges).toEqual([
      {
        source: 'twenty-server',
        target: 'twenty-docker',
        sourceFile: dataSourcePath,
        type: DependencyType.static,
      },
    ]);
  });

  it('should add no edge when every project uses its own compose file', async () => {
    const root = writeWorkspace();
    const projects = await inferProjects(root, {});

    expect(await createDependencies({}, makeContext(root, projects))).toEqual(
      [],
    );
  });

  it('should link a hand-written target whose compose file another project owns', async () => {
    const root = writeWorkspace();
    const projects = await inferProjects(root, {});
    projects['twenty-server'].targets = {
      'docker-up': {
        executor: '@twenty/devops:docker-up',
        options: {
          composeFiles: ['packages/twenty-docker/docker-compose.dev.yml'],
        },
      },
    };

    const edges = await createDependencies({}, makeContext(root, projects));

    expect(edges).toEqual([
      {
        source: 'twenty-server',
        target: 'twenty-docker',
        sourceFile: 'packages/twenty-server/project.json',
        type: DependencyType.static,
      },
    ]);
  });
});
