import type { ProcessResult, ProcessRunner } from '../process/run-process';

export interface FakeRunner {
  run: ProcessRunner;
  /** Every call as one string: the command and its arguments. */
  calls: string[];
}

type Reply =
  Partial<ProcessResult> | ((args: string[]) => Partial<ProcessResult>);

/**
 * A process runner for unit specs. Each call is answered by the first rule
 * whose pattern occurs in the command line; unmatched calls succeed empty.
 */
export function createFakeRunner(
  rules: [string | RegExp, Reply][] = [],
): FakeRunner {
  const calls: string[] = [];
  const run: ProcessRunner = async (command, args) => {
    const line = [command, ...args].join(' ');
    calls.push(line);
    const rule = rules.find(([pattern]) =>
      typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line),
    );
    const reply = rule ? rule[1] : {};
    const answer = typeof reply === 'function' ? reply(args) : reply;
    return { exitCode: 0, stdout: '', stderr: '', ...answer };
  };
  return { run, calls };
}
