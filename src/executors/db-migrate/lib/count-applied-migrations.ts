import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';

/**
 * How many migrations the data source's migrations table records, or
 * undefined when it cannot be read.
 */
export async function countAppliedMigrations(
  dataSource: TypeOrmDataSource,
): Promise<number | undefined> {
  const { schema, migrationsTableName = 'migrations' } = dataSource.options;
  const table = [schema, migrationsTableName]
    .filter((part): part is string => Boolean(part))
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
  try {
    const rows = (await dataSource.query(
      `SELECT COUNT(*)::int AS count FROM ${table}`,
    )) as { count: number }[];
    return rows[0]?.count;
  } catch {
    return undefined;
  }
}
