import type { DatabaseSession } from '../../../database/open-database-session';
import type { NodePgMigrateRunner } from '../../../migrations/node-pg-migrate-runner';
import { buildSqlRunnerOptions } from './build-sql-runner-options';
import { createSqlMigrationLoader } from './create-sql-migration-loader';
import type { MigrationPlan } from './report-migration-plan';
import type { NormalizedOptions } from './normalize-options';

/**
 * The applied and pending migrations of the sql folder, as node-pg-migrate
 * orders and checks them, with nothing changed: node-pg-migrate creates its
 * table even in a dry run, so the whole pass runs in a transaction that is
 * rolled back.
 */
export async function listSqlMigrations(
  runner: NodePgMigrateRunner,
  session: DatabaseSession,
  options: NormalizedOptions,
  redact: (text: string) => string,
): Promise<MigrationPlan> {
  const loader = createSqlMigrationLoader({
    transaction: options.transaction,
    root: options.root,
  });
  await session.query('BEGIN');
  try {
    const pending = await runner(
      buildSqlRunnerOptions(session, options, loader, { dryRun: true, redact }),
    );
    const { rows } = await session.query(
      `SELECT name FROM ${quoteTable(options)} ORDER BY run_on, id`,
    );
    return {
      applied: (rows as { name: string }[]).map((row) => row.name),
      pending: pending.map((migration) => migration.name),
    };
  } finally {
    await session.query('ROLLBACK').catch(() => undefined);
  }
}

function quoteTable({ migrationsSchema, migrationsTable }: NormalizedOptions) {
  return [migrationsSchema, migrationsTable]
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}
