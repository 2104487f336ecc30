/* Generated from schema.json by `npm run generate-schema-types`. Do not edit. */

/**
 * Clears the Nx task cache with its index, the workspace data, the daemon and tool caches, safely from inside nx run. With no options it does what a plain nx reset does.
 */
export interface CacheResetExecutorOptions {
  /**
   * Leave the task cache and the cache index that maps hashes to outputs as they are. Defaults to false.
   */
  skipTaskCache?: boolean;
  /**
   * Leave the workspace data (the project graph cache and plugin caches, including @twenty/devops's inference cache) as it is. Defaults to false, or true when olderThanDays or maxSize is set.
   */
  skipWorkspaceData?: boolean;
  /**
   * Leave the Nx daemon running. Defaults to false, or true when olderThanDays or maxSize is set.
   */
  skipDaemon?: boolean;
  /**
   * Also clear tool caches: jest's configured cacheDirectory, node_modules/.cache, .vite, .swc, .eslintcache and *.tsbuildinfo in project roots. Defaults to false.
   */
  toolCaches?: boolean;
  /**
   * The projects whose tool caches are cleared. Defaults to every project and the workspace root.
   */
  projects?: string[];
  /**
   * Remove only the task cache entries that Nx has not used for this many days, with their index rows. Defaults to none, which clears the whole task cache.
   */
  olderThanDays?: number;
  /**
   * Evict the least recently used task cache entries, with their index rows, until the cache fits in this size, such as 500MB or 2GB. Defaults to none, which clears the whole task cache.
   */
  maxSize?: string;
  /**
   * List what would be deleted, with sizes and a total, and delete nothing. Defaults to false.
   */
  dryRun?: boolean;
}
