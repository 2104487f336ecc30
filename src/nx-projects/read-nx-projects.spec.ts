import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readNxProjects } from './read-nx-projects';

/** A tree shaped like `create-nx-workspace --preset=npm` makes it. */
function createNpmWorkspaceTree(workspaces: unknown = ['packages/*']): Tree {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'package.json', {
    name: '@demo/source',
    private: true,
    workspaces,
  });
  return tree;
}

function writePackage(tree: Tree, root: string, packageJson: object): void {
  writeJson(tree, `${root}/package.json`, packageJson);
}

function listTargets(tree: Tree): Record<string, string[]> {
  return Object.fromEntries(
    [...readNxProjects(tree)].map(([name, project]) => [
      name,
      Object.keys(project.targets ?? {}).sort(),
    ]),
  );
}

describe('readNxProjects', () => {
  it('should turn the scripts of a workspaces package into nx:run-script targets', () => {
    const tree = createNpmWorkspaceTree();
    writePackage(tree, 'packages/api', {
      name: '@demo/api',
      scripts: { build: 'tsc', test: 'node --test' },
    });

    const api = readNxProjects(tree).get('@demo/api');

    expect(api?.targets).toEqual({
      build: { executor: 'nx:run-script', options: { script: 'build' } },
      test: { executor: 'nx:run-script', options: { script: 'test' } },
    });
  });

  it('should keep only the scripts nx.includedScripts lists', () => {
    const tree = createNpmWorkspaceTree();
    writePackage(tree, 'packages/api', {
      name: '@demo/api',
      scripts: { build: 'tsc', test: 'node --test', lint: 'eslint .' },
      nx: { includedScripts: ['test', 'e2e'] },
    });

    expect(listTargets(tree)).toEqual({ '@demo/api': ['test'] });
  });

  it('should make no target of any script when nx.includedScripts is empty', () => {
    const tree = createNpmWorkspaceTree();
    writePackage(tree, 'packages/api', {
      name: '@demo/api',
      scripts: { build: 'tsc' },
      nx: { includedScripts: [] },
    });

    expect(listTargets(tree)).toEqual({ '@demo/api': [] });
  });

  it.each([
    ['outside the workspaces globs', ['packages/*'], 'tools/scripts'],
    ['excluded with !', ['packages/*', '!packages/legacy'], 'packages/legacy'],
  ])(
    'should leave out a package.json %s, as Nx does',
    (_, workspaces, root) => {
      const tree = createNpmWorkspaceTree(workspaces);
      writePackage(tree, 'packages/api', {
        name: '@demo/api',
        scripts: { build: 'tsc' },
      });
      writePackage(tree, root, {
        name: '@demo/other',
        scripts: { lint: 'eslint .' },
        nx: {},
      });

      expect(listTargets(tree)).toEqual({ '@demo/api': ['build'] });
    },
  );

  it('should take every package.json but the excluded ones when the globs only exclude, the root too', () => {
    const tree = createNpmWorkspaceTree(['!packages/legacy']);
    writePackage(tree, 'packages/api', {
      name: '@demo/api',
      scripts: { build: 'tsc' },
    });
    writePackage(tree, 'packages/legacy', {
      name: '@demo/legacy',
      scripts: { build: 'tsc' },
    });

    expect(listTargets(tree)).toEqual({
      '@demo/api': ['build'],
      '@demo/source': [],
    });
  });

  it.each([
    ['workspaces.packages', { packages: ['apps/*'] }, {}],
    [
      'pnpm-workspace.yaml',
      undefined,
      { 'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n" },
    ],
  ])(
    'should read the packages globs of %s',
    (_, workspaces, files: Record<string, string>) => {
      const tree = createNpmWorkspaceTree(workspaces);
      for (const [path, text] of Object.entries(files)) tree.write(path, text);
      writePackage(tree, 'apps/web', {
        name: '@demo/web',
        scripts: { test: 'vitest' },
      });

      expect(listTargets(tree)).toEqual({ '@demo/web': ['test'] });
    },
  );

  it('should read the scripts next to a project.json outside the globs, under its targets', () => {
    const tree = createNpmWorkspaceTree(['packages/*']);
    writeJson(tree, 'tools/deploy/project.json', {
      name: 'deploy',
      targets: { build: { command: 'make' } },
    });
    writePackage(tree, 'tools/deploy', {
      name: '@demo/deploy',
      scripts: { build: 'tsc', test: 'node --test' },
    });

    const deploy = readNxProjects(tree).get('deploy');

    expect(deploy?.targets).toEqual({
      build: { command: 'make' },
      test: { executor: 'nx:run-script', options: { script: 'test' } },
    });
  });

  it("should add nx.targets' dependsOn to the script of the same name", () => {
    const tree = createNpmWorkspaceTree();
    writePackage(tree, 'packages/api', {
      name: '@demo/api',
      scripts: { 'test:integration': 'node --test test/integration' },
      nx: { targets: { 'test:integration': { dependsOn: ['db-migrate'] } } },
    });

    const api = readNxProjects(tree).get('@demo/api');

    expect(api?.targets?.['test:integration']).toEqual({
      executor: 'nx:run-script',
      options: { script: 'test:integration' },
      dependsOn: ['db-migrate'],
    });
  });

  it('should take the root package.json as a project only with an nx field', () => {
    const tree = createNpmWorkspaceTree();
    writeJson(tree, 'package.json', {
      name: '@demo/source',
      workspaces: ['packages/*'],
      scripts: { lint: 'eslint .' },
    });
    expect(listTargets(tree)).toEqual({});

    writeJson(tree, 'package.json', {
      name: '@demo/source',
      workspaces: ['packages/*'],
      scripts: { lint: 'eslint .' },
      nx: {},
    });
    expect(listTargets(tree)).toEqual({ '@demo/source': ['lint'] });
  });
});
