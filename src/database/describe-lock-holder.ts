import type { LockHolder } from './find-lock-holders';

/**
 * `pid 123 (application "x", active), query: <query>`, for messages; for
 * an idle session the query is its last one.
 */
export function describeLockHolder(holder: LockHolder): string {
  const app = holder.applicationName
    ? `application "${holder.applicationName}", `
    : '';
  const query = holder.query.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `pid ${holder.pid} (${app}${holder.state}), query: ${query || '(no query)'}`;
}
