const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  // SQLSTATE cannot_connect_now: "the database system is starting up".
  '57P03',
  // SQLSTATE too_many_connections: other clients will let go of theirs.
  '53300',
]);

const TRANSIENT_MESSAGES = [
  // Docker's port proxy accepts the connection, then drops it while the
  // server inside the container is not listening yet.
  /Connection terminated unexpectedly/i,
  // pg's own connectionTimeoutMillis, which each attempt sets.
  /timeout expired|connection timeout/i,
];

/**
 * Whether a failed connection attempt is worth retrying because the
 * database is still starting or busy. A wrong password, a missing database or an
 * unknown host is not: retrying would only delay the same error.
 */
export function isTransientConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;

  // Node 20 tries IPv6 and IPv4 for `localhost` and reports both failures.
  const inner = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(inner) && inner.length > 0) {
    return inner.every(isTransientConnectionError);
  }

  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  return TRANSIENT_MESSAGES.some((pattern) => pattern.test(error.message));
}
