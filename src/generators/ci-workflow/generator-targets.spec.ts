import { readNxJson, updateNxJson, writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';

const {
  create: createExampleTree,
  addTargets,
  generate,
  runsOf,
  workflowPath,
  createNpmWorkspace: createNpmWorkspaceTree,
} = ciWorkflowTree;

/** The targets of each `nx affected -t a b --flag` in a run step. */
function readAffectedTargets(run: string): string[] {
  return [...run.matchAll(/ affected -t ((?:[^\s-][^\s]*\s)+)/g)].flatMap(
    (match) => match[1].trim().split(' '),
  );
}

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
