import { readErrorMessage } from '../../../database/read-error-message';
import { relative } from 'node:path';
import type { NormalizedOptions } from './normalize-options';

/**
 * One line for a sql-mode run that failed before any migration started:
 * the folder's files, their order, or the migrations table.
 */
export function describeSqlRunError(
  error: unknown,
  options: NormalizedOptions,
  databaseUrl: string,
): string {
  const folder = relative(options.root, options.migrationsDirectory ?? '');
  const message = readErrorMessage(error);

  if (/is preceding already run migration/.test(message)) {
    return `The migrations of ${folder} are out of order on ${databaseUrl}: ${message}. A new migration must sort after every applied one; rename it with a later numeric prefix, then run the target again.`;
  }
  if (/numeric prefix/.test(message)) {
    return `A file in ${folder} has no numeric prefix: ${message}. Name migrations like 0001_create-users.sql so they sort in order, then run the target again.`;
  }
  return `Running the migrations of ${folder} on ${databaseUrl} failed: ${message}. Fix the cause, then run the target again.`;
}
