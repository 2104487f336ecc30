/**
 * Where a cache path came from, for errors: `source` names the setting
 * and its value, `fix` says what to change.
 */
export interface CacheSetting {
  source: string;
  fix: string;
}

/** A task cache directory and the workspace data directory whose database indexes it. */
export interface CacheLocation {
  cacheDirectory: string;
  dataDirectory: string;
  /** True for a directory shared by checkouts (the main worktree's, or `~/.nx/<id>`). */
  shared: boolean;
  cacheSetting: CacheSetting;
  dataSetting: CacheSetting;
}

/** The settings behind Nx 23.2's per-repository folders `~/.nx/<id>`. */
export const SHARED_FOLDER_SETTINGS: Pick<
  CacheLocation,
  'cacheSetting' | 'dataSetting'
> = {
  cacheSetting: {
    source: "Nx's shared cache folder under ~/.nx (Nx 23.2 and later)",
    fix: 'Make ~/.nx a plain folder of your own, or set NX_CACHE_DIRECTORY to a folder that holds only the Nx cache',
  },
  dataSetting: {
    source: "Nx's shared database folder under ~/.nx (Nx 23.2 and later)",
    fix: 'Make ~/.nx a plain folder of your own, or set NX_WORKSPACE_DATA_DIRECTORY to a folder that holds only Nx workspace data',
  },
};
