import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from './is-inside';
import { realPathOrSelf } from './real-path-or-self';

export interface TreeRemoval {
  /** Bytes of the files (and links) deleted. */
  freedBytes: number;
  /** Symbolic links left in place because they point outside the allowed folders. */
  keptLinks: string[];
}

/** A file or folder that could not be deleted; `cause` carries the system error. */
export class RemovalFailure extends Error {
  constructor(
    readonly path: string,
    readonly cause: NodeJS.ErrnoException,
    readonly freedBytes: number,
  ) {
    super(`Could not delete ${path}: ${cause.code ?? cause.message}`);
  }
}

/**
 * Deletes a file or folder tree without following symbolic links. A link
 * is deleted as a link when it points inside `allowedRoots` (real paths),
 * and left in place, with the folders that hold it, when it points
 * outside. The path's parent must itself resolve inside `allowedRoots`, so
 * a linked parent folder cannot carry the deletion elsewhere.
 */
export function removeTree(path: string, allowedRoots: string[]): TreeRemoval {
  const parent = realPathOrSelf(dirname(resolve(path)));
  if (!allowedRoots.some((root) => isInside(parent, root))) {
    throw new RemovalFailure(path, outsideError(parent), 0);
  }
  const result: TreeRemoval = { freedBytes: 0, keptLinks: [] };
  removeEntry(path, allowedRoots, result);
  return result;
}

function removeEntry(
  path: string,
  allowedRoots: string[],
  result: TreeRemoval,
): boolean {
  const stats = lstatOrUndefined(path);
  if (!stats) return true;

  if (stats.isSymbolicLink()) {
    const target = realPathOrSelf(path);
    if (!allowedRoots.some((root) => isInside(target, root))) {
      result.keptLinks.push(path);
      return false;
    }
    return unlinkCounting(path, stats.size, result);
  }
  if (!stats.isDirectory()) return unlinkCounting(path, stats.size, result);

  let emptied = true;
  for (const entry of readChildren(path, result)) {
    emptied = removeEntry(join(path, entry), allowedRoots, result) && emptied;
  }
  if (!emptied) return false;
  attempt(path, () => rmdirSync(path), result);
  return true;
}

function unlinkCounting(
  path: string,
  size: number,
  result: TreeRemoval,
): boolean {
  attempt(path, () => unlinkSync(path), result);
  result.freedBytes += size;
  return true;
}

function readChildren(path: string, result: TreeRemoval): string[] {
  let children: string[] = [];
  attempt(path, () => (children = readdirSync(path)), result);
  return children;
}

function attempt(path: string, action: () => void, result: TreeRemoval): void {
  try {
    action();
  } catch (error) {
    const cause = error as NodeJS.ErrnoException;
    if (cause.code === 'ENOENT') return;
    throw new RemovalFailure(path, cause, result.freedBytes);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function outsideError(parent: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `its folder resolves to ${parent}, outside the workspace and the cache directories`,
  );
  error.code = 'EOUTSIDE';
  return error;
}
