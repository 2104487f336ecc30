import type { LockHolder } from './find-lock-holders';

// What db-migrate's own sessions are called (see buildApplicationName).
const OWN_SESSION = /^twenty-devops /;

/**
 * One session for messages: `pid 123 (application "x", client 10.0.0.5,
 * connected since 2024-05-01 10:00:00 UTC, 35 s ago, idle)`, then its
 * query. The last query of an idle db-migrate session is only its own
 * lock call, so that one is left out: the application name says more.
 */
export function describeLockHolder(holder: LockHolder): string {
  const details = [
    holder.applicationName && `application "${holder.applicationName}"`,
    holder.clientAddress && `client ${holder.clientAddress}`,
    holder.connectedAt && describeSince(holder),
    holder.state,
  ].filter(Boolean);
  return `pid ${holder.pid} (${details.join(', ')})${describeQuery(holder)}`;
}

function describeSince({ connectedAt, connectedSeconds }: LockHolder) {
  const ago = connectedSeconds === null ? '' : `, ${connectedSeconds} s ago`;
  return `connected since ${connectedAt}${ago}`;
}

function describeQuery(holder: LockHolder): string {
  const { state, applicationName } = holder;
  if (state === 'idle' && OWN_SESSION.test(applicationName)) return '';
  const query = holder.query.replace(/\s+/g, ' ').trim().slice(0, 200);
  // pg_stat_activity keeps the last query of an idle session.
  const label = state.startsWith('idle') ? 'last query' : 'query';
  return `, ${label}: ${query || '(no query)'}`;
}
