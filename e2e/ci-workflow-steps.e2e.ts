import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowWorkspace } from './support/ci-workflow-workspace';
import { removeComposeProject } from './support/compose-containers';
import { findTaskPositions, runNx } from './support/run-nx';
import { runWorkflowSteps } from './support/run-workflow-steps';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
} from './support/workspace';

const { workflowPath, git, commitAll, readJson, writeJsonFile } =
  ciWorkflowWorkspace;

const servicesWorkflowPath = '.github/workflows/ci-services.yml';

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
