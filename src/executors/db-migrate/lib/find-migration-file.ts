import { createRequire } from 'node:module';

/**
 * The file a TypeORM migration's class was loaded from, or undefined.
 * TypeORM keeps only an instance of each class its `migrations` globs
 * loaded, so this looks through Node's require cache for the module that
 * exports the class. Packages under node_modules are skipped: they hold no
 * migrations, and reading their exports could run their lazy getters.
 */
export function findMigrationFile(migration: object): string | undefined {
  const cache = createRequire(__filename).cache;
  for (const [filename, loaded] of Object.entries(cache)) {
    if (!loaded || /[\\/]node_modules[\\/]/.test(filename)) continue;
    if (exportsClass(loaded.exports, migration.constructor)) return filename;
  }
  return undefined;
}

function exportsClass(moduleExports: unknown, migrationClass: unknown) {
  if (moduleExports === migrationClass) return true;
  if (typeof moduleExports !== 'object' || moduleExports === null) return false;
  try {
    return Object.values(moduleExports).includes(migrationClass);
  } catch {
    // An export read before it is initialized throws; not this module.
    return false;
  }
}
