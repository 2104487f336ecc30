import { REDACTED, redactDatabaseUrl } from './redact-database-url';

// Passwords match case-sensitively, so the scheme is spelled out in both cases.
const URL_WITH_CREDENTIALS = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s:/@]*:[^\s/]*@/;
const USER_INFO_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s/]*)@/i;
// `?password=` and `&sslpassword=` of a URL, or the same keys of a libpq
// `key=value` string, quoted or not.
const PASSWORD_SETTING =
  /(?:^|[\s?&])(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s&#']+)/gi;

/**
 * Hides the passwords of `databaseUrls` wherever they appear in `text`: in
 * any URL, and bare, both as written in the URL (percent-encoded) and
 * decoded. A database driver's error message can quote either. A URL's
 * password is its user info's, and its `password` and `sslpassword` query
 * parameters; a libpq `key=value` string's, its keys of those names.
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
    for (const password of readRawPasswords(url ?? '')) {
      passwords.add(password);
      passwords.add(safeDecode(password));
    }
  }
  passwords.delete('');
  // Longest first, so a password is never half-replaced by a shorter one.
  return [...passwords].sort((a, b) => b.length - a.length);
}

function readRawPasswords(url: string): string[] {
  const userInfo = USER_INFO_PASSWORD.exec(url)?.[1];
  const settings = [...url.matchAll(PASSWORD_SETTING)].map((match) =>
    unquote(match[1]),
  );
  return userInfo ? [userInfo, ...settings] : settings;
}

// libpq's quoting: single quotes around, `\'` and `\\` inside.
function unquote(value: string): string {
  if (!value.startsWith("'")) return value;
  return value.slice(1, -1).replace(/\\(.)/g, '$1');
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
