import { readNxJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { parse } from 'yaml';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';
import { ciWorkflowGenerator } from './generator';
import { GENERATED_MARKER } from './lib/generated-marker';
import { lintGithubWorkflow } from './lib/lint-github-workflow';

const {
  create: createExampleTree,
  addTargets,
  generate,
  workflowPath,
} = ciWorkflowTree;

function snapshotChanges(tree: Tree): Record<string, string> {
  return Object.fromEntries(
    tree
      .listChanges()
      .map((change) => [change.path, tree.read(change.path, 'utf8') ?? '']),
  );
}

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
