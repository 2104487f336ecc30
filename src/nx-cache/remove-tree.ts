import * as fs from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isInside } from './is-inside';
import { realPathOrSelf } from './real-path-or-self';

export interface TreeRemoval {
  /** Bytes of the files (and links) deleted. */
  freedBytes: number;
  /** Symbolic links left in place because they point outside the allowed folders. */
  keptLinks: string[];
}

/** The file system calls removeTree makes; a spec may make one of them fail. */
export interface TreeFileSystem {
  lstat: (path: string) => Promise<{
    size: number;
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
  }>;
  readdir: (path: string) => Promise<string[]>;
  rmdir: (path: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
}

export const nodeFileSystem: TreeFileSystem = {
  lstat: (path) => fs.lstat(path),
  readdir: (path) => fs.readdir(path),
  rmdir: (path) => fs.rmdir(path),
  unlink: (path) => fs.unlink(path),
};

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

interface Removal {
  allowedRoots: string[];
  fileSystem: TreeFileSystem;
  result: TreeRemoval;
}

/**
 * Deletes a file or folder tree without following symbolic links. A link
 * is deleted as a link when it points inside `allowedRoots` (real paths),
 * and left in place, with the folders that hold it, when it points
 * outside. The path's parent must itself resolve inside `allowedRoots`, so
 * a linked parent folder cannot carry the deletion elsewhere; that is
 * reported as a failure with the code EOUTSIDE.
 */
export async function removeTree(
  path: string,
  allowedRoots: string[],
  fileSystem: TreeFileSystem = nodeFileSystem,
): Promise<TreeRemoval> {
  const parent = realPathOrSelf(dirname(resolve(path)));
  if (!allowedRoots.some((root) => isInside(parent, root))) {
    throw new RemovalFailure(path, outsideError(parent), 0);
  }
  const result: TreeRemoval = { freedBytes: 0, keptLinks: [] };
  await removeEntry(path, { allowedRoots, fileSystem, result });
  return result;
}

async function removeEntry(path: string, removal: Removal): Promise<boolean> {
  const stats = await lstatOrUndefined(path, removal.fileSystem);
  if (!stats) return true;

  if (stats.isSymbolicLink()) {
    const target = realPathOrSelf(path);
    if (!removal.allowedRoots.some((root) => isInside(target, root))) {
      removal.result.keptLinks.push(path);
      return false;
    }
    return unlinkCounting(path, stats.size, removal);
  }
  if (!stats.isDirectory()) return unlinkCounting(path, stats.size, removal);

  const children = await readChildren(path, removal);
  // Settled, not raced: every sibling finishes (and counts its bytes)
  // before a failure is reported.
  const settled = await Promise.allSettled(
    children.map((entry) => removeEntry(join(path, entry), removal)),
  );
  const failed = settled.find((item) => item.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  if (settled.some((item) => item.status === 'fulfilled' && !item.value))
    return false;
  await attempt(path, () => removal.fileSystem.rmdir(path), removal.result);
  return true;
}

async function unlinkCounting(
  path: string,
  size: number,
  removal: Removal,
): Promise<boolean> {
  await attempt(path, () => removal.fileSystem.unlink(path), removal.result);
  removal.result.freedBytes += size;
  return true;
}

async function readChildren(path: string, removal: Removal): Promise<string[]> {
  let children: string[] = [];
  await attempt(
    path,
    async () => void (children = await removal.fileSystem.readdir(path)),
    removal.result,
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

async function lstatOrUndefined(path: string, fileSystem: TreeFileSystem) {
  try {
    return await fileSystem.lstat(path);
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
