/** What cache-reset deletes, grouped by scope so the summary can name them. */
export type ResetScope = 'task cache' | 'workspace data' | 'tool caches';

export interface PlannedRemoval {
  scope: ResetScope;
  path: string;
  bytes: number;
}

/** Rows of one cache index database to delete before the files they point to. */
export interface PlannedIndexChange {
  database: string;
  hashes: string[] | 'all';
}

export interface ResetPlan {
  removals: PlannedRemoval[];
  indexChanges: PlannedIndexChange[];
  /** Task cache entries (hashes) the plan removes, for the summary. */
  entryCount: number;
  /** The running daemon's process id, when the plan stops it. */
  daemonPid?: number;
  /** Folders that deletions must stay inside, as real paths. */
  allowedRoots: string[];
}
