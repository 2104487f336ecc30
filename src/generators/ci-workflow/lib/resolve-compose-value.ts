/**
 * Resolves compose's `${VAR:-default}`, `${VAR-default}` and `${VAR}` to
 * what they give when no variable is set: the default, else nothing.
 */
export function resolveComposeValue(value: string): string {
  return value
    .replace(
      /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g,
      (_, fallback) => fallback ?? '',
    )
    .replace(/\$\$/g, '$');
}
