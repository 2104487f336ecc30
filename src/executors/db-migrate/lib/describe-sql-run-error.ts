import { relative } from 'node:path';
import { readErrorMessage } from '../../../database/read-error-message';
import { DevopsError } from '../../../errors/devops-error';
import type { NormalizedOptions } from './normalize-options';

// node-pg-migrate's checkOrder, comparing the applied names with the files.
const OUT_OF_ORDER =
  /Not run migration (.+) is preceding already run migration (.+)$/;

/**
 * The error of a sql-mode pass that failed before any migration started,
 * over the folder's files, their order, or the migrations table: thrown as
 * it is by status and dryRun, logged as one line by a run.
 */
export function describeSqlRunError(
  error: unknown,
  options: NormalizedOptions,
  databaseUrl: string,
): DevopsError {
  const folder = relative(options.root, options.migrationsDirectory ?? '');
  const message = readErrorMessage(error);

  const outOfOrder = OUT_OF_ORDER.exec(message);
  if (outOfOrder) {
    const [, pending, applied] = outOfOrder;
    return new DevopsError(
      `The migrations of ${folder} are out of order on ${databaseUrl}: ${folder}/${pending}.sql is not applied, but sorts before ${applied}, which is.`,
      `A new migration must sort after every applied one: rename ${pending}.sql with a later numeric prefix (or restore ${applied}.sql if it was renamed or removed), then run the target again.`,
    );
  }
  if (/numeric prefix/.test(message)) {
    return new DevopsError(
      `A file in ${folder} has no numeric prefix: ${message}.`,
      'Name migrations like 0001_create-users.sql so they sort in order, then run the target again.',
    );
  }
  return new DevopsError(
    `Reading the migrations of ${folder} on ${databaseUrl} failed: ${message}.`,
    'Fix the cause, then run the target again.',
  );
}
