import { readJson, writeJson, type Tree } from '@nx/devkit';
import {
  createTwentyTree,
  snapshotChanges,
} from '../../testing/init-twenty-tree';
import { initGenerator } from './generator';

describe('init generator and the cache-reset target', () => {
  function createTreeWithRootProject(targets: object = {}): Tree {
    const tree = createTwentyTree();
    writeJson(tree, 'package.json', {
      name: 'twenty',
      nx: { targets },
    });
    return tree;
  }

  it("should give the root project a cache-reset target in its package.json's nx key", async () => {
    const tree = createTreeWithRootProject();

    await initGenerator(tree, { skipFormat: true });

    expect(readJson(tree, 'package.json').nx.targets).toEqual({
      'cache-reset': { executor: '@twenty/devops:cache-reset', cache: false },
    });
  });

  it('should name it devops-cache-reset when cache-reset runs something else', async () => {
    const tree = createTreeWithRootProject({
      'cache-reset': { command: 'rm -rf .nx/cache' },
    });

    await initGenerator(tree, { skipFormat: true });

    const targets = readJson(tree, 'package.json').nx.targets;
    expect(targets['cache-reset']).toEqual({ command: 'rm -rf .nx/cache' });
    expect(targets['devops-cache-reset']).toEqual({
      executor: '@twenty/devops:cache-reset',
      cache: false,
    });
  });

  it('should not add a second cache-reset target when run again', async () => {
    const tree = createTreeWithRootProject();
    await initGenerator(tree, { skipFormat: true });
    const first = snapshotChanges(tree);

    await initGenerator(tree, { skipFormat: true });

    expect(snapshotChanges(tree)).toEqual(first);
  });

  it('should add no root project to a workspace that has none', async () => {
    const tree = createTwentyTree();

    await initGenerator(tree, { skipFormat: true });

    expect(tree.exists('project.json')).toBe(false);
    expect(readJson(tree, 'package.json').nx).toBeUndefined();
  });
});
