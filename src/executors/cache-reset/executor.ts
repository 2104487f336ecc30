import type { ExecutorContext } from '@nx/devkit';
import { runExecutor } from '../../errors/run-executor';
import { resetCaches } from '../../nx-cache/reset-caches';
import type { CacheResetExecutorOptions } from './schema';

/**
 * Clears the caches asked for from inside `nx run`: the parent Nx process
 * keeps its cache folders and its database, and finishes normally.
 */
export default function cacheResetExecutor(
  options: CacheResetExecutorOptions,
  context: ExecutorContext,
) {
  return runExecutor(async () => {
    const projects = context.projectsConfigurations?.projects ?? {};
    const roots = new Map(
      Object.entries(projects).map(([name, project]) => [name, project.root]),
    );
    return { success: await resetCaches(options, context.root, roots) };
  });
}
