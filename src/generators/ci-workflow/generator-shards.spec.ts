import { ciWorkflowTree } from '../../testing/ci-workflow-tree';

const { create: createExampleTree, generate, runsOf } = ciWorkflowTree;

describe('ci-workflow generator: past one runner', () => {
  it('should split the targets across a matrix of shards', async () => {
    const { jobs } = await generate(createExampleTree(), { shards: 3 });

    expect(jobs.checks.strategy).toEqual({
      'fail-fast': false,
      matrix: { shard: [1, 2, 3] },
    });
    const step = jobs.checks.steps.at(-1);
    expect(step.env).toEqual({ SHARD: '${{ matrix.shard }}', SHARDS: '3' });
    expect(step.run).toContain(
      'npx nx show projects --affected --withTarget="$target" --json',
    );
  });

  it('should distribute with Nx Cloud with nxCloud', async () => {
    const workflow = await generate(createExampleTree(), { nxCloud: true });

    expect(runsOf(workflow.jobs.checks)).toContain(
      'npx nx start-ci-run --distribute-on="3 linux-medium-js" --stop-agents-after="build"',
    );
    expect(workflow.env.NX_CLOUD_ACCESS_TOKEN).toBe(
      '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}',
    );
  });

  it('should pass nxCloudDistribution to start-ci-run', async () => {
    const workflow = await generate(createExampleTree(), {
      nxCloud: true,
      nxCloudDistribution: '5 linux-large-js',
    });

    expect(runsOf(workflow.jobs.checks).join('\n')).toContain(
      '--distribute-on="5 linux-large-js"',
    );
  });

  it('should refuse nxCloud together with shards', async () => {
    await expect(
      generate(createExampleTree(), { nxCloud: true, shards: 2 }),
    ).rejects.toThrow('nxCloud and shards (2)');
  });

  it('should refuse shards below 1, which Nx lets through', async () => {
    await expect(generate(createExampleTree(), { shards: 0 })).rejects.toThrow(
      'shards must be a whole number from 1 to 64, not 0.',
    );
  });
});
