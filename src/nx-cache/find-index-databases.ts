import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The database files in a workspace data directory, such as
 * `3d1219c7...-v2.db` (Nx 22) or `...-v6.db` (Nx 24). One per machine id
 * and schema version, so an upgraded workspace can hold several; each one
 * with a `cache_outputs` table indexes the task cache.
 */
export function findIndexDatabases(dataDirectory: string): string[] {
  try {
    return readdirSync(dataDirectory)
      .filter((name) => name.endsWith('.db'))
      .sort()
      .map((name) => join(dataDirectory, name));
  } catch {
    return [];
  }
}
