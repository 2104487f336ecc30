import type { TargetConfiguration } from '@nx/devkit';
import {
  addProject,
  createTree,
  nxJsonOf,
  run,
  serverDependsOnShared,
} from '../../testing/target-defaults-tree';

describe('target-defaults generator', () => {
  describe('dependsOn of build-like targets', () => {
    const packageJsonBuild = (name: string): TargetConfiguration => ({
      executor: '@nx/js:tsc',
      options: {
        main: `packages/${name}/dist/main.js`,
        tsConfig: `packages/${name}/tsconfig.json`,
        outputPath: `packages/${name}/dist`,
      },
    });

    it('should make build:packageJson wait for ^build when the dependencies build with build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree, {}, serverDependsOnShared);

      expect(
        nxJsonOf(tree).targetDefaults['build:packageJson'].dependsOn,
      ).toEqual(['^build']);
    });

    it('should name ^build:packageJson only for dependencies that have it and no build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        'build:packageJson': packageJsonBuild('twenty-shared'),
      });
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree, {}, serverDependsOnShared);

      expect(
        nxJsonOf(tree).targetDefaults['build:packageJson'].dependsOn,
      ).toEqual(['^build:packageJson']);
    });

    it('should give build:packageJson no dependsOn when no dependency builds', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree);

      const { targetDefaults } = nxJsonOf(tree);
      expect(targetDefaults['build:packageJson'].cache).toBe(true);
      expect(targetDefaults['build:packageJson'].dependsOn).toBeUndefined();
    });
  });
});
