import { readJson, writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { createGraphFromTree } from '../../../testing/create-graph-from-tree';
import { tuneTargetDefaults } from '../generator';

const eslint = {
  executor: 'nx:run-commands',
  options: { command: 'eslint .' },
};

/** twenty-shared runs the default's lint command, twenty-server its own. */
function createTree(lintDefault: Record<string, unknown>): Tree {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'nx.json', { targetDefaults: { lint: lintDefault } });
  const lint = {
    'twenty-shared': eslint,
    'twenty-server': { command: 'eslint src --max-warnings 0' },
  };
  for (const [name, target] of Object.entries(lint))
    writeJson(tree, `packages/${name}/project.json`, {
      name,
      root: `packages/${name}`,
      targets: { lint: target },
    });
  return tree;
}

function run(tree: Tree, check = false) {
  return tuneTargetDefaults(tree, { skipFormat: true, check }, async () =>
    createGraphFromTree(tree),
  );
}

describe('defaults Nx ignores for a target running another command', () => {
  it('should report the default, naming only the project whose command differs', async () => {
    const tree = createTree({ ...eslint, cache: true, inputs: ['default'] });

    const { findings } = await run(tree);

    const about = findings.filter((f) => f.target === 'targetDefaults["lint"]');
    expect(about).toEqual([
      {
        target: 'targetDefaults["lint"]',
        problem: expect.stringMatching(
          /^never reaches twenty-server:lint: it sets nx:run-commands with its own command, and twenty-server:lint runs a different one, so Nx 21 to 24 ignore the whole default/,
        ),
        fix: expect.stringContaining(
          'move the command out of targetDefaults["lint"] into the project targets that run it',
        ),
        status: 'open',
      },
    ]);
  });

  it('should give the target none of the default in the graph the specs build, as Nx does', () => {
    const tree = createTree({ ...eslint, cache: true, inputs: ['default'] });

    const { nodes } = createGraphFromTree(tree);

    expect(nodes['twenty-shared'].data.targets?.lint).toMatchObject({
      cache: true,
      inputs: ['default'],
    });
    expect(nodes['twenty-server'].data.targets?.lint.cache).toBeUndefined();
    expect(nodes['twenty-server'].data.targets?.lint.inputs).toBeUndefined();
  });

  it('should add no field to a default that reaches none of its targets', async () => {
    const tree = createTree({ ...eslint, cache: true });
    writeJson(tree, 'packages/twenty-shared/project.json', {
      name: 'twenty-shared',
      root: 'packages/twenty-shared',
      targets: { lint: { command: 'eslint lib' } },
    });

    await run(tree);

    const lint = readJson(tree, 'nx.json').targetDefaults.lint;
    expect(lint).toEqual({ ...eslint, cache: true });
  });

  it('should add inputs where the default reaches one target, and say it still misses the other', async () => {
    const tree = createTree({ ...eslint, cache: true });

    const { findings } = await run(tree);

    expect(readJson(tree, 'nx.json').targetDefaults.lint.inputs).toEqual([
      'default',
    ]);
    expect(
      createGraphFromTree(tree).nodes['twenty-server'].data.targets?.lint
        .inputs,
    ).toBeUndefined();
    expect(findings).toContainEqual(
      expect.objectContaining({
        target: 'targetDefaults["lint"]',
        status: 'open',
      }),
    );
  });

  it('should not report a default written with the command shorthand, which Nx merges', async () => {
    const tree = createTree({ command: 'eslint .', cache: true });

    const { findings } = await run(tree);

    expect(
      findings.filter((f) => f.target === 'targetDefaults["lint"]'),
    ).toEqual([]);
    expect(
      createGraphFromTree(tree).nodes['twenty-server'].data.targets?.lint.cache,
    ).toBe(true);
  });

  it('should fail --check on the finding alone once nx.json is tuned', async () => {
    const tree = createTree({ ...eslint, cache: true, inputs: ['default'] });
    await run(tree);

    const error = await run(tree, true).catch((e) => e);

    expect(error.message).toBe(
      'nx.json needs no change, but 1 open finding(s) remain.',
    );
  });
});
