import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureEntry {
  hash: string;
  /** Bytes of the cached output file. */
  bytes: number;
  /** `accessed_at` as SQLite writes it: "2026-12-03 18:53:21" (UTC). */
  accessedAt: string;
}

/**
 * Lays out what Nx 22 leaves after running cached tasks: `<hash>/` with
 * an output file and `terminalOutputs/<hash>` in the cache folder, and a
 * real WAL-mode sqlite database with Nx's `cache_outputs` table in the
 * workspace data folder. Returns the database's path.
 */
export function writeNxCacheFixture(
  cacheDirectory: string,
  dataDirectory: string,
  entries: FixtureEntry[],
): string {
  mkdirSync(join(cacheDirectory, 'terminalOutputs'), { recursive: true });
  mkdirSync(dataDirectory, { recursive: true });
  for (const entry of entries) {
    const output = join(cacheDirectory, entry.hash, 'app', 'dist');
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, 'out.txt'), 'x'.repeat(entry.bytes));
    writeFileSync(
      join(cacheDirectory, 'terminalOutputs', entry.hash),
      `built ${entry.hash}\n`,
    );
  }
  const path = join(dataDirectory, '3d1219c7c4c5404aaa1f6d2a48adfda4-v2.db');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('libsql');
  const db = new Database(path);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS cache_outputs (
    hash TEXT PRIMARY KEY NOT NULL, code INTEGER NOT NULL, size INTEGER NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    accessed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)`);
  const insert = db.prepare(
    'INSERT INTO cache_outputs (hash, code, size, accessed_at) VALUES (?, 0, ?, ?)',
  );
  for (const entry of entries)
    insert.run(entry.hash, entry.bytes, entry.accessedAt);
  db.close();
  return path;
}

/** The hashes left in a fixture database. */
export function readIndexedHashes(databasePath: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('libsql');
  const db = new Database(databasePath);
  const rows = db.prepare('SELECT hash FROM cache_outputs ORDER BY hash').all();
  db.close();
  return rows.map((row: { hash: string }) => row.hash);
}
