import { pathToFileURL } from 'node:url';
import type { NodePgMigrateRunner } from './node-pg-migrate-runner';

// node-pg-migrate 8 and later are ES modules only. This package is compiled
// to CommonJS, where TypeScript would turn `import()` into `require()`,
// which Node before 20.19 refuses for an ES module; a Function keeps the
// real `import()`.
const importModule = new Function('url', 'return import(url)') as (
  url: string,
) => Promise<{ runner: NodePgMigrateRunner }>;

/** node-pg-migrate's runner, loaded on first use only (sql mode). */
export async function importNodePgMigrate(): Promise<NodePgMigrateRunner> {
  const entry = require.resolve('node-pg-migrate');
  const { runner } = await importModule(pathToFileURL(entry).href);
  return runner;
}
