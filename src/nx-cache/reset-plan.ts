/** What cache-reset deletes, grouped by scope so the summary can name them. */
export type ResetScope = 'task cache' | 'workspace data' | 'tool caches';

export interface PlannedRemoval {
  scope: ResetScope;
  path: string;
  bytes: number;
  /** The task cache entry (its hash) that the path belongs to, if any. */
  entry?: string;
}

/** Rows of one cache index database to delete before the files they point to. */
export interface PlannedIndexChange {
  database: string;
  hashes: string[] | 'all';
}

/** What a task cache folder holds that Nx did not write, left in place. */
export interface LeftContents {
  cacheDirectory: string;
  /** Paths relative to `cacheDirectory`. */
  names: string[];
  /** The setting that named the folder, for the warning. */
  source: string;
}

export interface ResetPlan {
  removals: PlannedRemoval[];
  indexChanges: PlannedIndexChange[];
  /** The running daemon's process id, when the plan stops it. */
  daemonPid?: number;
  /** Folders that deletions must stay inside, as real paths. */
  allowedRoots: string[];
  /** Task cache folders that hold files of others, one item per folder. */
  left: LeftContents[];
}
