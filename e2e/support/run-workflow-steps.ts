import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StepRun {
  name: string;
  exitCode: number;
  output: string;
}

/** What the `uses:` steps stand for when the job runs on this machine. */
export interface LocalContext {
  workspace: string;
  base: string;
  head: string;
  /** Variables the machine's runner would have, such as moved host ports. */
  env?: Record<string, string>;
}

/**
 * Runs a GitHub Actions job's steps in order, here: each `run:` with bash
 * (as the runner does, `-e -o pipefail`) in the workspace, with the
 * workflow, job and step env. Each `uses:` step is replaced by what it
 * does locally: checkout is the clone itself, nx-set-shas sets NX_BASE and
 * NX_HEAD to the two commits, setup-node and the caches are this machine's
 * Node and folders. Stops at the first failing step.
 */
export function runWorkflowSteps(
  workflow: any,
  jobId: string,
  context: LocalContext,
): StepRun[] {
  const job = workflow.jobs[jobId];
  const outputs: Record<string, Record<string, string>> = {};
  const env: Record<string, string> = { ...context.env };
  const runs: StepRun[] = [];
  const evaluate = (value: unknown) =>
    evaluateExpressions(String(value), context, outputs);

  for (const [key, value] of Object.entries({ ...workflow.env, ...job.env }))
    env[key] = evaluate(value);

  for (const step of job.steps) {
    if (step.uses) {
      replaceAction(step, context, env, outputs);
      continue;
    }
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [
        key,
        evaluate(value),
      ]),
    );
    const run = runStep(step, context.workspace, { ...env, ...stepEnv });
    if (step.id) outputs[step.id] = run.outputs;
    runs.push({ name: step.name, exitCode: run.exitCode, output: run.output });
    if (run.exitCode !== 0) break;
  }
  return runs;
}

function replaceAction(
  step: any,
  context: LocalContext,
  env: Record<string, string>,
  outputs: Record<string, Record<string, string>>,
): void {
  const action = String(step.uses).split('@')[0];
  if (action === 'nrwl/nx-set-shas') {
    env.NX_BASE = context.base;
    env.NX_HEAD = context.head;
    if (step.id)
      outputs[step.id] = {
        base: context.base,
        head: context.head,
        noPreviousBuild: 'false',
      };
    return;
  }
  const local = ['actions/checkout', 'actions/setup-node', 'actions/cache'];
  if (!local.includes(action))
    throw new Error(`No local stand-in for the action ${step.uses}.`);
}

function runStep(
  step: any,
  cwd: string,
  env: Record<string, string>,
): { exitCode: number; output: string; outputs: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'devops-e2e-step-'));
  const outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  try {
    const result = spawnSync(
      'bash',
      ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run],
      {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          NX_DAEMON: 'false',
          FORCE_COLOR: '0',
          ...env,
          GITHUB_OUTPUT: outputFile,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const output = `${result.stdout}${result.stderr}`.replace(
      /\u001b\[[0-9;]*m/g,
      '',
    );
    return {
      exitCode: result.status ?? 1,
      output,
      outputs: readOutputs(readFileSync(outputFile, 'utf8')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
}

/** Only the expressions our workflows put into `env:`; any other throws. */
function evaluateExpressions(
  value: string,
  context: LocalContext,
  outputs: Record<string, Record<string, string>>,
): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    if (expression === 'github.workspace') return context.workspace;
    const output = /^steps\.([\w-]+)\.outputs\.(\w+)$/.exec(expression);
    if (output) return outputs[output[1]]?.[output[2]] ?? '';
    throw new Error(`No local value for the expression \${{ ${expression} }}.`);
  });
}
