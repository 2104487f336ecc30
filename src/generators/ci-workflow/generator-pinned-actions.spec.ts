import { writeJson } from '@nx/devkit';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';
import type { CiWorkflowGeneratorOptions } from './schema';

const {
  create: createExampleTree,
  addTargets,
  generate,
  usesOf,
  workflowPath,
} = ciWorkflowTree;

describe('ci-workflow generator: pinned actions', () => {
  it('should pin actions to commit SHAs with the version in a comment', async () => {
    const tree = createExampleTree();
    const sha = 'a'.repeat(40);

    const workflow = await generate(tree, {
      pinActions: true,
      actionShas: { 'nrwl/nx-set-shas@v4': sha },
    });

    expect(usesOf(workflow.jobs.checks)).toEqual([
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      `nrwl/nx-set-shas@${sha}`,
      'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      'actions/cache@5a3ec84eff668545956fd18022155c47e93e2684',
    ]);
    expect(tree.read(workflowPath, 'utf8')).toContain(
      'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    );
  });

  const lockfiles: [string, string | undefined][] = [
    ['package-lock.json', undefined],
    ['yarn.lock', undefined],
    ['yarn.lock', 'yarn@4.13.0'],
    ['pnpm-lock.yaml', 'pnpm@9.15.0'],
    ['bun.lock', undefined],
    ['bun.lockb', 'bun@1.1.38'],
  ];
  const optionSets: CiWorkflowGeneratorOptions[] = [
    {},
    { shards: 2, deploy: true },
    { serviceContainers: true, remoteCache: 'self-hosted' },
    { nxCloud: true, remoteCache: 'nx-cloud' },
  ];

  it.each(
    lockfiles.flatMap(([lockfile, field]) =>
      optionSets.map((options) => [lockfile, field, options] as const),
    ),
  )(
    'should pin every action from %s (packageManager %s) with %j to a SHA and its version, with no actionShas',
    async (lockfile, field, options) => {
      const tree = createExampleTree();
      addTargets(tree, 'packages/twenty-shared/project.json', ['e2e']);
      tree.write(lockfile, '');
      writeJson(tree, 'package.json', { name: 'w', packageManager: field });

      await generate(tree, { ...options, pinActions: true });

      const lines = (tree.read(workflowPath, 'utf8') as string)
        .split('\n')
        .filter((line) => /^\s*(- )?uses:/.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines)
        expect(line).toMatch(
          /uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/,
        );
    },
  );

  it('should pin Bun and nx-set-shas from the built-in table', async () => {
    const tree = createExampleTree();
    tree.write('bun.lock', '');

    await generate(tree, { pinActions: true });

    const text = tree.read(workflowPath, 'utf8') as string;
    expect(text).toContain(
      'uses: oven-sh/setup-bun@4bc047ad259df6fc24a6c9b0f9a0cb08cf17fbe5 # v2.0.1',
    );
    expect(text).toContain(
      'uses: nrwl/nx-set-shas@3e9ad7370203c1e93d109be57f3b72eb0eb511b1 # v4.4.0',
    );
  });
});
