import type { DatabaseSession } from '../../../database/open-database-session';
import { logger } from '../../../logging/logger';
import type {
  NodePgMigrateRunnerOptions,
  NodePgMigrateUnit,
} from '../../../migrations/node-pg-migrate-runner';
import type { NormalizedOptions } from './normalize-options';

// node-pg-migrate tests names against `^<pattern>$`: skip dotfiles and
// anything that is not a .sql file, such as a README.
const NOT_SQL_FILES = '(?:\\..*|.*(?<!\\.sql))';

/**
 * The runner options of one sql-mode pass: on our session, without
 * node-pg-migrate's own lock (ours is taken in every mode), checking that
 * no new file sorts before an applied one.
 */
export function buildSqlRunnerOptions(
  session: DatabaseSession,
  options: NormalizedOptions,
  loader: (filePaths: string[]) => Promise<NodePgMigrateUnit[]>,
  { dryRun, redact }: { dryRun: boolean; redact: (text: string) => string },
): NodePgMigrateRunnerOptions {
  // Its own progress lines and its dump of a failing query: we print ours.
  const verbose = (message: string) => logger.verbose(redact(message));
  return {
    dbClient: session.client,
    dir: options.migrationsDirectory ?? '',
    ignorePattern: NOT_SQL_FILES,
    migrationsTable: options.migrationsTable,
    migrationsSchema: options.migrationsSchema,
    createMigrationsSchema: true,
    direction: 'up',
    checkOrder: true,
    // A dry run lists inside a transaction we roll back; node-pg-migrate's
    // own COMMIT would end it early.
    singleTransaction: !dryRun && options.transaction === 'all',
    dryRun,
    noLock: true,
    logger: { info: verbose, warn: verbose, error: verbose },
    migrationLoaderStrategies: [{ extensions: ['.sql'], loader }],
  };
}
