import { DevopsError } from '../errors/devops-error';
import type { TypeOrmDataSource } from './typeorm-data-source';

/**
 * Picks the TypeORM DataSource among a module's exports: the one named
 * `exportName`, or else the only export shaped like a DataSource. `file`
 * only names the module in errors.
 */
export function selectDataSource(
  moduleExports: Record<string, unknown>,
  exportName: string | undefined,
  file: string,
): TypeOrmDataSource {
  if (exportName) return pickNamedExport(moduleExports, exportName, file);

  const names = Object.keys(moduleExports).filter((name) =>
    isDataSource(moduleExports[name]),
  );
  if (names.length === 1) return moduleExports[names[0]] as TypeOrmDataSource;

  const found =
    names.length === 0
      ? `exports no TypeORM DataSource (its exports: ${listNames(moduleExports)})`
      : `exports ${names.length} TypeORM DataSources (${names.join(', ')})`;
  throw new DevopsError(
    `The data source file ${file} ${found}.`,
    names.length === 0
      ? 'Export the DataSource from that file, for example `export const connectionSource = new DataSource({...})`, or point the dataSource option at the file that does.'
      : 'Set the dataSourceExport option to the one to migrate.',
  );
}

function pickNamedExport(
  moduleExports: Record<string, unknown>,
  exportName: string,
  file: string,
): TypeOrmDataSource {
  const value = moduleExports[exportName];
  if (isDataSource(value)) return value;

  const problem =
    value === undefined
      ? 'has no export named'
      : 'has an export that is not a TypeORM DataSource named';
  throw new DevopsError(
    `The data source file ${file} ${problem} "${exportName}" (dataSourceExport). Its exports: ${listNames(moduleExports)}.`,
    'Set dataSourceExport to the export that holds the DataSource, or remove it to use the only one.',
  );
}

function isDataSource(value: unknown): value is TypeOrmDataSource {
  const candidate = value as Partial<Record<string, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.initialize === 'function' &&
    typeof candidate.runMigrations === 'function' &&
    typeof candidate.options === 'object' &&
    candidate.options !== null
  );
}

function listNames(moduleExports: Record<string, unknown>): string {
  const names = Object.keys(moduleExports).filter(
    (name) => name !== '__esModule',
  );
  return names.length > 0 ? names.join(', ') : 'none';
}
