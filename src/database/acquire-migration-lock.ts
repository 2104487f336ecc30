import { DevopsError } from '../errors/devops-error';
import { describeLockHolder } from './describe-lock-holder';
import { findLockHolders, type LockHolder } from './find-lock-holders';
import { MIGRATION_LOCK_KEY } from './migration-lock-key';
import type { DatabaseSession } from './open-database-session';

export interface AcquireMigrationLockOptions {
  /** How long to wait while another session holds the lock, in seconds. */
  timeoutSeconds: number;
  /** Told once, when the lock is taken by another session. */
  onWait?: (holders: LockHolder[]) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const POLL_MS = 200;

/**
 * Takes the migration lock on `session`, waiting up to `timeoutSeconds`
 * while another live session holds it, and resolves with the milliseconds
 * waited. The lock belongs to the session: PostgreSQL releases it when the
 * session ends, even when its process was killed.
 *
 * It polls pg_try_advisory_lock rather than blocking in pg_advisory_lock,
 * so that the wait has a bound that does not depend on the session's
 * statement_timeout, and so that the holder can be named when it runs out.
 */
export async function acquireMigrationLock(
  session: DatabaseSession,
  options: AcquireMigrationLockOptions,
): Promise<number> {
  const { sleep = delay, now = Date.now } = options;
  const start = now();
  let told = false;

  for (;;) {
    if (await tryLock(session)) return now() - start;

    const waitedMs = now() - start;
    if (waitedMs >= options.timeoutSeconds * 1000) {
      throw describeTimeout(await findLockHolders(session), options);
    }
    if (!told) {
      told = true;
      options.onWait?.(await findLockHolders(session));
    }
    await sleep(POLL_MS);
  }
}

async function tryLock(session: DatabaseSession): Promise<boolean> {
  const { rows } = await session.query(
    'select pg_try_advisory_lock($1, $2) as locked',
    [...MIGRATION_LOCK_KEY],
  );
  return (rows[0] as { locked?: boolean } | undefined)?.locked === true;
}

function describeTimeout(
  holders: LockHolder[],
  options: AcquireMigrationLockOptions,
): DevopsError {
  const who =
    holders.length > 0
      ? holders.map(describeLockHolder).join('; ')
      : 'a session that has just ended';
  return new DevopsError(
    `The migration lock of this database is still held after ${options.timeoutSeconds} s, by ${who}.`,
    'Wait for that run to finish, or end it (select pg_terminate_backend(<pid>)) if it is stuck, or raise migrationLockTimeoutSeconds.',
  );
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
