import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The task cache and its index as the workspace's own Nx keeps them.

/** Where the workspace's own Nx keeps its cache and the database indexing it. */
export function readNxLocations(workspace: string): {
  cache: string;
  data: string;
} {
  const script = `const m = require('nx/src/utils/cache-directory');
const data = m.sharedDataDirectory ? m.sharedDataDirectory(process.cwd(), 'workspace-data') : m.workspaceDataDirectory;
process.stdout.write(JSON.stringify({ cache: m.cacheDir, data }));`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: workspace,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

export function listCacheHashes(cache: string): string[] {
  return readdirSync(cache)
    .filter((name) => /^\d+$/.test(name))
    .sort();
}

/**
 * The hashes Nx would serve from the cache. Nx 24 also keeps rows for the
 * terminal output of tasks that are not cached (`is_cache_entry` false),
 * such as the cache-reset task itself; those are never hits.
 */
export function readIndex(data: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('libsql');
  const databases = readdirSync(data).filter((name) => name.endsWith('.db'));
  return databases.flatMap((name) => {
    const db = new Database(join(data, name));
    const columns = db.prepare('PRAGMA table_info(cache_outputs)').all();
    const filter = columns.some(
      (column: { name: string }) => column.name === 'is_cache_entry',
    )
      ? ' WHERE is_cache_entry'
      : '';
    const rows = db.prepare(`SELECT hash FROM cache_outputs${filter}`).all();
    db.close();
    return rows.map((row: { hash: string }) => row.hash);
  });
}

export function listTree(folder: string): string[] {
  return readdirSync(folder, { recursive: true }).map(String).sort();
}

/**
 * An empty task cache and no index, made with plain file operations (not
 * with the code under test, nor `nx reset`, whose leftovers differ by
 * version), so that each test starts from the same state.
 */
export function emptyCache(locations: { cache: string; data: string }): void {
  for (const name of existsSync(locations.cache)
    ? readdirSync(locations.cache)
    : []) {
    rmSync(join(locations.cache, name), { recursive: true, force: true });
  }
  for (const name of existsSync(locations.data)
    ? readdirSync(locations.data)
    : []) {
    if (/\.db(-wal|-shm|-journal)?$/.test(name))
      rmSync(join(locations.data, name), { force: true });
  }
}
