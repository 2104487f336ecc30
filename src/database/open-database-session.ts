import { Client } from 'pg';
import { buildSessionConfig } from './build-session-config';
import { waitForDatabase } from './wait-for-database';

export interface DatabaseSessionOptions {
  /** How long to keep retrying transient connection failures, in seconds. */
  timeoutSeconds: number;
  /** PostgreSQL's statement_timeout, in seconds; 0 means no limit. */
  statementTimeoutSeconds: number;
  /** PostgreSQL's lock_timeout, in seconds; 0 means no limit. */
  lockTimeoutSeconds: number;
  /** What pg_stat_activity shows for the session, such as the run's task. */
  applicationName: string;
  /** Told about each transient failure before the pause that follows it. */
  onRetry?: (error: unknown, delayMs: number) => void;
}

/** One connection to PostgreSQL: the migration session. */
export interface DatabaseSession {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** The pg Client itself, for libraries that take one. */
  client: unknown;
  /** How long opening it waited for the database, in milliseconds. */
  waitedMs: number;
  close(): Promise<void>;
}

export type OpenDatabaseSession = (
  databaseUrl: string,
  options: DatabaseSessionOptions,
) => Promise<DatabaseSession>;

/**
 * Connects to `databaseUrl` with the session's name, TCP keepalive and
 * timeouts set, retrying only transient failures (see waitForDatabase)
 * within `timeoutSeconds`. The connection that answers is the one kept, so
 * nothing can fail between a readiness check and the real connection.
 */
export const openDatabaseSession: OpenDatabaseSession = async (
  databaseUrl,
  options,
) => {
  let client: Client | undefined;
  const waitedMs = await waitForDatabase(databaseUrl, {
    timeoutSeconds: options.timeoutSeconds,
    onRetry: options.onRetry,
    probe: async (url, timeoutMs) => {
      client = await connect(url, timeoutMs, options);
    },
  });
  const connected = client as Client;
  return {
    client: connected,
    waitedMs,
    query: (text, values) => connected.query(text, values),
    close: () => connected.end().catch(() => undefined),
  };
};

async function connect(
  databaseUrl: string,
  timeoutMs: number,
  options: DatabaseSessionOptions,
): Promise<Client> {
  const client = new Client(
    buildSessionConfig(databaseUrl, timeoutMs, options),
  );
  // A connection dropped later is reported by the query that used it; the
  // event alone would otherwise crash Node.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}
