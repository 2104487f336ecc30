import { createGraphFromTree } from '../../testing/create-graph-from-tree';
import { createTree, nxJsonOf, run } from '../../testing/target-defaults-tree';
import { tuneTargetDefaults } from './generator';

describe('target-defaults generator', () => {
  describe('the array form of targetDefaults (Nx 23.1)', () => {
    it('should fill the unfiltered entry even when a filtered one gives some targets the value', async () => {
      const serverOnly = {
        filter: { projects: ['twenty-server'] },
        inputs: ['default'],
      };
      const tree = createTree(
        JSON.stringify({
          targetDefaults: { typecheck: [{ cache: true }, serverOnly] },
        }),
      );
      const graph = createGraphFromTree(tree);
      graph.nodes['twenty-server'].data.targets!.typecheck.inputs = ['default'];

      await tuneTargetDefaults(tree, { skipFormat: true }, async () => graph);

      const [catchAll, filtered] = nxJsonOf(tree).targetDefaults.typecheck;
      expect(catchAll.inputs).toEqual([
        'default',
        '^production',
        '!{projectRoot}/**/*.md',
      ]);
      expect(filtered).toEqual(serverOnly);
    });

    it('should add the fields to the entry without a filter and leave filtered entries alone', async () => {
      const filtered = {
        filter: { executor: '@nx/jest:jest' },
        inputs: ['default', '{workspaceRoot}/jest.preset.js'],
      };
      const tree = createTree(
        JSON.stringify({
          targetDefaults: { test: [filtered, { cache: true }] },
        }),
      );

      const { findings } = await run(tree);

      const [first, second] = nxJsonOf(tree).targetDefaults.test;
      expect(findings).toContainEqual(
        expect.objectContaining({
          target: 'targetDefaults["test"][0]',
          problem: expect.stringContaining(
            'its filter.executor @nx/jest:jest matches no test target; the test targets run nx:run-commands',
          ),
        }),
      );
      expect(first).toEqual(filtered);
      expect(second).toEqual({
        cache: true,
        inputs: ['default', '^production'],
        outputs: ['{projectRoot}/coverage'],
      });
    });

    it('should insert a catch-all entry first when every entry has a filter', async () => {
      const filtered = { filter: { projects: ['twenty-server'] }, cache: true };
      const tree = createTree(
        JSON.stringify({ targetDefaults: { typecheck: [filtered] } }),
      );

      await run(tree);

      const entries = nxJsonOf(tree).targetDefaults.typecheck;
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({
        cache: true,
        inputs: expect.any(Array),
      });
      expect(entries[1]).toEqual(filtered);
    });
  });
});
