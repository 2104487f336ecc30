import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { writeNxCacheFixture } from '../testing/write-nx-cache-fixture';
import { openCacheIndex } from './cache-index';

describe('openCacheIndex', () => {
  it('should fail naming the database and what to stop when another process holds it', () => {
    const root = makeTempDir('cache-index-');
    const database = writeNxCacheFixture(
      join(root, 'cache'),
      join(root, 'data'),
      [{ hash: '1', bytes: 1, accessedAt: '2026-12-01 10:00:00' }],
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('libsql');
    const holder = new Database(database);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const index = openCacheIndex(database, 100);

      expect(() => index?.forget('all')).toThrow(
        `The Nx cache index ${database} is busy`,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it("should read when Nx last used each entry, from SQLite's UTC timestamps", () => {
    const root = makeTempDir('cache-index-');
    const database = writeNxCacheFixture(
      join(root, 'cache'),
      join(root, 'data'),
      [{ hash: '42', bytes: 1, accessedAt: '2026-12-01 10:00:00' }],
    );

    const index = openCacheIndex(database);

    expect(index?.entries()).toEqual([
      { hash: '42', accessedAt: Date.UTC(2026, 11, 1, 10) },
    ]);
    index?.close();
  });
});
