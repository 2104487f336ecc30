import { dirname, resolve } from 'node:path';
import type { PlannedRemoval } from './reset-plan';

/**
 * The removals less those a broader one already covers: a path planned
 * twice, or lying inside another planned path (a jest cache inside
 * `node_modules/.cache`, a tool cache inside the task cache folder), so
 * that sizes and counts are not doubled. The first of equal paths stays.
 */
export function dropNestedRemovals(
  removals: PlannedRemoval[],
): PlannedRemoval[] {
  const paths = removals.map((removal) => resolve(removal.path));
  const planned = new Set(paths);
  // Whether a folder or one above it is planned, by folder: the thousands
  // of entries of a task cache share one parent.
  const covered = new Map<string, boolean>();
  const isCovered = (folder: string): boolean => {
    let answer = covered.get(folder);
    if (answer === undefined) {
      const parent = dirname(folder);
      answer = planned.has(folder) || (parent !== folder && isCovered(parent));
      covered.set(folder, answer);
    }
    return answer;
  };

  const seen = new Set<string>();
  return removals.filter((_, index) => {
    const path = paths[index];
    if (seen.has(path)) return false;
    seen.add(path);
    return dirname(path) === path || !isCovered(dirname(path));
  });
}
