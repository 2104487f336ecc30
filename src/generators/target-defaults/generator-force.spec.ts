import {
  addProject,
  createTree,
  nxJsonOf,
  run,
} from '../../testing/target-defaults-tree';

describe('target-defaults generator', () => {
  it('should keep a value the user wrote and report it, unless forced', async () => {
    const nxJson = JSON.stringify({
      targetDefaults: { build: { cache: true, inputs: ['default'], myKey: 1 } },
    });
    const tree = createTree(nxJson);

    const { findings } = await run(tree);
    expect(nxJsonOf(tree).targetDefaults.build).toMatchObject({
      inputs: ['default'],
      myKey: 1,
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        target: 'targetDefaults["build"]',
        status: 'kept',
        problem: expect.stringContaining('inputs is ["default"]'),
        fix: 'none needed if ["default"] is what you want; to take the proposal, set it by hand or run nx g @twenty/devops:target-defaults --force, which replaces every kept value',
      }),
    );

    await run(tree, { force: true });
    expect(nxJsonOf(tree).targetDefaults.build).toMatchObject({
      inputs: ['production', '^production', '!{projectRoot}/**/*.md'],
      myKey: 1,
    });
  });

  it('should never turn on caching the user turned off, even with --force', async () => {
    const tree = createTree(
      JSON.stringify({ targetDefaults: { typecheck: { cache: false } } }),
    );

    const { changes, findings } = await run(tree, { force: true });

    expect(nxJsonOf(tree).targetDefaults.typecheck).toEqual({ cache: false });
    expect(changes.some((c) => c.path[1] === 'typecheck')).toBe(false);
    expect(findings).toContainEqual(
      expect.objectContaining({
        target: 'targetDefaults["typecheck"]',
        status: 'kept',
        problem: 'cache is false; the generator proposes true',
        fix: expect.stringContaining(
          'never turns caching on, even with --force',
        ),
      }),
    );
  });

  it('should keep a target that diffs against main out of the cache, with --force too', async () => {
    const tree = createTree(
      JSON.stringify({
        targetDefaults: { 'lint:diff-with-main': { cache: false } },
      }),
    );
    addProject(tree, 'twenty-front', {
      'lint:diff-with-main': { command: 'npx oxlint src' },
      'lint:changed': {
        command: 'npx oxlint $(git diff --name-only main -- src)',
      },
    });

    const { findings } = await run(tree, { force: true });

    const { targetDefaults } = nxJsonOf(tree);
    expect(targetDefaults['lint:diff-with-main']).toEqual({ cache: false });
    expect(targetDefaults['lint:changed']).toEqual({ cache: false });
    expect(findings.filter((f) => f.status === 'kept')).toEqual([]);
  });

  it('should keep docker-down, publish, dev and serve out of the cache, turning off a cache: true', async () => {
    const tree = createTree(
      JSON.stringify({
        targetDefaults: { publish: { cache: true }, serve: { cache: true } },
      }),
    );
    addProject(tree, 'twenty-front', {
      'docker-down': { command: 'docker compose down' },
      publish: { command: 'npm publish dist' },
      dev: { command: 'vite' },
      serve: { command: 'vite preview' },
    });

    await run(tree);
    await run(tree, { force: true });

    const { targetDefaults } = nxJsonOf(tree);
    for (const name of ['docker-down', 'publish', 'dev', 'serve'])
      expect([name, targetDefaults[name]]).toEqual([name, { cache: false }]);
  });
});
