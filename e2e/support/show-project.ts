import { expectSuccess, runNx } from './run-nx';

/** The project's configuration as `nx show project --json` prints it. */
export function showProject(
  workspace: string,
  name: string,
  env: NodeJS.ProcessEnv,
) {
  const run = runNx(workspace, ['show', 'project', name, '--json'], env);
  expectSuccess(run);
  return JSON.parse(run.output.replace(/^[^{]*/s, ''));
}
