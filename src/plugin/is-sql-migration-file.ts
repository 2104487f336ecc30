/**
 * Whether a path is a `.sql` file with a numeric prefix in a folder named
 * `migrations`: the files db-migrate's sql mode applies, in order.
 */
export function isSqlMigrationFile(path: string): boolean {
  return /(^|\/)migrations\/\d[^/]*\.sql$/.test(path);
}
