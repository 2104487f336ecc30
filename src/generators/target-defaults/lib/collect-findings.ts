import { findCachedSideEffects } from './find-cached-side-effects';
import { findDanglingDependsOn } from './find-dangling-depends-on';
import { findIgnoredDefaults } from './find-ignored-defaults';
import { findMissingInputs } from './find-missing-inputs';
import { findUnknownBuildOutputs } from './find-unknown-build-outputs';
import { findUnlistedEnvFiles } from './find-unlisted-env-files';
import { findUnreachableExecutorKeys } from './find-unreachable-executor-keys';
import { findUnresolvedOutputs } from './find-unresolved-outputs';
import type { Finding, WorkspaceView } from './target-defaults-types';

const finders = [
  findUnresolvedOutputs,
  findUnknownBuildOutputs,
  findMissingInputs,
  findUnlistedEnvFiles,
  findDanglingDependsOn,
  findCachedSideEffects,
  findUnreachableExecutorKeys,
  findIgnoredDefaults,
];

/**
 * Runs every trap finder on the workspace before and after the changes: a
 * problem gone afterwards is `fixed`, one still there is `open`.
 */
export function collectFindings(
  before: WorkspaceView,
  after: WorkspaceView,
): Finding[] {
  const id = (finding: Finding) => `${finding.target} ${finding.problem}`;
  const remaining = new Set(finders.flatMap((find) => find(after)).map(id));
  const found = finders.flatMap((find) => find(before));
  const unique = [...new Map(found.map((f) => [id(f), f])).values()];
  return unique.map((finding) => ({
    ...finding,
    status: remaining.has(id(finding)) ? 'open' : 'fixed',
  }));
}
