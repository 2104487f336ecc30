import { EXECUTORS } from '../../../plugin/executor-names';
import { DEFAULT_TARGET_NAMES } from '../../../plugin/normalize-plugin-options';
import type { InitGeneratorOptions } from '../schema';
import type { TreeScan } from './scan-tree';

export type TargetNames = Record<keyof typeof DEFAULT_TARGET_NAMES, string>;

const EXECUTOR_OF: Record<keyof TargetNames, string> = {
  dockerUpTargetName: EXECUTORS.dockerUp,
  dockerDownTargetName: EXECUTORS.dockerDown,
  dbMigrateTargetName: EXECUTORS.dbMigrate,
};

/**
 * Picks each target name: the one asked for, else the default unless some
 * project already has a target of that name that runs another executor,
 * else `devops-<default>` (then `devops-<default>-2` and so on).
 */
export function pickTargetNames(
  options: InitGeneratorOptions,
  scan: TreeScan,
): TargetNames {
  const pick = (key: keyof TargetNames) =>
    options[key] ??
    findFreeName(DEFAULT_TARGET_NAMES[key], EXECUTOR_OF[key], scan);
  return {
    dockerUpTargetName: pick('dockerUpTargetName'),
    dockerDownTargetName: pick('dockerDownTargetName'),
    dbMigrateTargetName: pick('dbMigrateTargetName'),
  };
}

function findFreeName(name: string, executor: string, scan: TreeScan): string {
  if (!isTakenByOthers(name, executor, scan)) return name;
  for (let count = 1; ; count += 1) {
    const candidate = `devops-${name}${count > 1 ? `-${count}` : ''}`;
    if (!isTakenByOthers(candidate, executor, scan)) return candidate;
  }
}

function isTakenByOthers(
  name: string,
  executor: string,
  scan: TreeScan,
): boolean {
  return [...scan.targetExecutors.values()].some(
    (targets) => targets.has(name) && targets.get(name) !== executor,
  );
}
