import type { NxJsonChange } from './target-defaults-types';

/** The same changes as editNxJsonText, on a parsed copy of nx.json. */
export function applyChanges<T extends object>(
  nxJson: T,
  changes: NxJsonChange[],
): T {
  const copy = structuredClone(nxJson) as Record<string | number, unknown>;
  for (const { path, value, insert } of changes) {
    let parent = copy;
    for (const step of path.slice(0, -1)) {
      parent[step] ??= {};
      parent = parent[step] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1];
    if (insert && Array.isArray(parent)) parent.splice(Number(last), 0, value);
    else parent[last] = structuredClone(value);
  }
  return copy as T;
}
