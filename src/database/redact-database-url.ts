/** The text that replaces a password. */
export const REDACTED = '***';

// `scheme://user:password@`, password up to the last `@` before a slash or
// whitespace, so an unencoded `@` inside the password is hidden too.
const CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s/]*@/gi;
// A URL's `password` or `sslpassword` (the client key's) query parameter.
const PASSWORD_PARAMETER = /([?&](?:ssl)?password=)[^&#\s]*/gi;
// The same keys in libpq's `host=db password=secret` form, where a value
// may be quoted (`password='a b'`, with `\'` inside), or in a CLI flag.
const PASSWORD_KEYWORD =
  /((?:^|[\s,;(-])(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s']+)/gi;

/**
 * Hides the password of every database URL in `text`, in the user info and
 * in a `password=` or `sslpassword=` query parameter, and in libpq
 * `key=value` connection strings, and keeps the rest readable:
 * `postgres://u:secret@h:5432/db` becomes `postgres://u:***@h:5432/db`.
 */
export function redactDatabaseUrl(text: string): string {
  return text
    .replace(CREDENTIALS, `$1${REDACTED}@`)
    .replace(PASSWORD_PARAMETER, `$1${REDACTED}`)
    .replace(PASSWORD_KEYWORD, `$1${REDACTED}`);
}
