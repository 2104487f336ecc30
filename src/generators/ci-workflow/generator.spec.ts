import { readNxJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';
import { ciWorkflowGenerator } from './generator';
import { GENERATED_MARKER } from './lib/generated-marker';
import { lintGithubWorkflow } from './lib/lint-github-workflow';
import type { CiWorkflowGeneratorOptions } from './schema';

const workflowPath = '.github/workflows/ci.yml';
const {
  example,
  create: createExampleTree,
  addTargets,
  generate,
  runsOf,
  usesOf,
} = ciWorkflowTree;

/** The targets of each `nx affected -t a b --flag` in a run step. */
function readAffectedTargets(run: string): string[] {
  return [...run.matchAll(/ affected -t ((?:[^\s-][^\s]*\s)+)/g)].flatMap(
    (match) => match[1].trim().split(' '),
  );
}

function snapshotChanges(tree: Tree): Record<string, string> {
  return Object.fromEntries(
    tree
      .listChanges()
      .map((change) => [change.path, tree.read(change.path, 'utf8') ?? '']),
  );
}

/** A tree shaped like `create-nx-workspace --preset=npm` makes it. */
function createNpmWorkspaceTree(workspaces = ['packages/*']): Tree {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'package.json', {
    name: '@demo/source',
    private: true,
    workspaces,
  });
  return tree;
}

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
});

describe('ci-workflow generator: Node version', () => {
  const nodeVersionOf = (workflow: any) =>
    workflow.jobs.checks.steps.find((step: any) =>
      step.uses?.startsWith('actions/setup-node'),
    ).with['node-version'];

  it.each([
    ['.nvmrc', (tree: Tree) => tree.write('.nvmrc', 'v22.11.0\n'), '22.11.0'],
    [
      '.node-version',
      (tree: Tree) => tree.write('.node-version', '20.18.1'),
      '20.18.1',
    ],
    [
      'volta',
      (tree: Tree) =>
        writeJson(tree, 'package.json', { volta: { node: '22.1.0' } }),
      '22.1.0',
    ],
    [
      'engines',
      (tree: Tree) =>
        writeJson(tree, 'package.json', { engines: { node: '^24.5.0' } }),
      '^24.5.0',
    ],
    ['nothing', () => undefined, 'lts/*'],
  ])('should take the version from %s', async (_, arrange, expected) => {
    const tree = createExampleTree();
    arrange(tree);

    expect(nodeVersionOf(await generate(tree))).toBe(expected);
  });

  it('should prefer .nvmrc to engines', async () => {
    const tree = createExampleTree();
    tree.write('.nvmrc', '22');
    writeJson(tree, 'package.json', { engines: { node: '>=20' } });

    expect(nodeVersionOf(await generate(tree))).toBe('22');
  });

  it('should let the nodeVersion option override .nvmrc', async () => {
    const tree = createExampleTree();
    tree.write('.nvmrc', '22');

    expect(nodeVersionOf(await generate(tree, { nodeVersion: '24' }))).toBe(
      '24',
    );
  });
});

describe('ci-workflow generator: base branch, checkout and concurrency', () => {
  it('should take the main branch from defaultBase in nx.json', async () => {
    const tree = createExampleTree();
    updateNxJson(tree, { ...readNxJson(tree), defaultBase: 'develop' });

    const workflow = await generate(tree);

    expect(workflow.on.push.branches).toEqual(['develop']);
    expect(workflow.on.pull_request.branches).toEqual(['develop']);
    const shas = workflow.jobs.checks.steps.find((step: any) =>
      step.uses?.startsWith('nrwl/nx-set-shas'),
    );
    expect(shas.with['main-branch-name']).toBe('develop');
    expect(workflow.concurrency['cancel-in-progress']).toBe(
      "${{ github.ref != 'refs/heads/develop' }}",
    );
  });

  it('should let the mainBranch option override defaultBase', async () => {
    const tree = createExampleTree();
    updateNxJson(tree, { ...readNxJson(tree), defaultBase: 'develop' });

    const workflow = await generate(tree, { mainBranch: 'trunk' });

    expect(workflow.on.push.branches).toEqual(['trunk']);
  });

  it('should never cancel or replace a run on the main branch', async () => {
    const workflow = await generate(createExampleTree());

    // On main the group is the run's own id, so no later run shares it;
    // elsewhere it is the ref, so a newer push cancels the older run.
    expect(workflow.concurrency).toEqual({
      group:
        "${{ github.workflow }}-${{ github.ref == 'refs/heads/main' && github.run_id || github.ref }}",
      'cancel-in-progress': "${{ github.ref != 'refs/heads/main' }}",
    });
  });

  it('should check out the full history in every job', async () => {
    const tree = createExampleTree();
    addTargets(tree, 'packages/twenty-shared/project.json', ['e2e']);

    const { jobs } = await generate(tree, { deploy: true });

    expect(Object.keys(jobs)).toEqual([
      'checks',
      'integration',
      'e2e',
      'deploy',
    ]);
    for (const job of Object.values<any>(jobs)) {
      expect(job.steps[0]).toMatchObject({
        uses: 'actions/checkout@v4',
        with: { 'fetch-depth': 0 },
      });
    }
  });

  it('should state the fallback base in a comment and in the step output', async () => {
    const tree = createExampleTree();

    await generate(tree);

    const text = tree.read(workflowPath, 'utf8') as string;
    expect(text).toMatch(/# nx-set-shas falls back to HEAD~1/);
    const { jobs } = parse(text);
    const show = jobs.checks.steps.find(
      (step: any) => step.name === 'Show the affected base',
    );
    expect(show.env.NO_PREVIOUS_BUILD).toBe(
      '${{ steps.shas.outputs.noPreviousBuild }}',
    );
    expect(show.run).toMatch(/fell back to HEAD~1/);
  });
});

describe('ci-workflow generator: targets and jobs', () => {
  it('should run the targets that exist, with --parallel', async () => {
    const { jobs } = await generate(createExampleTree());

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t lint typecheck test build --parallel=3',
    );
  });

  it('should run the targets option instead of the ones found', async () => {
    const { jobs } = await generate(createExampleTree(), {
      targets: ['build', 'test'],
    });

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t build test --parallel=3',
    );
  });

  it('should count targets that an official inference plugin adds', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'libs/a/project.json', { name: 'a', targets: {} });
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: ['@nx/eslint/plugin', '@nx/playwright/plugin'],
    });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t lint --parallel=3',
    );
    expect(jobs.e2e).toBeDefined();
  });

  it('should run the package.json scripts that Nx makes targets of, in an npm preset workspace', async () => {
    const tree = createNpmWorkspaceTree();
    writeJson(tree, 'packages/api/package.json', {
      name: '@demo/api',
      scripts: { build: 'tsc', test: 'node --test', start: 'node .' },
    });
    writeJson(tree, 'packages/web/package.json', {
      name: '@demo/web',
      scripts: { lint: 'eslint .' },
    });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t lint test build --parallel=3',
    );
  });

  it('should leave out the scripts nx.includedScripts omits and the packages the workspaces globs omit', async () => {
    const tree = createNpmWorkspaceTree(['packages/*', '!packages/legacy']);
    writeJson(tree, 'packages/api/package.json', {
      name: '@demo/api',
      scripts: { build: 'tsc', test: 'node --test', lint: 'eslint .' },
      nx: { includedScripts: ['test'] },
    });
    writeJson(tree, 'packages/legacy/package.json', {
      name: '@demo/legacy',
      scripts: { typecheck: 'tsc --noEmit' },
    });
    writeJson(tree, 'tools/release/package.json', {
      name: '@demo/release',
      scripts: { e2e: 'playwright test' },
      nx: {},
    });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t test --parallel=3',
    );
    expect(jobs.e2e).toBeUndefined();
  });

  it('should run e2e on pushes to the main branch only, after the other jobs', async () => {
    const tree = createExampleTree();
    addTargets(tree, 'packages/twenty-shared/project.json', ['e2e']);

    const { jobs } = await generate(tree);

    expect(jobs.e2e.if).toBe(
      "github.event_name == 'push' && github.ref == 'refs/heads/main'",
    );
    expect(jobs.e2e.needs).toEqual(['checks', 'integration']);
    expect(runsOf(jobs.checks).join('\n')).not.toMatch(/\be2e\b/);
  });

  it('should refuse to write a pipeline with no job, naming --targets', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'libs/a/project.json', {
      name: 'a',
      targets: { format: { command: 'echo' } },
    });

    const generated = generate(tree);

    await expect(generated).rejects.toThrow(
      'The pipeline would have no job: no project has a lint, typecheck, test, build or e2e target',
    );
    await expect(generated).rejects.toMatchObject({
      hint: expect.stringContaining('--targets=test,build'),
    });
    expect(tree.exists(workflowPath)).toBe(false);
  });

  it.each([[[]], [['']], [[' ', '']]])(
    'should refuse the empty targets option %j when nothing needs services',
    async (targets) => {
      const tree = createTreeWithEmptyWorkspace();
      writeJson(tree, 'libs/a/project.json', {
        name: 'a',
        targets: { test: { command: 'echo' } },
      });

      await expect(generate(tree, { targets })).rejects.toThrow(
        'the targets option is empty',
      );
    },
  );

  it('should put the hint in the message, since nx g prints only the message', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'libs/a/project.json', { name: 'a', targets: {} });

    await expect(generate(tree)).rejects.toThrow(
      /no job: .*\.\nPass the targets CI should run on affected projects with --targets/,
    );
  });

  it('should drop blanks around the names of the targets option', async () => {
    const { jobs } = await generate(createExampleTree(), {
      targets: [' lint', 'test ', ''],
    });

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t lint test --parallel=3',
    );
  });

  it('should run a target name that needs services in one project for every project, in the integration job', async () => {
    const tree = createExampleTree();
    // twenty-shared's test:integration needs no services, but shares the
    // name with twenty-server's, which does.
    addTargets(tree, 'packages/twenty-shared/project.json', [
      'test:integration',
    ]);

    const { jobs } = await generate(tree, {
      targets: ['lint', 'test', 'test:integration'],
    });

    expect(runsOf(jobs.checks)).toEqual(
      expect.arrayContaining(['npx nx affected -t lint test --parallel=3']),
    );
    // No project filter: every affected project with the target runs it.
    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t test:integration --parallel=1',
    );
  });

  it('should run every given target in some job, with services or without', async () => {
    const tree = createExampleTree();
    addTargets(tree, 'packages/twenty-shared/project.json', [
      'test:integration',
      'e2e',
    ]);
    const targets = ['lint', 'test', 'build', 'test:integration', 'e2e'];

    for (const serviceContainers of [false, true]) {
      const { jobs } = await generate(tree, { targets, serviceContainers });

      const ran = Object.values<any>(jobs)
        .flatMap(runsOf)
        .flatMap(readAffectedTargets);
      expect(new Set(ran)).toEqual(
        new Set(serviceContainers ? [...targets, 'db-migrate'] : targets),
      );
    }
  });

  it('should write no deploy job unless asked', async () => {
    const { jobs } = await generate(createExampleTree());

    expect(jobs.deploy).toBeUndefined();
  });

  it('should write a deploy job for the main branch with deploy', async () => {
    const { jobs } = await generate(createExampleTree(), {
      deploy: true,
      deployTarget: 'release',
    });

    expect(jobs.deploy).toMatchObject({
      if: "github.event_name == 'push' && github.ref == 'refs/heads/main'",
      needs: ['checks', 'integration'],
      environment: 'production',
    });
    expect(runsOf(jobs.deploy)).toContain(
      'npx nx affected -t release --parallel=1',
    );
  });

  it('should run every job on the runsOn label', async () => {
    const workflow = await generate(createExampleTree(), {
      runsOn: 'ubuntu-22.04',
    });

    for (const job of Object.values<any>(workflow.jobs))
      expect(job['runs-on']).toBe('ubuntu-22.04');
  });

  it('should give every job a timeout and read-only permissions', async () => {
    const workflow = await generate(createExampleTree(), {
      timeoutMinutes: 45,
    });

    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values<any>(workflow.jobs)) {
      expect(job['timeout-minutes']).toBe(45);
      expect(job.permissions).toEqual({ contents: 'read', actions: 'read' });
    }
  });
});

describe('ci-workflow generator: services', () => {
  it('should run test:integration in an integration job where docker-up starts db and redis', async () => {
    const { jobs } = await generate(createExampleTree());

    const step = jobs.integration.steps.at(-1);
    expect(step.name).toBe(
      'Run test:integration; docker-up starts db (postgres:16), redis (redis:7)',
    );
    expect(step.run).toBe('npx nx affected -t test:integration --parallel=1');
    expect(jobs.integration.services).toBeUndefined();
  });

  it('should take service containers from the compose file with serviceContainers', async () => {
    const { jobs } = await generate(createExampleTree(), {
      serviceContainers: true,
    });

    expect(jobs.integration.services).toEqual({
      db: {
        image: 'postgres:16',
        ports: ['5432:5432'],
        env: {
          POSTGRES_USER: 'postgres',
          POSTGRES_PASSWORD: 'postgres',
          POSTGRES_DB: 'default',
        },
        options:
          '--health-cmd "pg_isready -U postgres -h localhost -d postgres" --health-interval 2s --health-timeout 5s --health-retries 30',
      },
      redis: {
        image: 'redis:7',
        ports: ['6379:6379'],
        options:
          '--health-cmd "redis-cli ping" --health-interval 2s --health-timeout 5s --health-retries 30',
      },
    });
    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    );
  });

  it('should migrate first with serviceContainers, since docker-up and its dependents are left out', async () => {
    const { jobs } = await generate(createExampleTree(), {
      serviceContainers: true,
    });

    expect(jobs.integration.steps.slice(-2)).toEqual([
      {
        name: 'Run twenty-server:db-migrate before test:integration',
        run: "npx nx affected -t db-migrate --exclude='*,!twenty-server' --parallel=1 --exclude-task-dependencies",
      },
      {
        name: 'Run test:integration against the service containers db (postgres:16), redis (redis:7)',
        run: 'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
      },
    ]);
  });

  it("should migrate with the plugin's db-migrate target name, in the project that owns it", async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'test:integration': {
          command: 'echo',
          dependsOn: [{ projects: ['db'], target: 'migrate' }],
        },
      },
    });
    writeJson(tree, 'libs/db/project.json', {
      name: 'db',
      targets: {
        up: { executor: '@twenty/devops:docker-up' },
        migrate: { executor: '@twenty/devops:db-migrate', dependsOn: ['up'] },
      },
    });
    tree.write(
      'libs/db/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: [
        {
          plugin: '@twenty/devops/plugin',
          options: { dockerUpTargetName: 'up', dbMigrateTargetName: 'migrate' },
        },
      ],
    });

    const { jobs } = await generate(tree, { serviceContainers: true });

    // db need not be affected when api is, so its migration always runs.
    expect(runsOf(jobs.integration).slice(-2)).toEqual([
      'npx nx run-many -t migrate -p db --parallel=1 --exclude-task-dependencies',
      'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    ]);
  });

  it('should add no migration step when the targets only reach docker-up', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'docker-up': { executor: '@twenty/devops:docker-up' },
        'test:e2e-db': { command: 'echo', dependsOn: ['docker-up'] },
      },
    });
    tree.write(
      'apps/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );

    const { jobs } = await generate(tree, { serviceContainers: true });

    expect(runsOf(jobs.integration).join('\n')).not.toMatch(/db-migrate/);
  });

  it('should leave the migrations to dependsOn when docker-up starts the services', async () => {
    const { jobs } = await generate(createExampleTree());

    expect(runsOf(jobs.integration).join('\n')).not.toMatch(
      /-t db-migrate|exclude-task-dependencies/,
    );
  });

  it('should find a target that reaches docker-up through targetDefaults', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'apps/api/project.json', {
      name: 'api',
      targets: {
        'docker-up': { executor: '@twenty/devops:docker-up' },
        'test:e2e-db': { command: 'echo' },
      },
    });
    tree.write(
      'apps/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      targetDefaults: { 'test:e2e-db': { dependsOn: ['docker-up'] } },
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration.steps.at(-1).name).toBe(
      'Run test:e2e-db; docker-up starts pg (postgres:16)',
    );
  });

  it('should find a package.json script that reaches db-migrate through targetDefaults', async () => {
    const tree = createNpmWorkspaceTree();
    writeJson(tree, 'packages/api/package.json', {
      name: '@demo/api',
      scripts: { test: 'node --test', 'test:integration': 'node --test it' },
    });
    tree.write(
      'packages/api/compose.yaml',
      'services:\n  pg:\n    image: postgres:16\n',
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: ['@twenty/devops/plugin'],
      targetDefaults: { 'test:integration': { dependsOn: ['db-migrate'] } },
    });

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.checks)).toContain(
      'npx nx affected -t test --parallel=3',
    );
    expect(jobs.integration.steps.at(-1).name).toBe(
      'Run test:integration; docker-up starts pg (postgres:16)',
    );
  });

  it("should follow an inferred db-migrate to servicesFrom's compose file", async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'packages/twenty-server/project.json', {
      name: 'twenty-server',
      targets: {
        'test:integration': { command: 'echo', dependsOn: ['db-migrate'] },
      },
    });
    writeJson(tree, 'packages/twenty-docker/project.json', {
      name: 'twenty-docker',
    });
    tree.write(
      'packages/twenty-docker/docker-compose.dev.yml',
      readFileSync(
        join(example, 'packages/twenty-docker/docker-compose.dev.yml'),
        'utf8',
      ),
    );
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: [
        {
          plugin: '@twenty/devops/plugin',
          options: {
            servicesFrom: {
              'packages/twenty-server': 'packages/twenty-docker',
            },
          },
        },
      ],
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration.steps.at(-1).name).toMatch(
      /db \(postgres:16\), redis \(redis:7\)/,
    );
  });

  it('should leave out a continuous or start target that reaches docker-up', async () => {
    const tree = createExampleTree();
    const path = 'packages/twenty-server/project.json';
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    project.targets['start'] = { command: 'echo', dependsOn: ['db-migrate'] };
    project.targets['api'] = {
      command: 'echo',
      continuous: true,
      dependsOn: ['docker-up'],
    };
    writeJson(tree, path, project);

    const { jobs } = await generate(tree);

    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t test:integration --parallel=1',
    );
  });

  it('should run the integrationTargets option instead of the targets found', async () => {
    const tree = createExampleTree();
    const path = 'packages/twenty-server/project.json';
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    project.targets['start'] = { command: 'echo', dependsOn: ['db-migrate'] };
    writeJson(tree, path, project);

    const { jobs } = await generate(tree, { integrationTargets: ['start'] });

    expect(runsOf(jobs.integration).at(-1)).toBe(
      'npx nx affected -t start --parallel=1',
    );
  });

  it('should refuse integrationTargets naming a target that needs no services, rather than drop it', async () => {
    const tree = createExampleTree();

    await expect(
      generate(tree, { integrationTargets: ['test:integration', 'lint'] }),
    ).rejects.toThrow(
      'integrationTargets names "lint", but no project has such a target whose dependsOn reaches docker-up or db-migrate',
    );
  });

  it('should write no integration job when no target needs services', async () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'libs/a/project.json', {
      name: 'a',
      targets: { test: { command: 'echo' } },
    });

    const { jobs } = await generate(tree);

    expect(jobs.integration).toBeUndefined();
  });
});

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

describe('ci-workflow generator: writing', () => {
  it('should change nothing when run a second time', async () => {
    const tree = createExampleTree();
    await generate(tree, { shards: 2 });
    const first = snapshotChanges(tree);

    await generate(tree, { shards: 2 });

    expect(snapshotChanges(tree)).toEqual(first);
  });

  it('should change only its own file when run again with other options', async () => {
    const tree = createExampleTree();
    await generate(tree);
    const first = snapshotChanges(tree);

    await generate(tree, { shards: 2 });

    const second = snapshotChanges(tree);
    const changed = Object.keys(second).filter(
      (path) => second[path] !== first[path],
    );
    expect(changed).toEqual([workflowPath]);
  });

  it('should not overwrite a workflow it did not write', async () => {
    const tree = createExampleTree();
    tree.write(workflowPath, 'name: mine\n');

    await expect(generate(tree)).rejects.toThrow(
      `${workflowPath} exists and was not written by @twenty/devops:ci-workflow`,
    );
    expect(tree.read(workflowPath, 'utf8')).toBe('name: mine\n');
  });

  it('should overwrite a workflow it did not write with force', async () => {
    const tree = createExampleTree();
    tree.write(workflowPath, 'name: mine\n');

    const workflow = await generate(tree, { force: true });

    expect(workflow.name).toBe('CI');
  });

  it('should add the workflow to sharedGlobals once', async () => {
    const tree = createExampleTree();
    updateNxJson(tree, {
      ...readNxJson(tree),
      namedInputs: { sharedGlobals: ['{workspaceRoot}/tsconfig.base.json'] },
    });

    await generate(tree);
    await generate(tree, { shards: 2 });

    expect(readNxJson(tree)?.namedInputs?.sharedGlobals).toEqual([
      '{workspaceRoot}/tsconfig.base.json',
      `{workspaceRoot}/${workflowPath}`,
    ]);
  });

  it('should name the file after the workflow name', async () => {
    const tree = createExampleTree();

    await ciWorkflowGenerator(tree, {
      skipFormat: true,
      name: 'Pull Request Checks',
    });

    const text = tree.read('.github/workflows/pull-request-checks.yml', 'utf8');
    expect(parse(text as string).name).toBe('Pull Request Checks');
  });

  it.each(['', '   '])(
    'should refuse the empty workflow name %j, saying to pass --name',
    async (name) => {
      const tree = createExampleTree();

      const generated = generate(tree, { name });

      await expect(generated).rejects.toThrow(
        `The workflow name is empty (${JSON.stringify(name)})`,
      );
      await expect(generated).rejects.toMatchObject({
        hint: expect.stringContaining('--name=CI'),
      });
    },
  );

  it('should refuse a workflow name that leaves no file name, quoting it', async () => {
    await expect(
      generate(createExampleTree(), { name: '!!! ***' }),
    ).rejects.toThrow(
      'The workflow name "!!! ***" leaves no file name once its punctuation is dropped.',
    );
  });

  it('should refuse an empty name on GitLab too, where it titles the pipeline', async () => {
    await expect(
      generate(createExampleTree(), { provider: 'gitlab', name: '' }),
    ).rejects.toThrow('The workflow name is empty');
  });

  it('should format the workflow without breaking it unless skipFormat', async () => {
    const tree = createExampleTree();

    await ciWorkflowGenerator(tree, {});

    const text = tree.read(workflowPath, 'utf8') as string;
    await expect(
      lintGithubWorkflow(text, workflowPath),
    ).resolves.toBeUndefined();
    expect(text.split('\n')[0]).toContain(GENERATED_MARKER);
  });

  it("should abort with actionlint's message and line when the workflow has a finding", async () => {
    const tree = createExampleTree();

    await expect(generate(tree, { runsOn: 'ubuntu-lates' })).rejects.toThrow(
      /\.github\/workflows\/ci\.yml:\d+:\d+: label "ubuntu-lates" is unknown/,
    );
    expect(tree.exists(workflowPath)).toBe(false);
  });
});
