import type { LockHolder } from './find-lock-holders';
import { LOCK_HOLDER_COLUMNS } from './lock-holder-columns';
import type { DatabaseSession } from './open-database-session';

// PostgreSQL's FirstNormalObjectId: below it are its own catalogs.
const FIRST_USER_OID = 16384;

/**
 * The other sessions that hold a lock on a table (or index, sequence) of
 * the current database, longest connected first, at most `limit`. After a
 * migration gave up on lock_timeout, the one it waited for is among them:
 * the DDL of migrations takes locks that conflict with any other.
 */
export async function findTableLockHolders(
  session: DatabaseSession,
  limit = 5,
): Promise<LockHolder[]> {
  const { rows } = await session.query(
    `select a.pid, ${LOCK_HOLDER_COLUMNS}
       from pg_stat_activity a
      where a.datname = current_database()
        and a.pid <> pg_backend_pid()
        and a.pid in (
          select l.pid from pg_locks l
           where l.locktype = 'relation' and l.granted
             and l.relation >= $1::oid
             and l.database = (select oid from pg_database where datname = current_database()))
      order by a.backend_start
      limit $2`,
    [FIRST_USER_OID, limit],
  );
  return rows as LockHolder[];
}
