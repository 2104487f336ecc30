import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createGraphFromTree } from '../../../testing/create-graph-from-tree';
import { twentyFixtures } from '../../../testing/twenty-fixtures';
import { applyChanges } from './apply-changes';
import { proposeNamedInputs } from './propose-named-inputs';
import { readWorkspace } from './read-workspace';

// Nx matches file patterns with minimatch semantics, extglobs included;
// the installed nx's own copy, not ours.
const { minimatch } = require(
  require.resolve('minimatch', {
    paths: [dirname(require.resolve('nx/package.json'))],
  }),
) as typeof import('minimatch');

const workflows = '.github/workflows';
const readFixture = (path: string) =>
  readFileSync(join(twentyFixtures, path), 'utf8');

/** A root with .nvmrc, tsconfig.base.json and Twenty's real workflows. */
function createTree(namedInputs?: Record<string, unknown[]>): Tree {
  const tree = createTreeWithEmptyWorkspace();
  if (namedInputs) writeJson(tree, 'nx.json', { namedInputs });
  tree.write('.nvmrc', '24.5.0\n');
  tree.write('tsconfig.base.json', readFixture('tsconfig.base.json'));
  for (const file of ['ci-server.yaml', 'ci-front.yaml', 'changed-files.yaml'])
    tree.write(`${workflows}/${file}`, readFixture(`${workflows}/${file}`));
  writeJson(tree, 'packages/twenty-front/project.json', {
    name: 'twenty-front',
    targets: { build: { command: 'vite build' } },
  });
  return tree;
}

function proposeOn(tree: Tree) {
  const view = readWorkspace(tree, createGraphFromTree(tree));
  const changes = proposeNamedInputs(view);
  const { namedInputs } = applyChanges(
    { namedInputs: view.namedInputs },
    changes,
  );
  return { view, changes, namedInputs };
}

describe('proposeNamedInputs', () => {
  it('should put .nvmrc, tsconfig.base.json and the workflows that run nx into a new sharedGlobals', () => {
    const { namedInputs } = proposeOn(createTree());

    // changed-files.yaml never runs nx, so it is left out.
    expect(namedInputs.sharedGlobals).toEqual([
      '{workspaceRoot}/.github/workflows/ci-front.yaml',
      '{workspaceRoot}/.github/workflows/ci-server.yaml',
      '{workspaceRoot}/.nvmrc',
      '{workspaceRoot}/tsconfig.base.json',
    ]);
  });

  it('should append the root files an existing sharedGlobals misses, keeping its entries', () => {
    const tree = createTree({
      sharedGlobals: [
        '{workspaceRoot}/tsconfig.base.json',
        '{workspaceRoot}/babel.config.json',
      ],
    });

    const { changes, namedInputs } = proposeOn(tree);

    const toSharedGlobals = changes.filter(
      (change) => change.path[1] === 'sharedGlobals',
    );
    expect(namedInputs.sharedGlobals).toEqual([
      '{workspaceRoot}/tsconfig.base.json',
      '{workspaceRoot}/babel.config.json',
      '{workspaceRoot}/.github/workflows/ci-front.yaml',
      '{workspaceRoot}/.github/workflows/ci-server.yaml',
      '{workspaceRoot}/.nvmrc',
    ]);
    expect(toSharedGlobals.every((change) => change.insert)).toBe(true);
  });

  it('should count a glob or an exclusion in sharedGlobals as naming the file', () => {
    const tree = createTree({
      sharedGlobals: [
        { fileset: '{workspaceRoot}/.github/workflows/*.yaml' },
        '{workspaceRoot}/tsconfig.base.json',
        '!{workspaceRoot}/.nvmrc',
      ],
    });

    const { changes } = proposeOn(tree);

    expect(changes.map((change) => change.path[1])).toEqual([
      'default',
      'production',
    ]);
  });

  it('should leave out of production the specs, tests, stories and lint configuration', () => {
    const { production } = proposeOn(createTree()).namedInputs;
    const exclusions = production
      .filter((input): input is string => typeof input === 'string')
      .filter((input) => input.startsWith('!'))
      .map((input) => input.slice(1).replace('{projectRoot}', 'packages/app'));
    const inProduction = (file: string) =>
      !exclusions.some((glob) =>
        minimatch(`packages/app/${file}`, glob, { dot: true }),
      );

    expect(production[0]).toBe('default');
    for (const file of [
      'src/modules/app.spec.ts',
      'src/modules/app.test.tsx',
      'src/modules/__snapshots__/app.spec.tsx.snap',
      'src/utils/format.spec.mjs',
      'test/integration/setup.ts',
      'src/modules/__tests__/hooks.ts',
      'tsconfig.spec.json',
      'jest.config.ts',
      'jest.config.mjs',
      'vitest.config.mts',
      'src/modules/Button.stories.tsx',
      '.storybook/main.ts',
      '.eslintrc.json',
      'eslint.config.mjs',
      'eslint.config.js',
      '.oxlintrc.json',
    ])
      expect([file, inProduction(file)]).toEqual([file, false]);
    for (const file of [
      'src/modules/app.tsx',
      'src/modules/spectrum.ts',
      'package.json',
      'index.html',
    ])
      expect([file, inProduction(file)]).toEqual([file, true]);
  });
});
