import {
  addProject,
  createTree,
  run,
} from '../../testing/target-defaults-tree';

describe('target-defaults generator', () => {
  describe('--check', () => {
    it('should fail, writing nothing, while nx.json is not tuned', async () => {
      const tree = createTree();
      const before = tree.read('nx.json', 'utf8');

      await expect(run(tree, { check: true })).rejects.toThrow(
        /nx.json is not tuned: \d+ change\(s\) pending/,
      );
      expect(tree.read('nx.json', 'utf8')).toBe(before);
    });

    it('should say the generator would write nothing when only open findings remain', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'test:integration': { command: 'jest', dependsOn: ['database:seed'] },
      });
      await run(tree);

      const error = await run(tree, { check: true }).catch((e) => e);

      expect(error.message).toBe(
        'nx.json needs no change, but 1 open finding(s) remain.',
      );
      expect(error.hint).toContain('would write nothing');
      expect(error.hint).toContain('fix the 1 [open] finding(s)');
      expect(error.hint).not.toContain('to write the changes');
    });

    it('should say both steps when changes are pending and findings stay open', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'test:integration': { command: 'jest', dependsOn: ['database:seed'] },
      });

      const error = await run(tree, { check: true }).catch((e) => e);

      expect(error.message).toMatch(
        /^nx.json is not tuned: \d+ change\(s\) pending, 1 open finding\(s\)\.$/,
      );
      expect(error.hint).toContain('to write the changes');
      expect(error.hint).toContain('fix the 1 [open] finding(s)');
    });

    it('should pass once the generator has run', async () => {
      const tree = createTree();
      await run(tree);

      await expect(run(tree, { check: true })).resolves.toMatchObject({
        changes: [],
      });
    });
  });
});
