import { DevopsError } from '../errors/devops-error';
import { openCacheIndex } from './cache-index';
import {
  nodeFileSystem,
  RemovalFailure,
  removeTree,
  type TreeFileSystem,
} from './remove-tree';
import type { PlannedRemoval, ResetPlan } from './reset-plan';
import { stopDaemon } from './stop-daemon';

/** A planned removal that failed part-way, with the error that stopped it. */
export interface FailedRemoval {
  removal: PlannedRemoval;
  error: RemovalFailure;
}

/** What actually happened, for the report: never the plan's counts. */
export interface ResetOutcome {
  /** Removals carried out in full. */
  removed: PlannedRemoval[];
  freedBytes: number;
  forgottenRows: number;
  daemonStopped: boolean;
  keptLinks: string[];
  failures: FailedRemoval[];
}

/**
 * Carries out the plan: stops the daemon, deletes the index rows, then the
 * files. Rows go first so that a file that cannot be deleted leaves an
 * entry Nx no longer knows (a miss), never a row without its files (a hit
 * that restores nothing). A file that cannot be deleted is recorded and
 * the rest goes on; a busy index stops the run before any file is touched.
 */
export async function applyResetPlan(
  plan: ResetPlan,
  fileSystem: TreeFileSystem = nodeFileSystem,
): Promise<ResetOutcome> {
  const outcome: ResetOutcome = {
    removed: [],
    freedBytes: 0,
    forgottenRows: 0,
    daemonStopped: false,
    keptLinks: [],
    failures: [],
  };
  if (plan.daemonPid !== undefined) {
    await stopDaemon(plan.daemonPid);
    outcome.daemonStopped = true;
  }

  try {
    for (const change of plan.indexChanges) {
      outcome.forgottenRows += forgetRows(change.database, change.hashes);
    }
  } catch (error) {
    if (!(error instanceof DevopsError)) throw error;
    throw new DevopsError(
      `${error.message} No file was deleted; ${describeDone(outcome)}.`,
      error.hint,
    );
  }

  await removeAll(plan, outcome, fileSystem);
  return outcome;
}

/** How many top-level paths are deleted at once: file system calls wait on the disk. */
const CONCURRENCY = 16;

async function removeAll(
  plan: ResetPlan,
  outcome: ResetOutcome,
  fileSystem: TreeFileSystem,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < plan.removals.length) {
      const removal = plan.removals[next++];
      try {
        const result = await removeTree(
          removal.path,
          plan.allowedRoots,
          fileSystem,
        );
        outcome.freedBytes += result.freedBytes;
        outcome.keptLinks.push(...result.keptLinks);
        if (result.keptLinks.length === 0) outcome.removed.push(removal);
      } catch (error) {
        if (!(error instanceof RemovalFailure)) throw error;
        outcome.freedBytes += error.freedBytes;
        outcome.failures.push({ removal, error });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function forgetRows(database: string, hashes: string[] | 'all'): number {
  const index = openCacheIndex(database);
  if (!index) return 0;
  try {
    return index.forget(hashes);
  } finally {
    index.close();
  }
}

function describeDone(outcome: ResetOutcome): string {
  const daemon = outcome.daemonStopped ? 'the daemon was stopped and ' : '';
  return `${daemon}${outcome.forgottenRows} index rows were removed before it`;
}
