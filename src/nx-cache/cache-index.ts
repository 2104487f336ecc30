import { DevopsError } from '../errors/devops-error';

/** A row of Nx's `cache_outputs` table: a hash Nx will serve from the cache. */
export interface IndexedEntry {
  hash: string;
  /** When Nx last served or stored it, in milliseconds since the epoch. */
  accessedAt: number;
}

export interface CacheIndex {
  path: string;
  entries(): IndexedEntry[];
  /** Deletes the rows of these hashes, or every row when `hashes` is 'all'. */
  forget(hashes: string[] | 'all'): number;
  close(): void;
}

interface SqlDatabase {
  prepare(sql: string): {
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): { changes: number };
  };
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
  close(): void;
}

/** How long to wait for another Nx process to finish writing, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens Nx's cache index, the sqlite database of Nx 21 and later, with a
 * real SQLite (libsql) that shares Nx's WAL locking, so a parent `nx run`
 * holding the same database keeps working. Returns undefined for a
 * database without a `cache_outputs` table (no cached task yet).
 */
export function openCacheIndex(
  path: string,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
): CacheIndex | undefined {
  const guard = <T>(body: () => T): T => {
    try {
      return body();
    } catch (error) {
      throw describeIndexError(path, error as Error, busyTimeoutMs);
    }
  };
  const db = guard(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('libsql');
    return new Database(path, { timeout: busyTimeoutMs }) as SqlDatabase;
  });
  const table = guard(() =>
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'cache_outputs'",
      )
      .all(),
  );
  if (table.length === 0) {
    db.close();
    return undefined;
  }
  return {
    path,
    entries: () => guard(() => readEntries(db)),
    forget: (hashes) => guard(() => deleteRows(db, hashes)),
    close: () => db.close(),
  };
}

function readEntries(db: SqlDatabase): IndexedEntry[] {
  const rows = db
    .prepare('SELECT hash, accessed_at FROM cache_outputs')
    .all() as { hash: string; accessed_at: string | null }[];
  return rows.map((row) => ({
    hash: row.hash,
    // SQLite's CURRENT_TIMESTAMP is UTC without a zone: "2026-12-03 18:53:21".
    accessedAt: row.accessed_at
      ? Date.parse(`${row.accessed_at.replace(' ', 'T')}Z`)
      : 0,
  }));
}

function deleteRows(db: SqlDatabase, hashes: string[] | 'all'): number {
  if (hashes === 'all')
    return db.prepare('DELETE FROM cache_outputs').run().changes;
  const statement = db.prepare('DELETE FROM cache_outputs WHERE hash = ?');
  const deleteAll = db.transaction((list: string[]) =>
    list.reduce((count, hash) => count + statement.run(hash).changes, 0),
  );
  return deleteAll(hashes);
}

function describeIndexError(
  path: string,
  error: Error & { code?: string },
  busyTimeoutMs: number,
): Error {
  const code = error.code ?? '';
  if (/BUSY|LOCKED/.test(code) || /locked|busy/i.test(error.message)) {
    return new DevopsError(
      `The Nx cache index ${path} is busy (${error.message}): another process kept it locked for more than ${busyTimeoutMs / 1000} s.`,
      'Stop the Nx daemon (npx nx daemon --stop), close Nx Console in your editor and wait for running nx commands to end, then run cache-reset again.',
    );
  }
  return new DevopsError(
    `Could not read the Nx cache index ${path}: ${error.message}${code ? ` (${code})` : ''}.`,
    'Check that the file is a readable Nx database; if it is damaged, stop every nx process and delete the workspace data directory (npx nx reset --only-workspace-data).',
  );
}
