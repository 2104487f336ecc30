import {
  readJson,
  writeJson,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'jsonc-parser';
import {
  createGraphFromTree,
  type GraphExtras,
} from '../../testing/create-graph-from-tree';
import { tuneTargetDefaults } from './generator';
import type { TargetDefaultsGeneratorOptions } from './schema';

type Targets = Record<string, TargetConfiguration>;

function addProject(tree: Tree, name: string, targets: Targets): void {
  writeJson(tree, `packages/${name}/project.json`, {
    name,
    root: `packages/${name}`,
    targets,
  });
}

function run(
  tree: Tree,
  options: TargetDefaultsGeneratorOptions = {},
  extras: GraphExtras = {},
) {
  return tuneTargetDefaults(tree, { skipFormat: true, ...options }, async () =>
    createGraphFromTree(tree, extras),
  );
}

const tsc = (project: string): TargetConfiguration => ({
  executor: 'nx:run-commands',
  options: { command: 'tsc -p tsconfig.json', cwd: `packages/${project}` },
});

/** twenty-shared and twenty-server, the server depending on the library. */
function createTree(nxJson?: string): Tree {
  const tree = createTreeWithEmptyWorkspace();
  if (nxJson) tree.write('nx.json', nxJson);
  tree.write('tsconfig.base.json', '{}');
  tree.write('.nvmrc', '20\n');
  for (const name of ['twenty-shared', 'twenty-server']) {
    writeJson(tree, `packages/${name}/tsconfig.json`, {
      compilerOptions: { outDir: 'dist' },
    });
    addProject(tree, name, {
      build: tsc(name),
      test: {
        executor: 'nx:run-commands',
        options: { command: 'node --test' },
      },
      typecheck: tsc(name),
    });
  }
  return tree;
}
const serverDependsOnShared = {
  dependencies: { 'twenty-server': ['twenty-shared'] },
};
const nxJsonOf = (tree: Tree) => readJson(tree, 'nx.json');

describe('target-defaults generator', () => {
  it('should cache build, test and typecheck with inputs on named inputs, outputs and ^build', async () => {
    const tree = createTree();

    await run(tree, {}, serverDependsOnShared);

    const { targetDefaults, namedInputs } = nxJsonOf(tree);
    expect(targetDefaults.build).toEqual({
      cache: true,
      inputs: ['production', '^production', '!{projectRoot}/**/*.md'],
      outputs: ['{projectRoot}/dist'],
      dependsOn: ['^build'],
    });
    expect(targetDefaults.test).toMatchObject({
      cache: true,
      inputs: ['default', '^production'],
      outputs: ['{projectRoot}/coverage'],
    });
    expect(targetDefaults.typecheck.cache).toBe(true);
    expect(namedInputs.sharedGlobals).toEqual([
      '{workspaceRoot}/.nvmrc',
      '{workspaceRoot}/tsconfig.base.json',
    ]);
    expect(namedInputs.default).toEqual([
      '{projectRoot}/**/*',
      'sharedGlobals',
    ]);
    expect(namedInputs.production).toContain('!{projectRoot}/test/**/*');
  });

  it('should leave dependsOn out of build when no dependency has a build', async () => {
    const tree = createTree();

    await run(tree);

    expect(nxJsonOf(tree).targetDefaults.build.dependsOn).toBeUndefined();
  });

  it('should take outputs from an option every build target sets', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-shared', {
      build: { executor: '@nx/js:tsc', options: { outputPath: 'dist/shared' } },
    });
    addProject(tree, 'twenty-server', {
      build: { executor: '@nx/js:tsc', options: { outputPath: 'dist/server' } },
    });

    await run(tree);

    expect(nxJsonOf(tree).targetDefaults.build.outputs).toEqual([
      '{options.outputPath}',
    ]);
  });

  it('should leave a build uncached and report it when nothing says where it writes', async () => {
    const tree = createTree('{}');
    for (const name of ['twenty-shared', 'twenty-server'])
      addProject(tree, name, {
        build: { executor: 'nx:run-script', options: { script: 'build' } },
        test: { executor: 'nx:run-script', options: { script: 'test' } },
      });

    const { findings } = await run(tree, {}, serverDependsOnShared);

    const { targetDefaults } = nxJsonOf(tree);
    expect(targetDefaults.build).toEqual({ dependsOn: ['^build'] });
    expect(targetDefaults.test.cache).toBe(true);
    expect(findings).toContainEqual({
      target: 'targetDefaults["build"]',
      problem: expect.stringContaining(
        "no outputs are known for twenty-shared:build, twenty-server:build: nothing in the executor's options says where the build writes",
      ),
      fix: expect.stringContaining(
        'set "outputs" to the folders the build writes, in nx.json targetDefaults["build"] or in each project',
      ),
      status: 'open',
    });
  });

  it('should cache a build with the outputs the user wrote, without a finding', async () => {
    const tree = createTree(
      JSON.stringify({
        targetDefaults: { build: { outputs: ['{projectRoot}/lib'] } },
      }),
    );
    for (const name of ['twenty-shared', 'twenty-server'])
      addProject(tree, name, {
        build: { executor: 'nx:run-script', options: { script: 'build' } },
      });

    const { findings } = await run(tree);

    expect(nxJsonOf(tree).targetDefaults.build).toMatchObject({
      cache: true,
      outputs: ['{projectRoot}/lib'],
    });
    expect(
      findings.filter((f) => f.target === 'targetDefaults["build"]'),
    ).toEqual([]);
  });

  it('should report only the build whose folder is unknown when the others run tsc -p', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-server', {
      build: { command: 'nest build', cwd: 'packages/twenty-server' },
    } as Targets);

    const { findings } = await run(tree);

    // Nx's own nx.json caches build: kept, but the finding stays open.
    expect(nxJsonOf(tree).targetDefaults.build).toEqual({ cache: true });
    const [finding] = findings.filter(
      (f) => f.target === 'targetDefaults["build"]',
    );
    expect(finding.problem).toContain(
      'no outputs are known for twenty-server:build:',
    );
    expect(finding.problem).not.toContain('twenty-shared');
    expect(finding.status).toBe('open');
  });

  it('should keep side-effect and continuous targets out of the cache', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-front', {
      start: { command: 'vite' },
      deploy: { command: 'fly deploy' },
      'storybook:serve': { command: 'storybook dev', continuous: true },
      'cache-reset': { executor: '@twenty/devops:cache-reset' },
    });

    await run(tree);

    const { targetDefaults } = nxJsonOf(tree);
    for (const name of ['start', 'deploy', 'storybook:serve', 'cache-reset'])
      expect(targetDefaults[name]).toEqual({ cache: false });
  });

  it('should wire db-migrate to docker-up and integration tests to db-migrate, one at a time', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-docker', {});
    addProject(tree, 'twenty-server', {
      'test:integration': { command: 'jest -c jest-integration.config.ts' },
    });
    const inferred = {
      inferredTargets: {
        'twenty-docker': {
          'docker-up': { executor: '@twenty/devops:docker-up', cache: false },
        },
        'twenty-server': {
          'db-migrate': { executor: '@twenty/devops:db-migrate' },
        },
      },
    };

    await run(tree, {}, inferred);

    const { targetDefaults } = nxJsonOf(tree);
    expect(targetDefaults['db-migrate']).toEqual({
      cache: false,
      parallelism: false,
      dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
    });
    expect(targetDefaults['test:integration']).toEqual({
      cache: false,
      parallelism: false,
      dependsOn: ['db-migrate'],
    });
    // The plugin already set cache: false on docker-up.
    expect(targetDefaults['docker-up']).toBeUndefined();
  });

  it('should not override a dependsOn an inference plugin set', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-docker', {});
    const inferred = {
      inferredTargets: {
        'twenty-docker': {
          'docker-up': { executor: '@twenty/devops:docker-up' },
        },
        'twenty-server': {
          'db-migrate': {
            executor: '@twenty/devops:db-migrate',
            dependsOn: [{ projects: ['twenty-docker'], target: 'docker-up' }],
          },
        },
      },
    };

    await run(tree, {}, inferred);

    expect(
      nxJsonOf(tree).targetDefaults['db-migrate'].dependsOn,
    ).toBeUndefined();
  });

  it('should write no default that every project sets itself', async () => {
    const tree = createTree();
    for (const name of ['twenty-shared', 'twenty-server'])
      addProject(tree, name, {
        typecheck: { ...tsc(name), inputs: ['{projectRoot}/src/**/*.ts'] },
      });

    await run(tree);

    expect(nxJsonOf(tree).targetDefaults.typecheck).toEqual({ cache: true });
  });

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

  it('should keep the comments of nx.json', async () => {
    const nxJson = `{
  // Twenty's named inputs
  "namedInputs": { "default": ["{projectRoot}/**/*"] },
  "targetDefaults": {
    /* built once per change */
    "build": { "cache": true }
  }
}
`;
    const tree = createTree(nxJson);

    await run(tree);

    const text = tree.read('nx.json', 'utf8') ?? '';
    expect(text).toContain("// Twenty's named inputs");
    expect(text).toContain('/* built once per change */');
    expect(parse(text).targetDefaults.build.outputs).toEqual([
      '{projectRoot}/dist',
    ]);
  });

  it('should change nothing when run a second time', async () => {
    const tree = createTree(`{
  // kept
  "targetDefaults": { "build": [{ "filter": { "projects": ["twenty-server"] }, "cache": true }] }
}
`);
    await run(tree, {}, serverDependsOnShared);
    const first = tree.read('nx.json', 'utf8');

    const second = await run(tree, {}, serverDependsOnShared);

    expect(second.changes).toEqual([]);
    expect(tree.read('nx.json', 'utf8')).toBe(first);
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

  it('should propose test defaults for targets named otherwise, from a known-pure executor', async () => {
    const tree = createTree();
    for (const name of ['twenty-shared', 'twenty-server'])
      addProject(tree, name, {
        unit: {
          executor: '@nx/jest:jest',
          options: {
            jestConfig: `packages/${name}/jest.config.ts`,
            coverageDirectory: `coverage/packages/${name}`,
          },
        },
        'unit:vite': {
          executor: '@nx/vite:test',
          options: { reportsDirectory: `../../coverage/${name}` },
        },
      });

    await run(tree);

    const { targetDefaults } = nxJsonOf(tree);
    expect(targetDefaults.unit).toEqual({
      cache: true,
      inputs: ['default', '^production'],
      outputs: ['{options.coverageDirectory}'],
    });
    expect(targetDefaults['unit:vite'].outputs).toEqual([
      '{options.reportsDirectory}',
    ]);
  });

  it('should hash an env file named by the envFile option', async () => {
    const tree = createTree();
    addProject(tree, 'twenty-server', {
      test: {
        executor: 'nx:run-commands',
        options: {
          command: 'node --test',
          cwd: 'packages/twenty-server',
          envFile: 'packages/twenty-server/.env.test',
        },
      },
    });

    await run(tree);

    expect(nxJsonOf(tree).targetDefaults.test.inputs).toEqual([
      'default',
      '^production',
      '{projectRoot}/.env.test',
    ]);
  });

  describe('dependsOn of build-like targets', () => {
    const packageJsonBuild = (name: string): TargetConfiguration => ({
      executor: '@nx/js:tsc',
      options: {
        main: `packages/${name}/dist/main.js`,
        tsConfig: `packages/${name}/tsconfig.json`,
        outputPath: `packages/${name}/dist`,
      },
    });

    it('should make build:packageJson wait for ^build when the dependencies build with build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree, {}, serverDependsOnShared);

      expect(
        nxJsonOf(tree).targetDefaults['build:packageJson'].dependsOn,
      ).toEqual(['^build']);
    });

    it('should name ^build:packageJson only for dependencies that have it and no build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        'build:packageJson': packageJsonBuild('twenty-shared'),
      });
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree, {}, serverDependsOnShared);

      expect(
        nxJsonOf(tree).targetDefaults['build:packageJson'].dependsOn,
      ).toEqual(['^build:packageJson']);
    });

    it('should give build:packageJson no dependsOn when no dependency builds', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-server', {
        'build:packageJson': packageJsonBuild('twenty-server'),
      });

      await run(tree);

      const { targetDefaults } = nxJsonOf(tree);
      expect(targetDefaults['build:packageJson'].cache).toBe(true);
      expect(targetDefaults['build:packageJson'].dependsOn).toBeUndefined();
    });
  });

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

  describe('traps', () => {
    const findingFor = async (
      tree: Tree,
      target: string,
      extras?: GraphExtras,
    ) => {
      const { findings } = await run(tree, { check: false }, extras);
      return findings.filter((finding) => finding.target === target);
    };

    it('should report an output token that resolves to nothing', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        build: {
          ...tsc('twenty-shared'),
          cache: true,
          inputs: ['production'],
          outputs: ['{options.outputPath}'],
        },
      });

      const [finding] = await findingFor(tree, 'twenty-shared:build');

      expect(finding.problem).toContain(
        '"{options.outputPath}" resolves to nothing',
      );
      expect(finding.fix).toContain('{projectRoot}/dist');
      expect(finding.status).toBe('open');
    });

    it('should report a cached target without inputs, fixed by the new default', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        lint: { command: 'eslint .', cache: true },
      });

      const [finding] = await findingFor(tree, 'twenty-shared:lint');

      expect(finding.problem).toContain('cached without inputs');
      expect(finding.status).toBe('fixed');
      expect(nxJsonOf(tree).targetDefaults.lint.inputs).toEqual(['default']);
    });

    it('should suggest default inputs for a test target and production for a build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        test: { command: 'node --test', cache: true },
        build: { ...tsc('twenty-shared'), cache: true },
      });

      const { findings } = await run(tree);

      const fixFor = (target: string) =>
        findings.find((f) => f.target === target)?.fix;
      expect(fixFor('twenty-shared:test')).toContain(
        'such as ["default", "^production"]',
      );
      expect(fixFor('twenty-shared:build')).toContain(
        'such as ["production", "^production"]',
      );
    });

    it('should report an envFile option whose file the inputs leave out', async () => {
      const tree = createTree(
        JSON.stringify({
          namedInputs: {
            default: ['{projectRoot}/**/*'],
            production: ['default', '!{projectRoot}/.env*'],
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        build: {
          ...tsc('twenty-server'),
          options: {
            ...tsc('twenty-server').options,
            envFile: 'packages/twenty-server/.env',
          },
          cache: true,
          inputs: ['production'],
        },
      });

      const findings = await findingFor(tree, 'twenty-server:build');

      expect(findings).toContainEqual(
        expect.objectContaining({
          problem: expect.stringContaining(
            'reads packages/twenty-server/.env,',
          ),
          fix: expect.stringContaining('"{projectRoot}/.env"'),
          status: 'open',
        }),
      );
    });

    it('should report a .env file the target reads but does not hash', async () => {
      const tree = createTree(
        JSON.stringify({
          namedInputs: {
            default: ['{projectRoot}/**/*'],
            production: ['default', '!{projectRoot}/.env*'],
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        'reset:env': {
          command: 'cp .env.example .env && node seed-check.js .env',
          options: { cwd: 'packages/twenty-server' },
          cache: true,
          inputs: ['production'],
        },
      });

      const findings = await findingFor(tree, 'twenty-server:reset:env');
      const finding = findings.find((f) => f.problem.includes('.env,'));

      expect(finding?.problem).toContain('reads packages/twenty-server/.env,');
      expect(finding?.fix).toContain('"{projectRoot}/.env"');
    });

    it('should report a dependsOn naming a target no project has', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            lint: { dependsOn: ['^build', 'twenty-oxlint-rules:build'] },
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        'test:integration': { command: 'jest', dependsOn: ['database:reset'] },
      });

      const { findings } = await run(tree);

      expect(findings).toContainEqual(
        expect.objectContaining({
          target: 'targetDefaults["lint"]',
          problem: expect.stringContaining('twenty-oxlint-rules:build'),
        }),
      );
      expect(findings).toContainEqual(
        expect.objectContaining({
          target: 'twenty-server:test:integration',
          problem: expect.stringContaining('database:reset'),
        }),
      );
      expect(findings.some((f) => f.problem.includes('names build'))).toBe(
        false,
      );
    });

    it('should turn off cache: true on a side-effect target in targetDefaults, and report one in a project', async () => {
      const nxJson = JSON.stringify({
        targetDefaults: { 'storybook:serve:dev': { cache: true } },
      });
      const tree = createTree(nxJson);
      addProject(tree, 'twenty-server', {
        'docker-up': { executor: '@twenty/devops:docker-up', cache: true },
      });

      const first = await findingFor(
        tree,
        'targetDefaults["storybook:serve:dev"]',
      );
      expect(first[0]).toMatchObject({
        status: 'fixed',
        problem: expect.stringContaining('side-effect'),
      });
      expect(nxJsonOf(tree).targetDefaults['storybook:serve:dev'].cache).toBe(
        false,
      );
      const project = await findingFor(tree, 'twenty-server:docker-up');
      expect(project[0].status).toBe('open');
      expect(project[0].fix).toContain('"cache": false');
    });

    it('should report an executor key that no target reaches because they run nx:run-commands', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            '@nx/jest:jest': { cache: true, inputs: ['default'] },
          },
        }),
      );

      const [finding] = await findingFor(
        tree,
        'targetDefaults["@nx/jest:jest"]',
      );

      expect(finding.problem).toContain('applies to no target');
      expect(finding.problem).toContain('nx:run-commands');
      expect(finding.fix).toContain('targetDefaults["test"]');
    });

    it('should report an executor key that inferred targets never reach, and not one they do', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            '@nx/vite:build': { cache: true, inputs: ['production'] },
            '@nx/eslint:lint': { cache: true, inputs: ['default'] },
          },
        }),
      );
      addProject(tree, 'twenty-front', {});
      addProject(tree, 'twenty-ui', {});
      // @nx/vite/plugin infers `vite build` as a command; @nx/eslint's
      // older inference kept its executor.
      const inferred = {
        inferredTargets: {
          'twenty-front': {
            build: {
              executor: 'nx:run-commands',
              options: { command: 'vite build', cwd: 'packages/twenty-front' },
            },
          },
          'twenty-ui': { lint: { executor: '@nx/eslint:lint' } },
        },
      };

      const { findings } = await run(tree, {}, inferred);

      const about = (key: string) =>
        findings.filter((f) => f.target === `targetDefaults["${key}"]`);
      expect(about('@nx/vite:build')).toEqual([
        expect.objectContaining({
          problem: expect.stringContaining(
            'no target resolves through the executor @nx/vite:build; the build targets run nx:run-commands',
          ),
          fix: expect.stringContaining('targetDefaults["build"]'),
          status: 'open',
        }),
      ]);
      expect(about('@nx/eslint:lint')).toEqual([]);
    });

    it('should report a target that an executor key shadows', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: { '@nx/jest:jest': { cache: true } },
        }),
      );
      addProject(tree, 'twenty-front', { test: { executor: '@nx/jest:jest' } });

      const findings = await findingFor(tree, 'twenty-front:test');

      expect(findings).toContainEqual(
        expect.objectContaining({
          problem: expect.stringContaining(
            'takes its defaults from targetDefaults["@nx/jest:jest"]',
          ),
        }),
      );
    });
  });

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
