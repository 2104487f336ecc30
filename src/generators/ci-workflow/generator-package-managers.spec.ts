import { logger, writeJson } from '@nx/devkit';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';

const { create: createExampleTree, generate, runsOf } = ciWorkflowTree;

describe('ci-workflow generator: package managers', () => {
  it.each([
    ['package-lock.json', undefined, 'npm ci', 'npx nx'],
    ['yarn.lock', undefined, 'yarn install --frozen-lockfile', 'yarn nx'],
    ['yarn.lock', 'yarn@4.13.0', 'yarn install --immutable', 'yarn nx'],
    [
      'pnpm-lock.yaml',
      'pnpm@9.15.0',
      'pnpm install --frozen-lockfile',
      'pnpm exec nx',
    ],
    [
      'pnpm-lock.yaml',
      undefined,
      'pnpm install --frozen-lockfile',
      'pnpm exec nx',
    ],
    ['bun.lock', undefined, 'bun install --frozen-lockfile', 'bunx nx'],
  ])(
    'should install from %s (packageManager %s) with `%s` and run `%s`',
    async (lockfile, field, install, nx) => {
      const tree = createExampleTree();
      tree.write(lockfile, '');
      writeJson(tree, 'package.json', { name: 'w', packageManager: field });

      const { jobs } = await generate(tree);

      const runs = runsOf(jobs.checks);
      expect(runs).toContain(install);
      expect(runs.some((run) => run.startsWith(`${nx} affected`))).toBe(true);
    },
  );

  it('should enable corepack before a Yarn berry install and cache its cache folder by yarn.lock', async () => {
    const tree = createExampleTree();
    tree.write('yarn.lock', '__metadata:\n  version: 8\n');

    const { jobs } = await generate(tree);

    const names = jobs.checks.steps.map((step: any) => step.run ?? step.uses);
    expect(names.indexOf('corepack enable')).toBeLessThan(
      names.indexOf('yarn install --immutable'),
    );
    const cache = jobs.checks.steps.find(
      (step: any) => step.name === 'Cache packages by lockfile',
    );
    expect(cache.with.key).toContain("hashFiles('yarn.lock')");
  });

  it('should let setup-node cache npm by package-lock.json', async () => {
    const tree = createExampleTree();
    tree.write('package-lock.json', '{}');

    const { jobs } = await generate(tree);

    const setupNode = jobs.checks.steps.find((step: any) =>
      step.uses?.startsWith('actions/setup-node'),
    );
    expect(setupNode.with).toMatchObject({
      cache: 'npm',
      'cache-dependency-path': 'package-lock.json',
    });
  });

  it('should take yarn.lock beside a .yarnrc.yml for Yarn berry, through corepack', async () => {
    const tree = createExampleTree();
    tree.write('yarn.lock', '# yarn lockfile v1\n');
    tree.write('.yarnrc.yml', 'nodeLinker: node-modules\n');

    const { jobs } = await generate(tree);

    const runs = runsOf(jobs.checks);
    expect(runs).toContain('yarn install --immutable');
    expect(runs).not.toContain('yarn install --frozen-lockfile');
    expect(runs.indexOf('corepack enable')).toBeLessThan(
      runs.indexOf('yarn install --immutable'),
    );
  });

  it('should set up Bun from bun.lockb before installing with it', async () => {
    const tree = createExampleTree();
    tree.write('bun.lockb', Buffer.from([0x23, 0x21, 0x2f]));

    const { jobs } = await generate(tree);

    const names = jobs.checks.steps.map((step: any) => step.uses ?? step.run);
    const setupBun = jobs.checks.steps.find(
      (step: any) => step.name === 'Set up Bun',
    );
    expect(setupBun).toEqual({
      name: 'Set up Bun',
      uses: 'oven-sh/setup-bun@v2',
      with: { 'bun-version': 'latest' },
    });
    expect(names.indexOf('oven-sh/setup-bun@v2')).toBeLessThan(
      names.indexOf('bun install --frozen-lockfile'),
    );
    const cache = jobs.checks.steps.find(
      (step: any) => step.name === 'Cache packages by lockfile',
    );
    expect(cache.with.key).toBe(
      "bun-${{ runner.os }}-${{ hashFiles('bun.lockb') }}",
    );
    expect(runsOf(jobs.checks).at(-1)).toMatch(/^bunx nx affected /);
  });

  it("should set up the packageManager field's Bun version", async () => {
    const tree = createExampleTree();
    tree.write('bun.lockb', '');
    writeJson(tree, 'package.json', { packageManager: 'bun@1.1.38' });

    const { jobs } = await generate(tree);

    const setupBun = jobs.checks.steps.find(
      (step: any) => step.name === 'Set up Bun',
    );
    expect(setupBun.with).toEqual({ 'bun-version': '1.1.38' });
  });

  it('should install from npm-shrinkwrap.json with npm ci, cached by it', async () => {
    const tree = createExampleTree();
    tree.write('npm-shrinkwrap.json', '{}');

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain('npm ci');
    const setupNode = jobs.checks.steps.find((step: any) =>
      step.uses?.startsWith('actions/setup-node'),
    );
    expect(setupNode.with).toMatchObject({
      cache: 'npm',
      'cache-dependency-path': 'npm-shrinkwrap.json',
    });
  });

  it('should fail naming both lockfiles when two package managers have one', async () => {
    const tree = createExampleTree();
    tree.write('yarn.lock', '');
    tree.write('pnpm-lock.yaml', '');

    await expect(generate(tree)).rejects.toThrow(/yarn\.lock, pnpm-lock\.yaml/);
  });

  it('should take the packageManager field over a stale lockfile', async () => {
    const tree = createExampleTree();
    tree.write('package-lock.json', '{}');
    tree.write('pnpm-lock.yaml', '');
    writeJson(tree, 'package.json', { packageManager: 'pnpm@9.15.0' });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain('pnpm install --frozen-lockfile');
  });

  it('should warn about a dependency installed from a path outside the repository, and only that one', async () => {
    const tree = createExampleTree();
    writeJson(tree, 'package.json', {
      name: 'w',
      devDependencies: {
        '@twenty/devops': 'file:../../tmp/twenty-devops-0.1.0.tgz',
        'local-tools': 'file:./vendor/local-tools-1.0.0.tgz',
        nx: '22.7.12',
      },
    });
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    try {
      await generate(tree);
      const warnings = warn.mock.calls.map(([message]) => String(message));
      expect(warnings).toEqual([
        expect.stringContaining(
          'package.json installs @twenty/devops from file:../../tmp/twenty-devops-0.1.0.tgz, outside the repository',
        ),
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
