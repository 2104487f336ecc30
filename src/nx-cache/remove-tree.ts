import { lstat, readdir, rmdir, unlink } from 'node:fs/promises';
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
export async function removeTree(
  path: string,
  allowedRoots: string[],
): Promise<TreeRemoval> {
  const parent = realPathOrSelf(dirname(resolve(path)));
  if (!allowedRoots.some((root) => isInside(parent, root))) {
    throw new RemovalFailure(path, outsideError(parent), 0);
  }
  const result: TreeRemoval = { freedBytes: 0, keptLinks: [] };
  await removeEntry(path, allowedRoots, result);
  return result;
}

async function removeEntry(
  path: string,
  allowedRoots: string[],
  result: TreeRemoval,
): Promise<boolean> {
  const stats = await lstatOrUndefined(path);
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

  const children = await readChildren(path, result);
  // Settled, not raced: every sibling finishes (and counts its bytes)
  // before a failure is reported.
  const settled = await Promise.allSettled(
    children.map((entry) =>
      removeEntry(join(path, entry), allowedRoots, result),
    ),
  );
  const failed = settled.find((item) => item.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  if (settled.some((item) => item.status === 'fulfilled' && !item.value))
    return false;
  await attempt(path, () => rmdir(path), result);
  return true;
}

async function unlinkCounting(
  path: string,
  size: number,
  result: TreeRemoval,
): Promise<boolean> {
  await attempt(path, () => unlink(path), result);
  result.freedBytes += size;
  return true;
}

async function readChildren(
  path: string,
  result: TreeRemoval,
): Promise<string[]> {
  let children: string[] = [];
  await attempt(
    path,
    async () => void (children = await readdir(path)),
    result,
  );
  return children;
}

async function attempt(
  path: string,
  action: () => Promise<void>,
  result: TreeRemoval,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    const cause = error as NodeJS.ErrnoException;
    if (cause.code === 'ENOENT') return;
    throw new RemovalFailure(path, cause, result.freedBytes);
  }
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
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
