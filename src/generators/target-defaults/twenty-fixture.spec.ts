import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGraphFromTree } from '../../testing/create-graph-from-tree';
import { classifyTargetName } from './lib/classify-target-name';
import { isUncachedKind } from './lib/is-uncached-kind';
import { readDefaultEntries } from './lib/read-default-entries';
import { readWorkspace } from './lib/read-workspace';
import { tuneTargetDefaults } from './generator';
import { twentyFixtures } from '../../testing/twenty-fixtures';

// Twenty's real files, read where they are: never copied into the repository.
const workflows = '.github/workflows';
const readFixture = (path: string) =>
  readFileSync(join(twentyFixtures, path), 'utf8');

function createTwentyTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.write('nx.json', readFixture('nx.json'));
  tree.write('tsconfig.base.json', readFixture('tsconfig.base.json'));
  tree.write(
    'packages/twenty-server/project.json',
    readFixture('packages/twenty-server/project.json'),
  );
  tree.write(
    'packages/twenty-server/.env.example',
    readFixture('packages/twenty-server/.env.example'),
  );
  writeJson(tree, 'packages/twenty-shared/project.json', {
    name: 'twenty-shared',
    targets: {
      build: {
        executor: 'nx:run-commands',
        options: { command: 'vite build' },
      },
    },
  });
  return tree;
}

const serverDependsOnShared = {
  dependencies: { 'twenty-server': ['twenty-shared'] },
};

async function runOnTwenty(tree: Tree, force: boolean, check = false) {
  return tuneTargetDefaults(
    tree,
    { skipFormat: true, force, check },
    async () => createGraphFromTree(tree, serverDependsOnShared),
  );
}

/** twenty-server's targets as Nx would resolve them from the tree now. */
function readServerTargets(tree: Tree) {
  return createGraphFromTree(tree, serverDependsOnShared).nodes['twenty-server']
    .data.targets!;
}

/** targetDefaults keys of side-effect targets that still say cache: true. */
function findCachedSideEffectKeys(nxJson: {
  targetDefaults: Record<string, unknown>;
}): string[] {
  return Object.entries(nxJson.targetDefaults)
    .filter(([key]) => isUncachedKind(classifyTargetName(key, [])))
    .filter(([, value]) =>
      readDefaultEntries(value).some((entry) => entry.config.cache === true),
    )
    .map(([key]) => key);
}

describe("target-defaults on Twenty's nx.json and twenty-server", () => {
  it('should write valid JSON that keeps their named inputs and every key they wrote', async () => {
    const tree = createTwentyTree();
    const before = JSON.parse(readFixture('nx.json'));

    await runOnTwenty(tree, false);

    const after = JSON.parse(tree.read('nx.json', 'utf8') ?? '');
    for (const [name, value] of Object.entries(before.namedInputs))
      expect(after.namedInputs[name]).toEqual(value);
    expect(after.namedInputs.sharedGlobals).toEqual([
      '{workspaceRoot}/tsconfig.base.json',
    ]);
    // Only Twenty's cached side effect changes; see the next test.
    for (const [key, value] of Object.entries(before.targetDefaults)) {
      const expected =
        key === 'storybook:serve:dev'
          ? { ...(value as object), cache: false }
          : value;
      expect(after.targetDefaults[key]).toMatchObject(expected as object);
    }
    expect(after.generators).toEqual(before.generators);
  });

  it('should cache no side-effect target, turning off the one Twenty caches', async () => {
    const tree = createTwentyTree();

    const { findings } = await runOnTwenty(tree, false);

    const after = JSON.parse(tree.read('nx.json', 'utf8') ?? '');
    expect(findCachedSideEffectKeys(after)).toEqual([]);
    for (const name of [
      'start',
      'start:debug',
      'worker',
      'database:migrate',
      'database:reset',
    ])
      expect(after.targetDefaults[name]?.cache ?? false).toBe(false);
    expect(findings).toContainEqual(
      expect.objectContaining({
        target: 'targetDefaults["storybook:serve:dev"]',
        status: 'fixed',
      }),
    );
  });

  it('should cache no side-effect target at all with force', async () => {
    const tree = createTwentyTree();

    await runOnTwenty(tree, true);

    expect(
      findCachedSideEffectKeys(JSON.parse(tree.read('nx.json', 'utf8') ?? '')),
    ).toEqual([]);
  });

  it('should list the traps of the real configuration', async () => {
    const tree = createTwentyTree();

    const { findings } = await runOnTwenty(tree, false);

    const line = (target: string, text: string) =>
      findings.some((f) => f.target === target && f.problem.includes(text));
    expect(line('targetDefaults["lint"]', 'twenty-oxlint-rules:build')).toBe(
      true,
    );
    expect(
      line('targetDefaults["@nx/vite:build"]', 'applies to no target'),
    ).toBe(true);
    expect(line('twenty-server:reset:env', '.env.example')).toBe(false);
    expect(findings.every((f) => f.target && f.problem && f.fix)).toBe(true);
  });

  it.each([false, true])(
    'should keep lint:diff-with-main, which runs git diff against main, out of the cache (force: %s)',
    async (force) => {
      const tree = createTwentyTree();
      const before = readServerTargets(tree)['lint:diff-with-main'];
      const view = readWorkspace(tree, createGraphFromTree(tree));
      const targets = view.targets.filter(
        (t) => t.name === 'lint:diff-with-main',
      );

      const { findings } = await runOnTwenty(tree, force);

      expect(before.options.command).toContain('git diff');
      expect(classifyTargetName('lint:diff-with-main', targets)).toBe('impure');
      const after = JSON.parse(tree.read('nx.json', 'utf8') ?? '');
      expect(after.targetDefaults['lint:diff-with-main'].cache).toBe(false);
      // twenty-server runs its own command, so Nx drops the default there;
      // left unset, cache means off.
      expect(
        readServerTargets(tree)['lint:diff-with-main'].cache ?? false,
      ).toBe(false);
      expect(
        findings.filter((f) => f.target.includes('lint:diff-with-main')),
      ).not.toContainEqual(
        expect.objectContaining({
          problem: expect.stringContaining('cache: true'),
        }),
      );
    },
  );

  it('should report that their lint and lint:diff-with-main defaults never reach twenty-server, which runs its own commands', async () => {
    const tree = createTwentyTree();

    const { findings } = await runOnTwenty(tree, false);

    for (const key of ['lint', 'lint:diff-with-main'])
      expect(findings).toContainEqual({
        target: `targetDefaults["${key}"]`,
        problem: expect.stringMatching(
          new RegExp(
            `^never reaches twenty-server:${key}: it sets nx:run-commands with its own command.*Nx 21 to 24 ignore the whole default`,
          ),
        ),
        fix: expect.stringContaining(
          `move the command out of targetDefaults["${key}"]`,
        ),
        status: 'open',
      });
    // What the default alone sets never arrives: ^build and the pattern.
    const targets = readServerTargets(tree);
    expect(targets.lint.dependsOn).toEqual(['twenty-oxlint-rules:build']);
    expect(targets['lint:diff-with-main'].options.pattern).toBeUndefined();
  });

  it('should run the targets that touch the database one at a time, uncached', async () => {
    const tree = createTwentyTree();

    await runOnTwenty(tree, false);

    const targets = readServerTargets(tree);
    for (const name of [
      'database:migrate',
      'database:reset',
      'database:init',
      'database:migrate:generate',
      'database:migrate:check',
      'clickhouse:migrate',
      'clickhouse:seed',
      'command',
      'command-no-deps',
    ])
      expect([name, targets[name].cache, targets[name].parallelism]).toEqual([
        name,
        false,
        false,
      ]);
  });

  it('should make build:packageJson wait for the dependencies build', async () => {
    const tree = createTwentyTree();

    await runOnTwenty(tree, false);

    const after = JSON.parse(tree.read('nx.json', 'utf8') ?? '');
    expect(after.targetDefaults['build:packageJson']).toMatchObject({
      cache: true,
      outputs: ['{options.outputPath}'],
      dependsOn: ['^build'],
    });
  });

  it("should add Twenty's CI workflows that run nx to sharedGlobals", async () => {
    const tree = createTwentyTree();
    for (const file of readdirSync(join(twentyFixtures, workflows)))
      if (file.endsWith('.yaml'))
        tree.write(`${workflows}/${file}`, readFixture(`${workflows}/${file}`));

    await runOnTwenty(tree, false);

    const after = JSON.parse(tree.read('nx.json', 'utf8') ?? '');
    expect(after.namedInputs.sharedGlobals).toEqual([
      '{workspaceRoot}/.github/workflows/ci-cache-warm.yaml',
      '{workspaceRoot}/.github/workflows/ci-front.yaml',
      '{workspaceRoot}/.github/workflows/ci-server.yaml',
      '{workspaceRoot}/tsconfig.base.json',
    ]);
  });

  it('should fail --check once tuned, saying only the open findings are left to fix', async () => {
    const tree = createTwentyTree();
    await runOnTwenty(tree, false);

    const error = await runOnTwenty(tree, false, true).catch((e) => e);

    expect(error.message).toMatch(
      /^nx.json needs no change, but \d+ open finding\(s\) remain\.$/,
    );
    expect(error.hint).toContain('would write nothing');
  });

  it('should change nothing when run a second time', async () => {
    const tree = createTwentyTree();
    await runOnTwenty(tree, false);
    const first = tree.read('nx.json', 'utf8');

    const second = await runOnTwenty(tree, false);

    expect(second.changes).toEqual([]);
    expect(tree.read('nx.json', 'utf8')).toBe(first);
  });
});
