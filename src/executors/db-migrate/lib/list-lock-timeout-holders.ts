import { describeLockHolder } from '../../../database/describe-lock-holder';
import { findTableLockHolders } from '../../../database/find-table-lock-holders';
import type { DatabaseSession } from '../../../database/open-database-session';

/**
 * When a migration gave up on lock_timeout (SQLSTATE 55P03), the sessions
 * that hold table locks now, described for the failure message; for any
 * other error, or when the lookup fails (the migration's error is still
 * the one reported), undefined.
 */
export async function listLockTimeoutHolders(
  error: unknown,
  session: DatabaseSession,
): Promise<string[] | undefined> {
  if ((error as { code?: unknown } | undefined)?.code !== '55P03') {
    return undefined;
  }
  try {
    return (await findTableLockHolders(session)).map(describeLockHolder);
  } catch {
    return undefined;
  }
}
