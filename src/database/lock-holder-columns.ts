/**
 * The select list of a LockHolder other than its pid, read from
 * pg_stat_activity as `a`. Every column is empty or null for a session
 * pg_stat_activity does not show.
 */
export const LOCK_HOLDER_COLUMNS = `coalesce(a.application_name, '') as "applicationName",
       coalesce(host(a.client_addr), '') as "clientAddress",
       coalesce(to_char(a.backend_start at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"'), '') as "connectedAt",
       floor(extract(epoch from clock_timestamp() - a.backend_start))::int as "connectedSeconds",
       coalesce(a.state, 'unknown') as state,
       coalesce(a.query, '') as query`;
