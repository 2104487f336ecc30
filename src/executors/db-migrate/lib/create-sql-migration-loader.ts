import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { NodePgMigrateUnit } from '../../../migrations/node-pg-migrate-runner';
import { parseSqlMigration } from '../../../migrations/parse-sql-migration';
import type { SqlMigrationTracker } from './track-sql-migrations';

export interface SqlMigrationLoaderOptions {
  transaction: 'each' | 'all' | 'none';
  /** The workspace root, to name files relative to it. */
  root: string;
  /** Told as each migration starts; absent when only listing. */
  tracker?: SqlMigrationTracker;
}

/**
 * node-pg-migrate's loader for `.sql` files, in our hands so that we know
 * which file runs and where its up part starts (to place an SQL error in
 * the file), and so that `transaction: none` reaches each migration.
 */
export function createSqlMigrationLoader(options: SqlMigrationLoaderOptions) {
  return async (filePaths: string[]): Promise<NodePgMigrateUnit[]> =>
    Promise.all(filePaths.map((path) => loadFile(path, options)));
}

async function loadFile(
  path: string,
  { transaction, root, tracker }: SqlMigrationLoaderOptions,
): Promise<NodePgMigrateUnit> {
  const content = await readFile(path, 'utf8');
  const { up, down } = parseSqlMigration(content);
  const file = relative(root, path);

  return {
    id: path,
    filePaths: [path],
    actions: {
      up: (pgm) => {
        tracker?.start({ file, content, offset: up.offset });
        if (transaction === 'none') pgm.noTransaction();
        pgm.sql(up.sql);
      },
      down: down ? (pgm) => pgm.sql(down.sql) : false,
    },
  };
}
