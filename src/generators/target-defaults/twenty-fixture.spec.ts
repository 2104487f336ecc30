import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGraphFromTree } from '../../testing/create-graph-from-tree';
import { classifyTargetName } from './lib/classify-target-name';
import { readDefaultEntries } from './lib/read-default-entries';
import { tuneTargetDefaults } from './generator';
import { twentyFixtures } from '../../testing/twenty-fixtures';

// Twenty's real files, read where they are: never copied into the repository.
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

async function runOnTwenty(tree: Tree, force: boolean) {
  return tuneTargetDefaults(tree, { skipFormat: true, force }, async () =>
    createGraphFromTree(tree, {
      dependencies: { 'twenty-server': ['twenty-shared'] },
    }),
  );
}

/** targetDefaults keys of side-effect targets that still say cache: true. */
function findCachedSideEffectKeys(nxJson: {
  targetDefaults: Record<string, unknown>;
}): string[] {
  return Object.entries(nxJson.targetDefaults)
    .filter(([key]) =>
      ['side-effect', 'db-migrate', 'integration-test'].includes(
        classifyTargetName(key, []),
      ),
    )
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

  it('should change nothing when run a second time', async () => {
    const tree = createTwentyTree();
    await runOnTwenty(tree, false);
    const first = tree.read('nx.json', 'utf8');

    const second = await runOnTwenty(tree, false);

    expect(second.changes).toEqual([]);
    expect(tree.read('nx.json', 'utf8')).toBe(first);
  });
});
