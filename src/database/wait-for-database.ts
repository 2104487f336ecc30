import { DevopsError } from '../errors/devops-error';
import { describeConnectionError } from './describe-connection-error';
import { isTransientConnectionError } from './is-transient-connection-error';
import { probeDatabase } from './probe-database';
import { readErrorMessage } from './read-error-message';
import { redactSecrets } from './redact-secrets';

export interface WaitForDatabaseOptions {
  /** How long to keep retrying transient failures, in seconds. */
  timeoutSeconds: number;
  /** Tries one connection; the real one uses `pg`. */
  probe?: (databaseUrl: string, timeoutMs: number) => Promise<void>;
  /** Told about each transient failure before the pause that follows it. */
  onRetry?: (error: unknown, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 1000;
const MAX_ATTEMPT_MS = 10_000;

/**
 * Resolves with the milliseconds waited once PostgreSQL at `databaseUrl`
 * accepts a connection and answers `select 1`. Retries, with a short
 * backoff, only failures of a database that is still starting; any other
 * failure, or the timeout, throws a DevopsError with the password hidden.
 */
export async function waitForDatabase(
  databaseUrl: string,
  options: WaitForDatabaseOptions,
): Promise<number> {
  const { probe = probeDatabase, sleep = delay, now = Date.now } = options;
  const timeoutMs = options.timeoutSeconds * 1000;
  const start = now();

  for (let attempt = 1; ; attempt += 1) {
    try {
      await probe(databaseUrl, clampAttempt(timeoutMs - (now() - start)));
      return now() - start;
    } catch (error) {
      if (!isTransientConnectionError(error)) {
        throw describeConnectionError(error, databaseUrl);
      }
      const waitedMs = now() - start;
      if (waitedMs >= timeoutMs) {
        throw describeTimeout(error, databaseUrl, options, waitedMs);
      }
      const pauseMs = Math.min(backoff(attempt), timeoutMs - waitedMs);
      options.onRetry?.(error, pauseMs);
      await sleep(pauseMs);
    }
  }
}

function backoff(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
}

// Each attempt gets at least a second, so a zero timeout still tries once.
function clampAttempt(remainingMs: number): number {
  return Math.min(Math.max(remainingMs, 1000), MAX_ATTEMPT_MS);
}

function describeTimeout(
  error: unknown,
  databaseUrl: string,
  options: WaitForDatabaseOptions,
  waitedMs: number,
): DevopsError {
  const message =
    `PostgreSQL at ${databaseUrl} did not accept connections within ` +
    `${options.timeoutSeconds} s (waited ${(waitedMs / 1000).toFixed(1)} s); ` +
    `the last attempt failed with: ${readErrorMessage(error)}.`;
  return new DevopsError(
    redactSecrets(message, [databaseUrl]),
    `Check that ${describeAddress(databaseUrl)} is where the database listens: when docker-up started it, the port in the database URL (or in the env file it came from) must be the host port the compose file publishes. Otherwise start the database first, or raise waitTimeoutSeconds.`,
  );
}

function describeAddress(databaseUrl: string): string {
  try {
    const { hostname, port } = new URL(databaseUrl);
    return `${hostname}:${port || '5432'}`;
  } catch {
    return 'the host and port of the database URL';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
