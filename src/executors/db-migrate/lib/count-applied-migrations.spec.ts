import type { TypeOrmDataSource } from '../../../migrations/typeorm-data-source';
import { countAppliedMigrations } from './count-applied-migrations';

function fakeDataSource(
  options: TypeOrmDataSource['options'],
  query: (sql: string) => Promise<unknown>,
) {
  return { options, query: jest.fn(query) } as unknown as TypeOrmDataSource;
}

describe('countAppliedMigrations', () => {
  it("should count the rows of the data source's migrations table in its schema", async () => {
    const dataSource = fakeDataSource(
      { schema: 'core', migrationsTableName: '_typeorm_migrations' },
      async () => [{ count: 7 }],
    );

    await expect(countAppliedMigrations(dataSource)).resolves.toBe(7);
    expect(dataSource.query).toHaveBeenCalledWith(
      'SELECT COUNT(*)::int AS count FROM "core"."_typeorm_migrations"',
    );
  });

  it("should use TypeORM's default table name", async () => {
    const dataSource = fakeDataSource({}, async () => [{ count: 0 }]);

    await countAppliedMigrations(dataSource);
    expect(dataSource.query).toHaveBeenCalledWith(
      'SELECT COUNT(*)::int AS count FROM "migrations"',
    );
  });

  it('should give undefined when the table cannot be read', async () => {
    const dataSource = fakeDataSource({}, async () => {
      throw new Error('relation "migrations" does not exist');
    });

    await expect(countAppliedMigrations(dataSource)).resolves.toBeUndefined();
  });
});
