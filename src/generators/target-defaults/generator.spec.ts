import { parse } from 'jsonc-parser';
import {
  addProject,
  createTree,
  nxJsonOf,
  run,
  serverDependsOnShared,
  tsc,
  type Targets,
} from '../../testing/target-defaults-tree';

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
});
