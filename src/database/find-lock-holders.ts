import type { DatabaseSession } from './open-database-session';
import { LOCK_HOLDER_COLUMNS } from './lock-holder-columns';
import { MIGRATION_LOCK_KEY } from './migration-lock-key';

export interface LockHolder {
  pid: number;
  /** Such as `twenty-devops api:db-migrate (sql, pid 4242)` for a run. */
  applicationName: string;
  /** The client's IP address; empty over a Unix socket or when hidden. */
  clientAddress: string;
  /** When the session connected, as `2024-05-01 10:00:00 UTC`; empty when hidden. */
  connectedAt: string;
  /** Seconds since then, or null when hidden. */
  connectedSeconds: number | null;
  state: string;
  /** The session's current query, or its last one when idle. */
  query: string;
}

/**
 * The sessions that hold the migration lock on the current database, from
 * pg_locks and pg_stat_activity. Without the pg_read_all_stats role,
 * PostgreSQL hides most of another user's session: its query then reads
 * "<insufficient privilege>" and its address and start are empty.
 */
export async function findLockHolders(
  session: DatabaseSession,
): Promise<LockHolder[]> {
  const { rows } = await session.query(
    `select l.pid, ${LOCK_HOLDER_COLUMNS}
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
