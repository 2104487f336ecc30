import type { ClientConfig } from 'pg';
import type { DatabaseSessionOptions } from './open-database-session';

// The first keepalive probe after this much silence: the session that holds
// the migration lock sits idle while TypeORM's pool or a command does the
// work, and an idle TCP connection is what NAT and proxies drop.
const KEEP_ALIVE_DELAY_MS = 10_000;

/**
 * The pg Client options of the migration session: its name in
 * pg_stat_activity, TCP keepalive, its timeouts, and how long one attempt
 * to connect may take.
 */
export function buildSessionConfig(
  databaseUrl: string,
  connectTimeoutMs: number,
  options: DatabaseSessionOptions,
): ClientConfig {
  return {
    connectionString: databaseUrl,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: options.applicationName,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEP_ALIVE_DELAY_MS,
    statement_timeout: toMilliseconds(options.statementTimeoutSeconds),
    lock_timeout: toMilliseconds(options.lockTimeoutSeconds),
  };
}

function toMilliseconds(seconds: number): number | undefined {
  return seconds > 0 ? Math.round(seconds * 1000) : undefined;
}
