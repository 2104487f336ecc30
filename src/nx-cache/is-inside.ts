import { relative, isAbsolute } from 'node:path';

/** Whether `path` is `folder` or lies beneath it (both already absolute). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
