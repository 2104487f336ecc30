import type { CacheEntry } from './list-cache-entries';

export interface PruneRule {
  olderThanDays?: number;
  maxSizeBytes?: number;
  now: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The entries to remove: those last used before `olderThanDays`, then the
 * least recently used of the rest until the cache fits in `maxSizeBytes`.
 * `lastUsed` gives Nx's own record of use (the index's `accessed_at`); an
 * entry the index does not know falls back to when it was written.
 */
export function selectPrunedEntries(
  entries: CacheEntry[],
  lastUsed: Map<string, number>,
  rule: PruneRule,
): CacheEntry[] {
  const usedAt = (entry: CacheEntry) =>
    lastUsed.get(entry.hash) ?? entry.writtenAt;
  // The index keeps whole seconds: entries used in the same second are
  // told apart by when they were written.
  const byAge = [...entries].sort(
    (a, b) => usedAt(a) - usedAt(b) || a.writtenAt - b.writtenAt,
  );

  const cutoff =
    rule.olderThanDays === undefined
      ? -Infinity
      : rule.now - rule.olderThanDays * DAY_MS;
  const selected = byAge.filter((entry) => usedAt(entry) < cutoff);
  if (rule.maxSizeBytes === undefined) return selected;

  const rest = byAge.filter((entry) => !selected.includes(entry));
  let total = rest.reduce((sum, entry) => sum + entry.bytes, 0);
  for (const entry of rest) {
    if (total <= rule.maxSizeBytes) break;
    selected.push(entry);
    total -= entry.bytes;
  }
  return selected;
}
