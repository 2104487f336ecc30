import { REDACTED, redactDatabaseUrl } from './redact-database-url';

// Passwords match case-sensitively, so the scheme is spelled out in both cases.
const URL_WITH_CREDENTIALS = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s:/@]*:[^\s/]*@/;

/**
 * Hides the passwords of `databaseUrls` wherever they appear in `text`: in
 * any URL, and bare, both as written in the URL (percent-encoded) and
 * decoded. A database driver's error message can quote either.
 *
 * The user part of a URL is kept even when it equals the password, so that
 * `postgres://postgres:postgres@...` still reads `postgres://postgres:***@`.
 */
export function redactSecrets(
  text: string,
  databaseUrls: readonly (string | undefined)[],
): string {
  const passwords = listPasswords(databaseUrls);
  if (passwords.length === 0) return redactDatabaseUrl(text);

  const pattern = new RegExp(
    `${URL_WITH_CREDENTIALS.source}|${passwords.map(escapeRegExp).join('|')}`,
    'g',
  );
  return redactDatabaseUrl(
    text.replace(pattern, (match) =>
      match.includes('://') ? redactDatabaseUrl(match) : REDACTED,
    ),
  );
}

function listPasswords(urls: readonly (string | undefined)[]): string[] {
  const passwords = new Set<string>();
  for (const url of urls) {
    const password = readRawPassword(url);
    if (!password) continue;
    passwords.add(password);
    passwords.add(safeDecode(password));
  }
  // Longest first, so a password is never half-replaced by a shorter one.
  return [...passwords].sort((a, b) => b.length - a.length);
}

function readRawPassword(url: string | undefined): string | undefined {
  const match = url?.match(/^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s/]*)@/i);
  return match?.[1];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
