import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { twentyFixtures } from './twenty-fixtures';

/*
 * Helpers of the init generator specs: Twenty's docker and server projects
 * in an empty tree, and a snapshot of what the generator wrote.
 */

export const readFixture = (path: string) =>
  readFileSync(join(twentyFixtures, path), 'utf8');

export const dataSourcePath =
  'packages/twenty-server/src/database/typeorm/core/core.datasource.ts';
const dataSource = `import { DataSource } from 'typeorm';

export const connectionSource = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
});
`;

/** twenty-docker as in Twenty (a project.json with no name) and twenty-server. */
export function addTwentyProjects(tree: Tree, serverProjectJson: object): void {
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

export function createTwentyTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  addTwentyProjects(tree, {
    name: 'twenty-server',
    root: 'packages/twenty-server',
    targets: {},
  });
  return tree;
}

/** Every file the generators wrote so far, with its text. */
export function snapshotChanges(tree: Tree): Record<string, string> {
  return Object.fromEntries(
    tree
      .listChanges()
      .map((change) => [change.path, tree.read(change.path, 'utf8') ?? '']),
  );
}
