import {
  createMigrateWorkspace,
  env,
  server,
  query,
  listTables,
  listRecorded,
  brokenMigration,
  typeOrmMigration,
  removeMigrateWorkspace,
} from './support/db-migrate-workspace';
import { runNx } from './support/run-nx';
import { describeWithDocker, writeFiles } from './support/workspace';

// Failing SQL and TypeORM migrations, each transaction mode, statement
// timeouts, and status and dry runs around a failed run.
describeWithDocker('db-migrate, hardened: failures, end to end', () => {
  let workspace: string;
  const nx = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    runNx(workspace, args, { ...env, ...extra });

  beforeAll(() => {
    workspace = createMigrateWorkspace();
  });

  afterAll(() => removeMigrateWorkspace(workspace));

  it('should name the file of a failing TypeORM migration, roll it back, and leave the migrations table as it was', async () => {
    const first = nx(['run', 'twenty-server:typeorm-failing']);
    expect(first.exitCode).toBe(0);
    const before = await listRecorded('failing_typeorm_migrations');
    expect(before).toEqual(['CreateTfA1700000000001']);
    const file = `${server}/typeorm-failing/migrations/1700000000002-create-tf-b.ts`;
    writeFiles(workspace, {
      [file]: typeOrmMigration('CreateTfB1700000000002', [
        'CREATE TABLE tf_b (id int)',
        'INSERT INTO tf_b VALUES (1)',
        'SELECT * FROM no_such_table',
      ]),
    });

    const failed = nx(['run', 'twenty-server:typeorm-failing']);

    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain(
      `Migration CreateTfB1700000000002 (${file}) failed on postgres://postgres:***@localhost:55460/default: relation "no_such_table" does not exist (SQLSTATE 42P01, position 15).`,
    );
    expect(failed.output).toContain(
      'Earlier migrations stay applied; CreateTfB1700000000002 was rolled back and is not recorded.',
    );
    expect(await listRecorded('failing_typeorm_migrations')).toEqual(before);
    const tables = await listTables();
    expect(tables).toContain('tf_a');
    expect(tables).not.toContain('tf_b');
  });

  it('should keep the migrations before a failing one, record none of the failing one, and apply it once fixed', async () => {
    const failed = nx(['run', 'twenty-server:migrate-sql-failing']);

    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain(
      'Migration packages/twenty-server/sql-failing/003_create-c.sql failed on postgres://postgres:***@localhost:55460/default: relation "no_such_table" does not exist (SQLSTATE 42P01, line 4, column 15).',
    );
    expect(failed.output).toContain(
      'Earlier migrations stay applied, including the 2 applied in this run; packages/twenty-server/sql-failing/003_create-c.sql was rolled back and is not recorded.',
    );
    expect(failed.output).toContain('4 | SELECT * FROM no_such_table;');
    expect(await listRecorded('failing_migrations')).toEqual([
      '001_create-a',
      '002_create-b',
    ]);
    const tables = await listTables();
    expect(tables).toEqual(expect.arrayContaining(['fail_a', 'fail_b']));
    expect(tables).not.toContain('fail_c');
    expect(tables).not.toContain('fail_d');
  });

  it('should list applied and pending migrations with status, and change nothing', async () => {
    const before = [
      await listTables(),
      await listRecorded('failing_migrations'),
    ];

    const status = nx(['run', 'twenty-server:migrate-sql-failing', '--status']);

    expect(status.exitCode).toBe(0);
    expect(status.output).toMatch(
      /applied {2}001_create-a\n.*applied {2}002_create-b\n.*pending {2}003_create-c\n.*pending {2}004_create-d\n.*pending {2}005_create-e\n.*2 applied, 3 pending\./s,
    );
    expect([
      await listTables(),
      await listRecorded('failing_migrations'),
    ]).toEqual(before);
  });

  it('should print what a dry run would run, and run nothing', async () => {
    const before = [
      await listTables(),
      await listRecorded('failing_migrations'),
    ];

    const dryRun = nx(['run', 'twenty-server:migrate-sql-failing', '--dryRun']);

    expect(dryRun.exitCode).toBe(0);
    expect(dryRun.output).toContain(
      'Dry run: 3 migrations would run on postgres://postgres:***@localhost:55460/default (transaction: each), in this order:',
    );
    expect(dryRun.output).toContain('Nothing was run.');
    expect([
      await listTables(),
      await listRecorded('failing_migrations'),
    ]).toEqual(before);
  });

  it('should not create the migrations table for status on a database that never ran one', async () => {
    const status = nx([
      'run',
      'twenty-server:migrate-sql',
      '--status',
      '--migrationsTable=never_created',
    ]);

    expect(status.exitCode).toBe(0);
    expect(status.output).toContain('0 applied, 5 pending.');
    const [row] = await query<{ missing: boolean }>(
      "select to_regclass('public.never_created') is null as missing",
    );
    expect(row.missing).toBe(true);
  });

  it('should apply the fixed migration and the ones after it on the next run', async () => {
    writeFiles(workspace, {
      [`${server}/sql-failing/003_create-c.sql`]: brokenMigration.replace(
        'SELECT * FROM no_such_table;',
        'SELECT * FROM fail_c;',
      ),
    });

    const fixed = nx(['run', 'twenty-server:migrate-sql-failing']);

    expect(fixed.exitCode).toBe(0);
    expect(fixed.output).toContain('Applied 3 migrations');
    expect(await listRecorded('failing_migrations')).toEqual([
      '001_create-a',
      '002_create-b',
      '003_create-c',
      '004_create-d',
      '005_create-e',
    ]);
  });

  it('should roll back every migration of the run with transaction all', async () => {
    const run = nx(['run', 'twenty-server:migrate-sql-all']);

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'packages/twenty-server/sql-all/003_create-c.sql and the 2 migrations before it in this run were rolled back together',
    );
    expect(await listRecorded('all_migrations')).toEqual([]);
    const tables = await listTables();
    expect(tables).not.toContain('all_a');
    expect(tables).not.toContain('all_b');
  });

  it('should run a migration that refuses a transaction with transaction none, and record only what finished', async () => {
    const run = nx(['run', 'twenty-server:migrate-sql-none']);

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Migration packages/twenty-server/sql-none/003_create-c.sql failed',
    );
    expect(await listRecorded('none_migrations')).toEqual([
      '001_create-a',
      '002_index-a',
    ]);
    const [index] = await query<{ n: number }>(
      "select count(*)::int as n from pg_indexes where indexname = 'none_a_id'",
    );
    expect(index.n).toBe(1);
    // PostgreSQL runs the statements of one query string together.
    expect(await listTables()).not.toContain('none_c');
  });

  it('should cancel a migration that runs past statementTimeoutSeconds', async () => {
    const run = nx(['run', 'twenty-server:migrate-sql-slow']);

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Migration packages/twenty-server/sql-slow/001_sleep.sql failed on postgres://postgres:***@localhost:55460/default: canceling statement due to statement timeout (SQLSTATE 57014',
    );
    expect(await listRecorded('slow_migrations')).toEqual([]);
  });
});
