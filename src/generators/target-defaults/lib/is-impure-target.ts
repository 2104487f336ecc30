import { readCommands } from './read-commands';
import type { WorkspaceTarget } from './target-defaults-types';

// Words of a target name that say its result depends on git (the files
// changed since main, the staged ones), which no input can hash.
const gitStateWords = new Set([
  'diff',
  'main',
  'changed',
  'staged',
  'affected',
]);

// git itself, lint-staged (which asks git) and `nx affected`.
const gitCommand = /(?:^|[\s;&|(`])(?:git\s|lint-staged\b|nx\s+affected\b)/;

/**
 * Whether a target reads the state of the git repository, by its name
 * (`lint:diff-with-main`) or because one of its commands, in any
 * configuration, runs git. Its result then changes with no file changing,
 * so a cache hit would be stale.
 */
export function isImpureTarget(
  name: string,
  targets: WorkspaceTarget[],
): boolean {
  const words = name.toLowerCase().split(/[:_-]/);
  return (
    words.some((word) => gitStateWords.has(word)) ||
    targets.some((target) =>
      readCommands(target.effective, true).some((c) => gitCommand.test(c)),
    )
  );
}
