import { readErrorMessage } from '../../../database/read-error-message';
import type { SqlLocation } from '../../../migrations/locate-sql-position';

export interface MigrationFailure {
  error: unknown;
  /** The migration that was running, if the failure happened inside one. */
  migration?: string;
  /** Migrations of this run that finished before the failure. */
  finishedBefore: number;
  transaction: 'each' | 'all' | 'none';
  /** The database URL, still to be redacted by the caller. */
  databaseUrl: string;
  /** Where in the migration file the SQL error is, when known. */
  location?: SqlLocation;
}

/** One line saying which migration failed, why, and what stays applied. */
export function describeMigrationFailure(failure: MigrationFailure): string {
  const reason = `${readErrorMessage(failure.error)}${describeLocation(failure)}`;
  if (!failure.migration) {
    return `Running migrations on ${failure.databaseUrl} failed: ${reason}. Fix the cause, then run the target again.`;
  }
  return (
    `Migration ${failure.migration} failed on ${failure.databaseUrl}: ${reason}. ` +
    `${describeOutcome(failure, failure.migration)} ` +
    'Fix the migration, then run the target again.' +
    showLine(failure.location)
  );
}

function describeLocation({ error, location }: MigrationFailure): string {
  const { code, position } = (error ?? {}) as {
    code?: unknown;
    position?: unknown;
  };
  const where = location
    ? `line ${location.line}, column ${location.column}`
    : position !== undefined && `position ${position}`;
  const parts = [typeof code === 'string' && `SQLSTATE ${code}`, where].filter(
    Boolean,
  );
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

// The failing line with a caret under the column, as compilers show it.
function showLine(location: SqlLocation | undefined): string {
  if (!location) return '';
  const number = String(location.line);
  const caret = `${' '.repeat(number.length)} | ${' '.repeat(location.column - 1)}^`;
  return `\n${number} | ${location.text}\n${caret}`;
}

function describeOutcome(failure: MigrationFailure, migration: string): string {
  const before = failure.finishedBefore;
  switch (failure.transaction) {
    case 'each': {
      const thisRun =
        before > 0 ? `, including the ${before} applied in this run` : '';
      return `Earlier migrations stay applied${thisRun}; ${migration} was rolled back and is not recorded.`;
    }
    case 'all':
      return before > 0
        ? `${migration} and the ${before} migrations before it in this run were rolled back together; migrations of earlier runs stay applied.`
        : `${migration} was rolled back and is not recorded; earlier migrations stay applied.`;
    case 'none':
      return `Without a transaction, ${migration} may be partly applied and is not recorded; earlier migrations stay applied.`;
  }
}
