/**
 * The most useful one-line text of a thrown value. Node reports a failed
 * connection to both addresses of `localhost` as an AggregateError with an
 * empty message, so that falls back to its inner errors, then its code.
 */
export function readErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;

  const inner = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(inner) && inner.length > 0) {
    return inner.map(readErrorMessage).join('; ');
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}
