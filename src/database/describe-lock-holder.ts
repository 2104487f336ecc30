import type { LockHolder } from './find-lock-holders';

/** `pid 123 (application "x", active), running: <query>`, for messages. */
export function describeLockHolder(holder: LockHolder): string {
  const app = holder.applicationName
    ? `application "${holder.applicationName}", `
    : '';
  const query = holder.query.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `pid ${holder.pid} (${app}${holder.state}), running: ${query || '(no query)'}`;
}
