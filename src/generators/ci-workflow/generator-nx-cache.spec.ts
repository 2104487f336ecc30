import { readNxJson, updateNxJson } from '@nx/devkit';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';

const { create: createExampleTree, generate, runsOf } = ciWorkflowTree;

describe('ci-workflow generator: Nx cache and remote cache', () => {
  it('should set NX_CACHE_DIRECTORY and cache it per job, restorable by pull requests', async () => {
    const workflow = await generate(createExampleTree());

    expect(workflow.env.NX_CACHE_DIRECTORY).toBe(
      '${{ github.workspace }}/.nx/cache',
    );
    const cache = workflow.jobs.checks.steps.find(
      (step: any) => step.name === 'Cache the Nx cache',
    );
    expect(cache.with).toEqual({
      path: '.nx/cache',
      key: 'nx-${{ runner.os }}-checks-${{ github.sha }}',
      'restore-keys': 'nx-${{ runner.os }}-checks-',
    });
  });

  it("should key each shard's Nx cache apart, restoring its own first, then any shard's", async () => {
    const workflow = await generate(createExampleTree(), { shards: 3 });

    const cache = workflow.jobs.checks.steps.find(
      (step: any) => step.name === 'Cache the Nx cache',
    );
    expect(cache.with).toEqual({
      path: '.nx/cache',
      key: 'nx-${{ runner.os }}-checks-${{ matrix.shard }}-${{ github.sha }}',
      'restore-keys':
        'nx-${{ runner.os }}-checks-${{ matrix.shard }}-\nnx-${{ runner.os }}-checks-',
    });
    const integration = workflow.jobs.integration.steps.find(
      (step: any) => step.name === 'Cache the Nx cache',
    );
    expect(integration.with.key).toBe(
      'nx-${{ runner.os }}-integration-${{ github.sha }}',
    );
  });

  it("should cache nx.json's cacheDirectory", async () => {
    const tree = createExampleTree();
    updateNxJson(tree, {
      ...readNxJson(tree),
      cacheDirectory: './tmp/nx-cache/',
    });

    const workflow = await generate(tree);

    expect(workflow.env.NX_CACHE_DIRECTORY).toBe(
      '${{ github.workspace }}/tmp/nx-cache',
    );
  });

  it('should refuse a cacheDirectory outside the workspace, quoting it', async () => {
    const tree = createExampleTree();
    updateNxJson(tree, {
      ...readNxJson(tree),
      cacheDirectory: '/var/cache/nx',
    });

    await expect(generate(tree)).rejects.toThrow('"/var/cache/nx"');
  });

  it('should read the Nx Cloud token from a secret with remoteCache nx-cloud', async () => {
    const workflow = await generate(createExampleTree(), {
      remoteCache: 'nx-cloud',
    });

    expect(workflow.env.NX_CLOUD_ACCESS_TOKEN).toBe(
      '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}',
    );
  });

  it('should point Nx at a self-hosted cache server', async () => {
    const workflow = await generate(createExampleTree(), {
      remoteCache: 'self-hosted',
      remoteCacheUrl: 'https://cache.example.com',
    });

    expect(workflow.env).toMatchObject({
      NX_SELF_HOSTED_REMOTE_CACHE_SERVER: 'https://cache.example.com',
      NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN:
        '${{ secrets.NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN }}',
    });
  });

  it('should echo no secret in any run step', async () => {
    const tree = createExampleTree();
    const workflow = await generate(tree, {
      remoteCache: 'self-hosted',
      nxCloud: true,
    });

    for (const job of Object.values<any>(workflow.jobs))
      for (const run of runsOf(job))
        expect(run).not.toMatch(/secrets\.|\$\{\{/);
  });
});
