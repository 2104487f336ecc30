import { readErrorMessage } from '../../../database/read-error-message';

export interface MigrationFailure {
  error: unknown;
  /** The migration that was running, if the failure happened inside one. */
  migration?: string;
  /** Migrations of this run that finished before the failure. */
  finishedBefore: number;
  transaction: 'each' | 'all' | 'none';
  /** The database URL, still to be redacted by the caller. */
  databaseUrl: string;
}

/** One line saying which migration failed, why, and what stays applied. */
export function describeMigrationFailure(failure: MigrationFailure): string {
  const reason = `${readErrorMessage(failure.error)}${describeLocation(failure.error)}`;
  if (!failure.migration) {
    return `Running migrations on ${failure.databaseUrl} failed: ${reason}. Fix the cause, then run the target again.`;
  }
  return (
    `Migration ${failure.migration} failed on ${failure.databaseUrl}: ${reason}. ` +
    `${describeOutcome(failure, failure.migration)} ` +
    'Fix the migration, then run the target again.'
  );
}

function describeLocation(error: unknown): string {
  const { code, position } = (error ?? {}) as {
    code?: unknown;
    position?: unknown;
  };
  const parts = [
    typeof code === 'string' && `SQLSTATE ${code}`,
    position !== undefined && `position ${position}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
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
