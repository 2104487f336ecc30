/**
 * The two keys of the session-level advisory lock that serializes
 * db-migrate runs on one database: ASCII "twnt" and "mgrt". PostgreSQL
 * scopes advisory locks to the database, so one pair serves every database
 * on a server. In pg_locks, a two-key lock shows them as classid and objid,
 * with objsubid 2.
 */
export const MIGRATION_LOCK_KEY = [0x74776e74, 0x6d677274] as const;
