import { readErrorMessage } from '../../../database/read-error-message';
import type { SqlLocation } from '../../../migrations/locate-sql-position';

export interface MigrationFailure {
  error: unknown;
  /** The migration that was running, if the failure happened inside one. */
  migration?: string;
  /** Its file, relative to the workspace root, when `migration` is a name. */
  file?: string;
  /** Migrations of this run that finished before the failure. */
  finishedBefore: number;
  transaction: 'each' | 'all' | 'none';
  /** The database URL, still to be redacted by the caller. */
  databaseUrl: string;
  /** Where in the migration file the SQL error is, when known. */
  location?: SqlLocation;
  /** After a lock timeout: the sessions holding table locks, described. */
  tableLockHolders?: string[];
  /** The lockTimeoutSeconds option, for a lock timeout. */
  lockTimeoutSeconds?: number;
}

// lock_not_available: lock_timeout ran out (or a NOWAIT lock was refused).
const LOCK_TIMEOUT = '55P03';

/** One line saying which migration failed, why, and what stays applied. */
export function describeMigrationFailure(failure: MigrationFailure): string {
  const reason = `${readErrorMessage(failure.error)}${describeLocation(failure)}`;
  if (!failure.migration) {
    return `Running migrations on ${failure.databaseUrl} failed: ${reason}. Fix the cause, then run the target again.`;
  }
  const file = failure.file ? ` (${failure.file})` : '';
  return (
    `Migration ${failure.migration}${file} failed on ${failure.databaseUrl}: ${reason}. ` +
    `${describeOutcome(failure, failure.migration)} ` +
    describeNextStep(failure) +
    showLine(failure.location)
  );
}

function describeNextStep(failure: MigrationFailure): string {
  const code = (failure.error as { code?: unknown } | undefined)?.code;
  if (code !== LOCK_TIMEOUT) {
    return 'Fix the migration, then run the target again.';
  }
  const seconds = failure.lockTimeoutSeconds ?? 0;
  const waited = seconds > 0 ? ` for lockTimeoutSeconds (${seconds} s)` : '';
  const holders = failure.tableLockHolders;
  if (holders?.length === 0) {
    return `It waited${waited} for a table lock that no other session holds any more; run the target again.`;
  }
  const who = holders
    ? `; sessions holding table locks in this database: ${holders.join('; ')}`
    : ' another session holds (see pg_locks)';
  return (
    `It waited${waited} for a table lock${who}. ` +
    'Let that session finish, or end it (select pg_terminate_backend(<pid>)), or raise lockTimeoutSeconds, then run the target again.'
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
