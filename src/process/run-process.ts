import { spawn } from 'node:child_process';

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
  /** Rewrites each streamed chunk, for example to hide passwords. */
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
    const filter = options.filterOutput ?? ((text: string) => text);

    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk.toString());
      if (options.stream) process.stdout.write(filter(chunk.toString()));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (options.stream) process.stderr.write(filter(chunk.toString()));
    });

    child.on('error', (error) => {
      resolve({ exitCode: 127, stdout: '', stderr: error.message });
    });
    child.on('close', (code, signal) => {
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdout.join(''),
        stderr: stderr.join(''),
      });
    });
  });
