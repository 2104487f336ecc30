/** The text that replaces a password. */
export const REDACTED = '***';

// `scheme://user:password@`, password up to the last `@` before a slash or
// whitespace, so an unencoded `@` inside the password is hidden too.
const CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s/]*@/gi;
const PASSWORD_PARAMETER = /([?&]password=)[^&#\s]*/gi;

/**
 * Hides the password of every database URL in `text`, in the user info and
 * in a `password=` query parameter, and keeps the rest readable:
 * `postgres://u:secret@h:5432/db` becomes `postgres://u:***@h:5432/db`.
 */
export function redactDatabaseUrl(text: string): string {
  return text
    .replace(CREDENTIALS, `$1${REDACTED}@`)
    .replace(PASSWORD_PARAMETER, `$1${REDACTED}`);
}
