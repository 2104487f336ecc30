const NEW_DATA_SOURCE = /\bnew\s+DataSource\s*(?:<[^>]*>)?\s*\(/;
const EXPORT = /(?:^|[\s;])export\s/m;

/**
 * Whether a file's text exports a TypeORM `new DataSource(`: a cheap text
 * check, since inference runs on every nx command and must not load
 * TypeScript or the data source itself.
 */
export function hasDataSourceExport(text: string): boolean {
  return NEW_DATA_SOURCE.test(text) && EXPORT.test(text);
}
