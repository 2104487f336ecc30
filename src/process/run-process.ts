import { spawn } from 'node:child_process';
import { createLineFilter } from './create-line-filter';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Also copy the output to this process's stdout and stderr as it comes. */
  stream?: boolean;
  /**
   * Rewrites the streamed output, whole lines at a time, for example to
   * hide passwords.
   */
  filterOutput?: (text: string) => string;
}

/** Runs a program and resolves with its exit code and output. */
export type ProcessRunner = (
  command: string,
  args: string[],
  options?: RunProcessOptions,
) => Promise<ProcessResult>;

/**
 * The real runner. A program that cannot be started (ENOENT) resolves with
 * exit code 127, like a shell, so callers have one failure path.
 */
export const runProcess: ProcessRunner = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const streams = {
      stdout: createStreamCopy(process.stdout, options),
      stderr: createStreamCopy(process.stderr, options),
    };

    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk.toString());
      streams.stdout.write(chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      streams.stderr.write(chunk.toString());
    });

    child.on('error', (error) => {
      resolve({ exitCode: 127, stdout: '', stderr: error.message });
    });
    child.on('close', (code, signal) => {
      streams.stdout.end();
      streams.stderr.end();
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdout.join(''),
        stderr: stderr.join(''),
      });
    });
  });

// Unfiltered output is copied as it comes; filtered output a line at a time.
function createStreamCopy(
  target: NodeJS.WriteStream,
  options: RunProcessOptions,
) {
  if (!options.stream) return { write: () => undefined, end: () => undefined };
  if (!options.filterOutput) {
    return {
      write: (text: string) => target.write(text),
      end: () => undefined,
    };
  }
  const lines = createLineFilter(options.filterOutput);
  return {
    write: (text: string) => target.write(lines.push(text)),
    end: () => target.write(lines.end()),
  };
}
