import { Client } from 'pg';

/**
 * Opens one connection to `databaseUrl`, runs `select 1` and closes it.
 * Rejects with the driver's error when any of it fails or takes longer
 * than `timeoutMs`.
 */
export async function probeDatabase(
  databaseUrl: string,
  timeoutMs: number,
): Promise<void> {
  const client = new Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // A connection dropped after connecting is reported here as well as
  // through connect() or query(); without a listener it would crash Node.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}
