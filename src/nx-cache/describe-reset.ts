import { join, relative } from 'node:path';
import { formatBytes } from './format-bytes';
import type { ResetOutcome } from './apply-reset-plan';
import type { PlannedRemoval, ResetPlan, ResetScope } from './reset-plan';

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
  const rows = plan.indexChanges.map(
    (change) =>
      `  index      ${displayPath(change.database, root)}: ${change.hashes === 'all' ? 'every cache row' : `${change.hashes.length} cache rows`}`,
  );
  const daemon =
    plan.daemonPid === undefined
      ? []
      : [`  daemon     process ${plan.daemonPid} would be stopped`];
  const left = plan.left.flatMap((contents) =>
    contents.names.map(
      (name) =>
        `  left       ${displayPath(join(contents.cacheDirectory, name), root)}  (not an Nx cache entry)`,
    ),
  );
  return [
    ...lines,
    ...rows,
    ...daemon,
    ...left,
    `  ${formatBytes(sumBytes(plan.removals)).padStart(9)}  in total`,
  ];
}

/**
 * The one summary line. A dry run tells what would be cleared; a real run
 * counts what was deleted in full, as "2 of 3" when some of a scope could
 * not be, so a failure part-way never reads as a complete reset.
 */
export function summarizeReset(
  plan: ResetPlan,
  outcome: ResetOutcome | undefined,
): string {
  const done = new Set(outcome ? outcome.removed : plan.removals);
  const parts = SCOPES.flatMap((scope) =>
    describeScope(scope, plan, done, outcome),
  );
  const left = describeLeft(plan, outcome ? 'left' : 'would leave');
  if (!outcome) {
    if (plan.daemonPid !== undefined)
      parts.push(`daemon (process ${plan.daemonPid})`);
    if (parts.length === 0)
      return `Dry run: the caches are already empty${left}.`;
    return `Dry run, nothing deleted: would clear ${parts.join(', ')} and free ${formatBytes(sumBytes(plan.removals))}${left}.`;
  }
  if (outcome.daemonStopped)
    parts.push(`daemon stopped (process ${plan.daemonPid})`);
  const kept = outcome.keptLinks.length
    ? `; kept ${count(outcome.keptLinks.length, 'symbolic link')} to outside`
    : '';
  const failed = outcome.failures.length
    ? `; ${count(outcome.failures.length, 'path')} could not be deleted`
    : '';
  if (parts.length === 0 && !failed && !kept)
    return `Cache reset: the caches were already empty${left}.`;
  return `Cache reset: cleared ${parts.join(', ') || 'nothing'}; freed ${formatBytes(outcome.freedBytes)} (${outcome.freedBytes} bytes)${kept}${failed}${left}.`;
}

/** How many names the summary shows of the paths it left. */
const SHOWN_NAMES = 3;

/** "; left 2 paths that are not Nx cache entries (notes.txt, photos)". */
function describeLeft(plan: ResetPlan, verb: string): string {
  const names = plan.left.flatMap((contents) => contents.names);
  if (names.length === 0) return '';
  const shown = names.slice(0, SHOWN_NAMES);
  if (names.length > SHOWN_NAMES) shown.push('…');
  const noun =
    names.length === 1
      ? 'path that is not an Nx cache entry'
      : 'paths that are not Nx cache entries';
  return `; ${verb} ${names.length} ${noun} (${shown.join(', ')})`;
}

function describeScope(
  scope: ResetScope,
  plan: ResetPlan,
  done: Set<PlannedRemoval>,
  outcome: ResetOutcome | undefined,
): string[] {
  const planned = plan.removals.filter((removal) => removal.scope === scope);
  if (scope !== 'task cache') {
    if (planned.length === 0) return [];
    const cleared = planned.filter((removal) => done.has(removal)).length;
    return [`${scope} (${countOf(cleared, planned.length, 'path')})`];
  }
  if (planned.length === 0 && plan.indexChanges.length === 0) return [];
  const rows = outcome ? `, ${count(outcome.forgottenRows, 'index row')}` : '';
  return [`task cache (${countEntries(planned, done)}${rows})`];
}

/** Entries whose every path was deleted, out of the entries planned. */
function countEntries(planned: PlannedRemoval[], done: Set<PlannedRemoval>) {
  const all = new Set<string>();
  const unfinished = new Set<string>();
  for (const removal of planned) {
    if (removal.entry === undefined) continue;
    all.add(removal.entry);
    if (!done.has(removal)) unfinished.add(removal.entry);
  }
  return countOf(all.size - unfinished.size, all.size, 'entry', 'entries');
}

/** "3 paths" when all went, "2 of 3 paths" when some did not. */
function countOf(
  cleared: number,
  total: number,
  one: string,
  many = `${one}s`,
): string {
  const noun = total === 1 ? one : many;
  return cleared === total
    ? `${total} ${noun}`
    : `${cleared} of ${total} ${noun}`;
}

function sumBytes(removals: PlannedRemoval[]): number {
  return removals.reduce((sum, removal) => sum + removal.bytes, 0);
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}

function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}
