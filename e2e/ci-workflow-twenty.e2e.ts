import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowWorkspace } from './support/ci-workflow-workspace';
import { runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  removeWorkspace,
  twentyFixtures,
} from './support/workspace';

const { workflowPath, readJson, lint, stepsOf } = ciWorkflowWorkspace;

// Generating and linting the workflow needs no Docker, so this never skips.
describe("ci-workflow on Twenty's nx.json and package.json", () => {
  let workspace: string;
  const nx = (...args: string[]) => runNx(workspace, args);

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    for (const file of ['nx.json', 'package.json'])
      cpSync(join(twentyFixtures, file), join(workspace, file));
    rmSync(join(workspace, 'package-lock.json'));
    // Twenty's own twenty-server project, whose test:integration has no
    // dependsOn of its own.
    cpSync(
      join(twentyFixtures, 'packages/twenty-server/project.json'),
      join(workspace, 'packages/twenty-server/project.json'),
    );
  });

  afterAll(() => removeWorkspace(workspace));

  it('should find the integration test through the targetDefaults that target-defaults writes after init', () => {
    // The user's path: init writes docker-up and db-migrate, target-defaults
    // makes integration tests depend on db-migrate, then ci-workflow.
    expect(nx('g', '@twenty/devops:init', '--no-interactive').exitCode).toBe(0);
    expect(
      nx('g', '@twenty/devops:target-defaults', '--no-interactive').exitCode,
    ).toBe(0);

    const { targetDefaults } = readJson(workspace, 'nx.json');
    expect(targetDefaults['test:integration'].dependsOn).toEqual([
      'db-migrate',
    ]);
    const server = readJson(workspace, 'packages/twenty-server/project.json');
    expect(server.targets['test:integration'].dependsOn).toBeUndefined();
  });

  it('should write a workflow that actionlint finds nothing in', async () => {
    const run = nx('g', '@twenty/devops:ci-workflow', '--no-interactive');

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(`Wrote ${workflowPath}: yarn-berry`);
    expect(await lint(workspace, workflowPath)).toEqual([]);
  });

  it('should install with corepack yarn and --immutable, on Node from engines', () => {
    const { jobs } = parse(readFileSync(join(workspace, workflowPath), 'utf8'));

    const steps = stepsOf(jobs.checks);
    expect(steps.indexOf('corepack enable')).toBeGreaterThan(-1);
    expect(steps.indexOf('yarn install --immutable')).toBeGreaterThan(
      steps.indexOf('corepack enable'),
    );
    const setupNode = jobs.checks.steps.find((step: any) =>
      step.uses?.startsWith('actions/setup-node'),
    );
    expect(setupNode.with['node-version']).toBe('^24.5.0');
  });

  it('should bring up postgres and redis through docker-up in an integration job', () => {
    const { jobs } = parse(readFileSync(join(workspace, workflowPath), 'utf8'));

    const step = jobs.integration.steps.at(-1);
    expect(step.name).toBe(
      'Run test:integration; docker-up starts db (postgres:16), redis (redis:7)',
    );
    expect(step.run).toBe('yarn nx affected -t test:integration --parallel=1');
  });

  it('should take main from defaultBase, never cancel it, and fetch the full history', () => {
    const workflow = parse(readFileSync(join(workspace, workflowPath), 'utf8'));

    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.concurrency['cancel-in-progress']).toBe(
      "${{ github.ref != 'refs/heads/main' }}",
    );
    for (const job of Object.values<any>(workflow.jobs))
      expect(job.steps[0].with['fetch-depth']).toBe(0);
  });

  it('should take postgres and redis service containers from the compose file with --serviceContainers', async () => {
    const run = nx(
      'g',
      '@twenty/devops:ci-workflow',
      '--serviceContainers',
      '--no-interactive',
    );
    expect(run.exitCode).toBe(0);

    expect(await lint(workspace, workflowPath)).toEqual([]);
    const { jobs } = parse(readFileSync(join(workspace, workflowPath), 'utf8'));
    expect(jobs.integration.services.db).toMatchObject({
      image: 'postgres:16',
      ports: ['5432:5432'],
    });
    expect(jobs.integration.services.db.options).toContain('--health-cmd');
    expect(jobs.integration.services.redis.image).toBe('redis:7');
    expect(stepsOf(jobs.integration).slice(-2)).toEqual([
      "yarn nx affected -t db-migrate --exclude='*,!twenty-server' --parallel=1 --exclude-task-dependencies",
      'yarn nx affected -t test:integration --parallel=1 --exclude-task-dependencies',
    ]);
  });

  it('should change nothing when run again with the same options', () => {
    const before = readFileSync(join(workspace, workflowPath), 'utf8');

    const run = nx(
      'g',
      '@twenty/devops:ci-workflow',
      '--serviceContainers',
      '--no-interactive',
    );

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(`Kept ${workflowPath}`);
    expect(readFileSync(join(workspace, workflowPath), 'utf8')).toBe(before);
  });

  it('should pin every action to a commit SHA with --pinActions, and still pass actionlint', async () => {
    const run = nx(
      'g',
      '@twenty/devops:ci-workflow',
      '--pinActions',
      '--shards=2',
      '--no-interactive',
    );

    expect(run.exitCode).toBe(0);
    expect(await lint(workspace, workflowPath)).toEqual([]);
    const uses = readFileSync(join(workspace, workflowPath), 'utf8')
      .split('\n')
      .filter((line) => line.includes('uses:'));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses)
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('should refuse, naming --targets, when given no target to run', () => {
    const run = nx(
      'g',
      '@twenty/devops:ci-workflow',
      '--name=Nothing',
      '--targets=',
      '--integrationTargets=',
      '--no-interactive',
    );

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain('The pipeline would have no job');
    expect(run.output).toContain('--targets=test,build');
    expect(existsSync(join(workspace, '.github/workflows/nothing.yml'))).toBe(
      false,
    );
  });
});
