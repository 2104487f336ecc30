import { writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { createWorkspacesMatcher } from './create-workspaces-matcher';

describe('createWorkspacesMatcher', () => {
  it.each([
    [{ workspaces: ['packages/*'] }, {}, 'packages/api/package.json', true],
    [{ workspaces: ['packages/*'] }, {}, 'packages/a/b/package.json', false],
    [{ workspaces: ['./libs/**'] }, {}, 'libs/a/b/package.json', true],
    [
      { workspaces: ['apps/*/package.json'] },
      {},
      'apps/web/package.json',
      true,
    ],
    [{ workspaces: ['packages/*'] }, {}, 'package.json', false],
    [{ workspaces: ['packages/*'], nx: {} }, {}, 'package.json', true],
    [{}, { 'lerna.json': '{}' }, 'packages/api/package.json', true],
    [
      {},
      { 'lerna.json': '{"packages":["libs/*"]}' },
      'packages/api/package.json',
      false,
    ],
    [
      {},
      { 'lerna.json': '{"packages":["libs/*"]}' },
      'libs/api/package.json',
      true,
    ],
    [
      {},
      { 'pnpm-workspace.yaml': 'packages: [tools/*]' },
      'tools/x/package.json',
      true,
    ],
    [{}, {}, 'packages/api/package.json', false],
  ])(
    'should read root package.json %j with %j as matching %s: %s',
    (rootPackageJson, files: Record<string, string>, path, expected) => {
      const tree = createTreeWithEmptyWorkspace();
      writeJson(tree, 'package.json', { name: 'root', ...rootPackageJson });
      for (const [file, text] of Object.entries(files)) tree.write(file, text);

      expect(createWorkspacesMatcher(tree)(path)).toBe(expected);
    },
  );
});
