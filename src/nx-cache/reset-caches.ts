import { logger } from '../logging/logger';
import type { CacheResetExecutorOptions } from '../executors/cache-reset/schema';
import {
  applyResetPlan,
  type FailedRemoval,
  type ResetOutcome,
} from './apply-reset-plan';
import { describePlannedRemovals, summarizeReset } from './describe-reset';
import { normalizeResetOptions } from './normalize-reset-options';
import { planReset } from './plan-reset';
import { nodeFileSystem, type TreeFileSystem } from './remove-tree';
import type { LeftContents } from './reset-plan';
import { resolveCacheLocations } from './resolve-cache-locations';

/**
 * cache-reset itself, shared by the executor and the `twenty-devops` bin:
 * normalize the options, resolve where this workspace's Nx keeps its
 * caches, plan, then list (dry run) or delete, and end with one summary
 * line of what actually happened. Returns false when some path could not
 * be deleted.
 */
export async function resetCaches(
  options: CacheResetExecutorOptions,
  root: string,
  projectRoots: Map<string, string>,
  fileSystem: TreeFileSystem = nodeFileSystem,
): Promise<boolean> {
  const normalized = normalizeResetOptions(options, root, projectRoots);
  const plan = planReset(normalized, resolveCacheLocations(root));
  for (const contents of plan.left) logger.warn(describeLeft(contents));

  if (normalized.dryRun) {
    for (const line of describePlannedRemovals(plan, root)) logger.info(line);
    logger.info(summarizeReset(plan, undefined));
    return true;
  }

  const outcome = await applyResetPlan(plan, fileSystem);
  reportOutcome(outcome, root);
  logger.info(summarizeReset(plan, outcome));
  return outcome.failures.length === 0;
}

function reportOutcome(outcome: ResetOutcome, root: string): void {
  for (const removal of outcome.removed)
    logger.verbose(`Deleted ${removal.path}`);
  for (const link of outcome.keptLinks) {
    logger.warn(
      `Kept the symbolic link ${link}: it points outside ${root} and the cache directories, so neither it nor its target was deleted.`,
    );
  }
  for (const failure of outcome.failures) {
    logger.error(describeFailure(failure));
  }
}

/** How many of the paths left in one folder the warning names. */
const NAMED_LEFT = 10;

function describeLeft({ cacheDirectory, names, source }: LeftContents) {
  const shown = names.slice(0, NAMED_LEFT).join(', ');
  const more =
    names.length > NAMED_LEFT ? ` and ${names.length - NAMED_LEFT} more` : '';
  const count = names.length === 1 ? '1 path' : `${names.length} paths`;
  return `Left ${count} in the task cache folder ${cacheDirectory} (from ${source}) that Nx did not write there: ${shown}${more}. cache-reset deletes only Nx's own cache files from that folder; move these elsewhere, or point the setting at a folder that holds only the Nx cache.`;
}

function describeFailure({ error }: FailedRemoval): string {
  if (error.cause.code === 'EOUTSIDE') {
    return `Did not delete ${error.path}: ${error.cause.message}, through a symbolic link on the way to it. Replace that link with a plain folder, or delete the path by hand if it should go, then run cache-reset again.`;
  }
  return `Could not delete ${error.path} (${error.cause.code ?? error.cause.message}). A process may hold it open: stop the Nx daemon (npx nx daemon --stop), close Nx Console and other editors or watchers using it, check its permissions, then run cache-reset again.`;
}
