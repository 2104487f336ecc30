import { relative } from 'node:path';
import { formatBytes } from './format-bytes';
import type { ResetOutcome } from './apply-reset-plan';
import type { ResetPlan, ResetScope } from './reset-plan';

const SCOPES: ResetScope[] = ['task cache', 'workspace data', 'tool caches'];

/** The dry run's list: each path with its size, then the total. */
export function describePlannedRemovals(
  plan: ResetPlan,
  root: string,
): string[] {
  const lines = plan.removals.map(
    (removal) =>
      `  ${formatBytes(removal.bytes).padStart(9)}  ${displayPath(removal.path, root)}  (${removal.scope})`,
  );
  const total = plan.removals.reduce((sum, removal) => sum + removal.bytes, 0);
  const rows = plan.indexChanges.map(
    (change) =>
      `  index      ${displayPath(change.database, root)}: ${change.hashes === 'all' ? 'every cache row' : `${change.hashes.length} cache rows`}`,
  );
  const daemon =
    plan.daemonPid === undefined
      ? []
      : [`  daemon     process ${plan.daemonPid} would be stopped`];
  return [
    ...lines,
    ...rows,
    ...daemon,
    `  ${formatBytes(total).padStart(9)}  in total`,
  ];
}

/** The one summary line: what was cleared (or would be) and the bytes freed. */
export function summarizeReset(
  plan: ResetPlan,
  outcome: ResetOutcome | undefined,
): string {
  const parts = SCOPES.flatMap((scope) => describeScope(scope, plan, outcome));
  if (plan.daemonPid !== undefined) {
    parts.push(
      outcome
        ? `daemon stopped (process ${plan.daemonPid})`
        : `daemon (process ${plan.daemonPid})`,
    );
  }
  const cleared = parts.length ? parts.join(', ') : 'nothing to clear';
  if (!outcome) {
    const total = plan.removals.reduce(
      (sum, removal) => sum + removal.bytes,
      0,
    );
    return `Dry run, nothing deleted: would clear ${cleared} and free ${formatBytes(total)}.`;
  }
  const failed = outcome.failures.length
    ? `; ${count(outcome.failures.length, 'path')} could not be deleted`
    : '';
  return `Cache reset: cleared ${cleared}; freed ${formatBytes(outcome.freedBytes)} (${outcome.freedBytes} bytes)${failed}.`;
}

function describeScope(
  scope: ResetScope,
  plan: ResetPlan,
  outcome: ResetOutcome | undefined,
): string[] {
  const removals = plan.removals.filter((removal) => removal.scope === scope);
  if (scope === 'task cache') {
    if (removals.length === 0 && plan.indexChanges.length === 0) return [];
    const rows = outcome
      ? `, ${count(outcome.forgottenRows, 'index row')}`
      : '';
    return [
      `task cache (${count(plan.entryCount, 'entry', 'entries')}${rows})`,
    ];
  }
  return removals.length
    ? [`${scope} (${count(removals.length, 'path')})`]
    : [];
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}

function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}
