import { spawnSync } from 'node:child_process';

/** Runs git in the workspace, throwing with its stderr when it fails. */
export function git(workspace: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

/** Makes the workspace a git repository with everything in one commit. */
export function initRepository(workspace: string): void {
  git(workspace, 'init', '-q', '-b', 'main');
  commitAll(workspace, 'example');
}

/** Commits every change in the workspace, as a throwaway author. */
export function commitAll(workspace: string, message: string): void {
  git(workspace, 'add', '-A');
  git(
    workspace,
    '-c',
    'user.name=e2e',
    '-c',
    'user.email=e2e@example.com',
    'commit',
    '-qm',
    message,
  );
}
