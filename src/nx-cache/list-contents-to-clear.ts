import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInside } from './is-inside';
import { realPathOrSelf } from './real-path-or-self';

/**
 * The paths to delete to empty `folder` while keeping `kept` (real paths
 * of other cache and data folders, which their own scope clears, or not).
 * A child that is a kept folder is left out; one that holds a kept folder
 * is replaced by its own contents, recursively. `include` filters the
 * folder's direct children by name. Symbolic links are returned as they
 * are: deleting one never reaches what it points to.
 */
export function listContentsToClear(
  folder: string,
  kept: string[],
  include: (name: string) => boolean = () => true,
): string[] {
  const names = readNames(folder).filter(include);
  const real = realPathOrSelf(folder);
  const nested = kept.filter((path) => path !== real && isInside(path, real));
  // The usual case, and the one a cache of many thousand entries takes:
  // nothing to keep below, so no child needs a look of its own.
  if (nested.length === 0) return names.map((name) => join(folder, name));

  return names.flatMap((name) => {
    const path = join(folder, name);
    const childReal = join(real, name);
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      return [path];
    }
    if (nested.includes(childReal)) return [];
    if (nested.some((keptPath) => isInside(keptPath, childReal))) {
      return listContentsToClear(path, nested);
    }
    return [path];
  });
}

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
