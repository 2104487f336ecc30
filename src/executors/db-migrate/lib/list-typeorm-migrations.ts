import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import type { MigrationPlan } from './report-migration-plan';

/**
 * The applied and pending migrations of an initialized data source, by
 * name, the way TypeORM matches them. Reading only: TypeORM creates its
 * migrations table when it runs migrations, not before, so a database that
 * never ran one has every migration pending.
 */
export async function listTypeOrmMigrations(
  dataSource: TypeOrmDataSource,
): Promise<MigrationPlan> {
  const applied = await readAppliedNames(dataSource);
  const known = new Set(applied);
  const pending = dataSource.migrations
    .map((migration) => migration.name || migration.constructor.name)
    .filter((name) => !known.has(name));
  return { applied, pending };
}

async function readAppliedNames(
  dataSource: TypeOrmDataSource,
): Promise<string[]> {
  const { schema, migrationsTableName = 'migrations' } = dataSource.options;
  const table = [schema, migrationsTableName]
    .filter((part): part is string => Boolean(part))
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
  const exists = (await dataSource.query(
    `SELECT to_regclass('${table.replace(/'/g, "''")}') IS NOT NULL AS "exists"`,
  )) as { exists: boolean }[];
  if (!exists[0]?.exists) return [];

  const rows = (await dataSource.query(
    `SELECT name FROM ${table} ORDER BY id`,
  )) as { name: string }[];
  return rows.map((row) => row.name);
}
