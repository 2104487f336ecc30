import { isDatabaseTarget } from './is-database-target';
import { isImpureTarget } from './is-impure-target';
import { readExecutorKind } from './read-executor-kind';
import type { TargetKind, WorkspaceTarget } from './target-defaults-types';

// Words that mark a target as acting on the world (containers, servers,
// registries; the database is a kind of its own) rather than turning files
// into files. Matched per segment of the name, so `docker-up:dev` and
// `storybook:serve:dev` count.
const sideEffectWords = new Set([
  'up',
  'down',
  'deploy',
  'publish',
  'release',
  'serve',
  'start',
  'dev',
  'watch',
  'worker',
  'debug',
]);

const sideEffectExecutors = new Set([
  '@twenty/devops:docker-up',
  '@twenty/devops:docker-down',
  '@twenty/devops:cache-reset',
  '@nx/js:node',
  '@nx/js:release-publish',
  '@nx/vite:dev-server',
  '@nx/vite:preview-server',
  '@nx/webpack:dev-server',
  '@nx/next:server',
  '@nx/expo:start',
]);

const kindsByFirstWord: Record<string, TargetKind> = {
  build: 'build',
  test: 'test',
  lint: 'lint',
  typecheck: 'typecheck',
  tsc: 'typecheck',
};

/**
 * What kind of target a name stands for, from the name and from the
 * executors and commands of the targets that carry it. The kinds kept out
 * of the cache win over the others: one continuous, side-effect or
 * git-reading target is enough to keep the name uncached.
 */
export function classifyTargetName(
  name: string,
  targets: WorkspaceTarget[],
): TargetKind {
  const words = name.toLowerCase().split(/[:_-]/);
  const executors = targets.map((target) => target.effective.executor ?? '');

  if (
    name === 'db-migrate' ||
    executors.some((e) => readExecutorKind(e) === 'db-migrate')
  )
    return 'db-migrate';
  if (isDatabaseTarget(name)) return 'database';
  if (
    words.some((word) => sideEffectWords.has(word)) ||
    // "cache-reset"; but "reset:env" copies a file.
    words[words.length - 1] === 'reset' ||
    executors.some((executor) => sideEffectExecutors.has(executor)) ||
    targets.some((target) => target.effective.continuous === true)
  )
    return 'side-effect';
  if (isImpureTarget(name, targets)) return 'impure';
  if (words.includes('integration') && /^(test|integration)$/.test(words[0]))
    return 'integration-test';
  if (words.includes('e2e')) return 'unknown';

  const byName = kindsByFirstWord[words[0]];
  if (byName) return byName;
  const byExecutor = executors.map(readExecutorKind);
  return byExecutor.length && byExecutor.every((kind) => kind === byExecutor[0])
    ? (byExecutor[0] ?? 'unknown')
    : 'unknown';
}
