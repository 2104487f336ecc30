/** A task cache directory and the workspace data directory whose database indexes it. */
export interface CacheLocation {
  cacheDirectory: string;
  dataDirectory: string;
  /** True for a directory shared by checkouts (the main worktree's, or `~/.nx/<id>`). */
  shared: boolean;
}
