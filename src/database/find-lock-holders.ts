import type { DatabaseSession } from './open-database-session';
import { MIGRATION_LOCK_KEY } from './migration-lock-key';

export interface LockHolder {
  pid: number;
  applicationName: string;
  state: string;
  /** The session's current query, or its last one when idle. */
  query: string;
}

/**
 * The sessions that hold the migration lock on the current database, from
 * pg_locks and pg_stat_activity. Without the pg_read_all_stats role,
 * PostgreSQL shows another user's query as "<insufficient privilege>".
 */
export async function findLockHolders(
  session: DatabaseSession,
): Promise<LockHolder[]> {
  const { rows } = await session.query(
    `select l.pid,
            coalesce(a.application_name, '') as "applicationName",
            coalesce(a.state, 'unknown') as state,
            coalesce(a.query, '') as query
       from pg_locks l
       left join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted
        and l.database = (select oid from pg_database where datname = current_database())
        and l.classid = $1 and l.objid = $2 and l.objsubid = 2
        and l.pid <> pg_backend_pid()`,
    [...MIGRATION_LOCK_KEY],
  );
  return rows as LockHolder[];
}
