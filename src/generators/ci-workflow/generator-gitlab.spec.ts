import { logger, writeJson, type Tree } from '@nx/devkit';
import { parse } from 'yaml';
import { ciWorkflowTree } from '../../testing/ci-workflow-tree';
import { ciWorkflowGenerator } from './generator';
import type { CiWorkflowGeneratorOptions } from './schema';

const pipelinePath = '.gitlab-ci.yml';
const { create: createExampleTree, addTargets } = ciWorkflowTree;

function generate(
  tree: Tree,
  options: CiWorkflowGeneratorOptions = {},
): Promise<any> {
  return ciWorkflowTree.generate(tree, { provider: 'gitlab', ...options });
}

const readText = (tree: Tree) => tree.read(pipelinePath, 'utf8') as string;

describe('ci-workflow generator: GitLab CI', () => {
  it('should write .gitlab-ci.yml with full clones, the Nx cache and main never auto-cancelled', async () => {
    const tree = createExampleTree();
    tree.write('yarn.lock', '');
    writeJson(tree, 'package.json', {
      packageManager: 'yarn@4.13.0',
      engines: { node: '^24.5.0' },
    });

    const pipeline = await generate(tree);

    expect(pipeline.variables).toEqual({
      GIT_DEPTH: '0',
      NX_CACHE_DIRECTORY: '$CI_PROJECT_DIR/.nx/cache',
    });
    expect(pipeline.workflow.rules[0]).toEqual({
      if: '$CI_COMMIT_BRANCH == "main"',
      auto_cancel: { on_new_commit: 'none' },
    });
    expect(pipeline.default.image).toBe('node:24');
    expect(pipeline.default.before_script).toEqual(
      expect.arrayContaining(['corepack enable', 'yarn install --immutable']),
    );
    expect(pipeline.default.cache[1]).toEqual({
      key: 'nx-$CI_COMMIT_REF_SLUG',
      fallback_keys: ['nx-main'],
      paths: ['.nx/cache'],
    });
    expect(pipeline.checks.script).toEqual([
      'yarn nx affected -t lint typecheck test build --parallel=3',
    ]);
  });

  it('should take GitLab services from the compose file and shard with parallel', async () => {
    const pipeline = await generate(createExampleTree(), { shards: 2 });

    expect(pipeline.checks.parallel).toBe(2);
    expect(pipeline.integration.services).toEqual([
      {
        name: 'postgres:16',
        alias: 'db',
        variables: {
          POSTGRES_USER: 'postgres',
          POSTGRES_PASSWORD: 'postgres',
          POSTGRES_DB: 'default',
        },
      },
      { name: 'redis:7', alias: 'redis' },
    ]);
  });

  it('should migrate before the integration targets, which run without their task dependencies', async () => {
    const pipeline = await generate(createExampleTree());

    expect(pipeline.integration.script).toEqual([
      "npx nx affected -t db-migrate --exclude='*,!twenty-server' --parallel=1 --exclude-task-dependencies",
      'npx nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    ]);
  });

  it('should say in a comment that services are reached at their alias, not localhost', async () => {
    const tree = createExampleTree();

    await generate(tree);

    expect(readText(tree)).toMatch(
      /# On the Docker executor a service is reached at its alias \(db, redis\)\n\s*# as the host name, not at localhost: point the tests' URLs at it.\n\s*services:/,
    );
  });

  it('should run e2e and deploy on main pushes only', async () => {
    const tree = createExampleTree();
    addTargets(tree, 'packages/twenty-shared/project.json', ['e2e']);

    const pipeline = await generate(tree, { deploy: true });

    for (const job of [pipeline.e2e, pipeline.deploy]) {
      expect(job.rules).toEqual([
        { if: '$CI_COMMIT_BRANCH == "main" && $CI_PIPELINE_SOURCE == "push"' },
      ]);
      expect(job.interruptible).toBe(false);
    }
  });
});

describe('ci-workflow generator: each option on GitLab CI', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('should name the pipeline after name', async () => {
    const pipeline = await generate(createExampleTree(), { name: 'Checks' });

    expect(pipeline.workflow.name).toBe('Checks');
  });

  it('should take mainBranch for the rules and fall back to its slug for the Nx cache', async () => {
    const tree = createExampleTree();
    addTargets(tree, 'packages/twenty-shared/project.json', ['e2e']);

    const pipeline = await generate(tree, { mainBranch: 'Release/2.x' });

    expect(pipeline.workflow.rules[0].if).toBe(
      '$CI_COMMIT_BRANCH == "Release/2.x"',
    );
    expect(pipeline.e2e.rules[0].if).toContain(
      '$CI_COMMIT_BRANCH == "Release/2.x"',
    );
    // The key is the slug GitLab makes of each branch, so main's fallback
    // must be the slug of its name too.
    expect(pipeline.default.cache[1].fallback_keys).toEqual(['nx-release-2-x']);
  });

  it.each([
    ['22.11.0', 'node:22'],
    ['^24.5.0', 'node:24'],
    ['lts/*', 'node:lts'],
  ])(
    'should run on the image of nodeVersion %s: %s',
    async (version, image) => {
      const pipeline = await generate(createExampleTree(), {
        nodeVersion: version,
      });

      expect(pipeline.default.image).toBe(image);
    },
  );

  it('should run the targets option in the checks job', async () => {
    const pipeline = await generate(createExampleTree(), {
      targets: ['build', 'lint'],
    });

    expect(pipeline.checks.script).toEqual([
      'npx nx affected -t build lint --parallel=3',
    ]);
  });

  it('should run the integrationTargets option in the integration job', async () => {
    const tree = createExampleTree();
    const path = 'packages/twenty-server/project.json';
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    project.targets['start'] = { command: 'echo', dependsOn: ['db-migrate'] };
    writeJson(tree, path, project);

    const pipeline = await generate(tree, { integrationTargets: ['start'] });

    expect(pipeline.integration.script.at(-1)).toBe(
      'npx nx affected -t start --parallel=1 --exclude-task-dependencies',
    );
  });

  it('should write the same pipeline with or without serviceContainers, since GitLab always uses services', async () => {
    const plain = createExampleTree();
    const withContainers = createExampleTree();

    await generate(plain);
    await generate(withContainers, { serviceContainers: true });

    expect(readText(withContainers)).toBe(readText(plain));
  });

  it('should split each target across shards with parallel and CI_NODE_INDEX', async () => {
    const pipeline = await generate(createExampleTree(), { shards: 3 });

    expect(pipeline.checks.parallel).toBe(3);
    expect(pipeline.checks.script[0]).toBe(
      'export SHARD="$CI_NODE_INDEX" SHARDS="$CI_NODE_TOTAL"',
    );
    expect(pipeline.checks.script).toHaveLength(5);
    expect(pipeline.checks.script[1]).toContain(
      'npx nx show projects --affected --withTarget=lint --json',
    );
  });

  it('should start Nx Cloud distribution with nxCloud and nxCloudDistribution, and name the token variable', async () => {
    const tree = createExampleTree();

    const pipeline = await generate(tree, {
      nxCloud: true,
      nxCloudDistribution: '5 linux-large-js',
    });

    expect(pipeline.checks.script[0]).toBe(
      'npx nx start-ci-run --distribute-on="5 linux-large-js" --stop-agents-after="build"',
    );
    expect(readText(tree)).toContain(
      '# Define these as masked CI/CD variables of the project (Settings >\n# CI/CD > Variables); Nx reads them from the environment:\n#   NX_CLOUD_ACCESS_TOKEN\nvariables:',
    );
    expect(pipeline.variables.NX_CLOUD_ACCESS_TOKEN).toBeUndefined();
  });

  it('should name the Nx Cloud token variable with remoteCache nx-cloud', async () => {
    const tree = createExampleTree();

    await generate(tree, { remoteCache: 'nx-cloud' });

    expect(readText(tree)).toMatch(
      /from the environment:\n# {3}NX_CLOUD_ACCESS_TOKEN\nvariables:/,
    );
  });

  it('should set the self-hosted cache URL and name the token variable', async () => {
    const tree = createExampleTree();

    const pipeline = await generate(tree, {
      remoteCache: 'self-hosted',
      remoteCacheUrl: 'https://cache.example.com',
    });

    expect(pipeline.variables.NX_SELF_HOSTED_REMOTE_CACHE_SERVER).toBe(
      'https://cache.example.com',
    );
    expect(readText(tree)).toMatch(
      /from the environment:\n# {3}NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN\nvariables:/,
    );
  });

  it('should name both variables of a self-hosted cache without remoteCacheUrl', async () => {
    const tree = createExampleTree();

    const pipeline = await generate(tree, { remoteCache: 'self-hosted' });

    expect(
      pipeline.variables.NX_SELF_HOSTED_REMOTE_CACHE_SERVER,
    ).toBeUndefined();
    expect(readText(tree)).toMatch(
      /from the environment:\n# {3}NX_SELF_HOSTED_REMOTE_CACHE_SERVER\n# {3}NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN\nvariables:/,
    );
  });

  it('should name no variable without a remote cache or Nx Cloud', async () => {
    const tree = createExampleTree();

    await generate(tree);

    expect(readText(tree)).not.toMatch(/CI\/CD variable|ACCESS_TOKEN/);
  });

  it('should ignore remoteCacheUrl without remoteCache self-hosted, with a warning', async () => {
    const tree = createExampleTree();

    const pipeline = await generate(tree, {
      remoteCacheUrl: 'https://cache.example.com',
    });

    expect(
      pipeline.variables.NX_SELF_HOSTED_REMOTE_CACHE_SERVER,
    ).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('only used with --remoteCache=self-hosted'),
    );
  });

  it('should add a deploy job running deployTarget on main with deploy', async () => {
    const pipeline = await generate(createExampleTree(), {
      deploy: true,
      deployTarget: 'release',
    });

    expect(pipeline.deploy).toMatchObject({
      stage: 'deploy',
      needs: ['checks', 'integration'],
      environment: 'production',
      script: ['npx nx affected -t release --parallel=1'],
    });
  });

  it('should write no deploy job without deploy', async () => {
    const pipeline = await generate(createExampleTree());

    expect(pipeline.deploy).toBeUndefined();
  });

  it('should give every job timeoutMinutes', async () => {
    const pipeline = await generate(createExampleTree(), {
      timeoutMinutes: 45,
    });

    expect(pipeline.default.timeout).toBe('45m');
  });

  it('should ignore runsOn, pinActions and actionShas, warning that they are for GitHub', async () => {
    const plain = createExampleTree();
    const withGithubOptions = createExampleTree();
    await generate(plain);

    await generate(withGithubOptions, {
      runsOn: 'ubuntu-22.04',
      pinActions: true,
      actionShas: { 'actions/checkout@v4': 'a'.repeat(40) },
    });

    expect(readText(withGithubOptions)).toBe(readText(plain));
    expect(warn).toHaveBeenCalledWith(
      'runsOn, pinActions, actionShas only apply to GitHub Actions; the GitLab pipeline ignores them.',
    );
  });

  it('should replace a .gitlab-ci.yml it did not write only with force', async () => {
    const tree = createExampleTree();
    tree.write(pipelinePath, 'stages: [build]\n');

    await expect(generate(tree)).rejects.toThrow(
      '.gitlab-ci.yml exists and was not written by @twenty/devops:ci-workflow',
    );
    const pipeline = await generate(tree, { force: true });

    expect(pipeline.stages).toEqual(['checks', 'integration', 'e2e', 'deploy']);
  });

  it('should keep the pipeline the same when formatted, unless skipFormat', async () => {
    const formatted = createExampleTree();
    const unformatted = createExampleTree();

    await ciWorkflowGenerator(formatted, { provider: 'gitlab' });
    await generate(unformatted);

    expect(parse(readText(formatted))).toEqual(parse(readText(unformatted)));
  });

  it('should change nothing when run a second time', async () => {
    const tree = createExampleTree();
    await generate(tree, { shards: 2, remoteCache: 'nx-cloud' });
    const first = readText(tree);

    await generate(tree, { shards: 2, remoteCache: 'nx-cloud' });

    expect(readText(tree)).toBe(first);
  });
});
