import { DevopsError } from '../errors/devops-error';
import { readErrorMessage } from './read-error-message';
import { redactSecrets } from './redact-secrets';

/**
 * Turns a connection failure that waiting will not fix into an error that
 * names the database URL, password hidden, and the likely fix.
 */
export function describeConnectionError(
  error: unknown,
  databaseUrl: string,
): DevopsError {
  const message = describeFailure(error, databaseUrl);
  return new DevopsError(
    redactSecrets(message.text, [databaseUrl]),
    message.hint,
  );
}

function describeFailure(error: unknown, databaseUrl: string) {
  const code = readCode(error);
  const target = readTarget(databaseUrl);

  switch (code) {
    case '28P01':
      return {
        text: `PostgreSQL at ${databaseUrl} rejected the password of user "${target.user}" (SQLSTATE 28P01).`,
        hint: 'Fix the password in the database URL, then run the target again.',
      };
    case '3D000':
      return {
        text: `Database "${target.database}" does not exist at ${databaseUrl} (SQLSTATE 3D000).`,
        hint: 'Create the database, or fix its name in the database URL.',
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        text: `Cannot resolve the host "${target.host}" of ${databaseUrl} (${code}).`,
        hint: 'Fix the host in the database URL: inside Docker Compose use the service name, on the host machine use localhost.',
      };
  }
  return {
    text: `Cannot connect to ${databaseUrl}: ${readErrorMessage(error)}${code ? ` (${code})` : ''}.`,
    hint: 'Check the database URL and that PostgreSQL is running, then run the target again.',
  };
}

function readCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function readTarget(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    return {
      user: decodeURIComponent(url.username),
      host: url.hostname,
      database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    };
  } catch {
    return { user: '', host: '', database: '' };
  }
}
