import {
  getProjects,
  logger,
  updateProjectConfiguration,
  type TargetConfiguration,
  type Tree,
} from '@nx/devkit';
import { EXECUTORS } from '../../../plugin/executor-names';

const TARGET: TargetConfiguration = {
  executor: EXECUTORS.cacheReset,
  cache: false,
};

/**
 * Gives the workspace's root project (root `.`) a cache-reset target, as
 * `cache-reset` or, when that name runs another executor, as
 * `devops-cache-reset`. A workspace without a root project is left as
 * it is: adding one would make every change affect it, so the user is
 * pointed at the bin instead. Returns the project changed, if any.
 */
export function addCacheResetTarget(tree: Tree): string | undefined {
  const rootProject = [...getProjects(tree)].find(
    ([, project]) => project.root === '.',
  );
  if (!rootProject) {
    logger.info(
      'No root project (root ".") to give a cache-reset target; run `npx twenty-devops cache-reset`, or add the target to a project of your choice.',
    );
    return undefined;
  }

  const [name, project] = rootProject;
  const targets = project.targets ?? {};
  const hasOne = Object.values(targets).some(
    (target) => target.executor === EXECUTORS.cacheReset,
  );
  if (hasOne) return undefined;
  const targetName = targets['cache-reset']
    ? 'devops-cache-reset'
    : 'cache-reset';
  updateProjectConfiguration(tree, name, {
    ...project,
    targets: { ...targets, [targetName]: TARGET },
  });
  return name;
}
