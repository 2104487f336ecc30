import { DevopsError } from '../errors/devops-error';
import { logger } from '../logging/logger';
import { findProjectRoots } from '../nx-cache/find-project-roots';
import { findWorkspaceRoot } from '../nx-cache/find-workspace-root';
import { resetCaches } from '../nx-cache/reset-caches';
import { parseCacheResetFlags } from './parse-cache-reset-flags';

const USAGE =
  'Usage: twenty-devops cache-reset [--dryRun] [--olderThanDays N] [--maxSize 2GB] [--skipTaskCache] [--skipWorkspaceData] [--skipDaemon] [--toolCaches] [--projects a,b]';

/**
 * `twenty-devops cache-reset`, the same reset as the executor, without Nx:
 * it reads no project graph, so it works when a broken nx.json, cache or
 * daemon keeps Nx itself from starting. Returns the exit code.
 */
export async function runBin(
  argv: string[],
  cwd = process.cwd(),
): Promise<number> {
  const [command, ...flags] = argv;
  if (command === '--help' || command === '-h' || flags.includes('--help')) {
    logger.info(USAGE);
    return 0;
  }
  if (command !== 'cache-reset') {
    logger.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
    return 1;
  }
  try {
    const options = parseCacheResetFlags(flags);
    const root = findWorkspaceRoot(cwd);
    return (await resetCaches(options, root, findProjectRoots(root))) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof DevopsError)) throw error;
    logger.error(`${error.message}\n${error.hint}`);
    return 1;
  }
}
