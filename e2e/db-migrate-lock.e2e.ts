import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  createMigrateWorkspace,
  baseUrl,
  databaseUrl,
  env,
  password,
  server,
  lockKeys,
  query,
  listTables,
  listRecorded,
  holdLock,
  waitForLockHolder,
  lockTable,
  removeMigrateWorkspace,
} from './support/db-migrate-workspace';
import { runNx } from './support/run-nx';
import { runNxAsync } from './support/run-nx-async';
import { describeWithDocker } from './support/workspace';

// Concurrent runs, sessions holding the migration lock or a table lock, and
// node-pg-migrate's CLI on the table the parallel runs filled.
describeWithDocker('db-migrate, hardened: locks, end to end', () => {
  let workspace: string;
  const nx = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    runNx(workspace, args, { ...env, ...extra });

  beforeAll(() => {
    workspace = createMigrateWorkspace();
  });

  afterAll(() => removeMigrateWorkspace(workspace));

  it('should apply each migration exactly once when four runs start at the same moment', async () => {
    const runs = await Promise.all(
      [1, 2, 3, 4].map(() =>
        runNxAsync(workspace, ['run', 'twenty-server:migrate-sql'], env),
      ),
    );

    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0, 0]);
    expect(await listRecorded('pgmigrations')).toEqual([
      '0001_create-applied-log',
      '0002_create-m2',
      '0003_create-m3',
      '0004_create-m4',
      '0005_create-m5',
    ]);
    const log = await query<{ name: string }>(
      'select name from applied_log order by name',
    );
    expect(log.map((row) => row.name)).toEqual([
      '0001',
      '0002',
      '0003',
      '0004',
      '0005',
    ]);
    const outputs = runs.map((run) => run.output);
    expect(
      outputs.filter((o) => o.includes('Applied 5 migrations')),
    ).toHaveLength(1);
    expect(
      outputs.filter((o) =>
        o.includes(
          'No pending migrations on postgres://postgres:***@localhost:55460/default (5 already applied)',
        ),
      ),
    ).toHaveLength(3);
    expect(
      outputs.some((o) =>
        /Waiting up to 300 s for the migration lock, held by pid \d+ \(application "twenty-devops twenty-server:migrate-sql \(sql, pid \d+\)", client [\da-f.:]+, connected since [\d-]+ [\d:]+ UTC, \d+ s ago, (active|idle)/.test(
          o,
        ),
      ),
    ).toBe(true);
    expect(outputs.join('\n')).not.toContain(password);
  });

  it('should apply each TypeORM migration exactly once when four typeorm-mode runs start together', async () => {
    await query('create database parallel_typeorm');
    await query('create schema core', `${baseUrl}/parallel_typeorm`);
    const url = `${baseUrl}/parallel_typeorm`;

    const runs = await Promise.all(
      [1, 2, 3, 4].map(() =>
        runNxAsync(
          workspace,
          ['run', 'twenty-server:db-migrate', '--excludeTaskDependencies'],
          { ...env, PG_DATABASE_URL: url },
        ),
      ),
    );

    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0, 0]);
    const outputs = runs.map((run) => run.output);
    expect(
      outputs.filter((o) => o.includes('Applied 6 migrations')),
    ).toHaveLength(1);
    const rows = await query<{ n: number; names: number }>(
      'select count(*)::int as n, count(distinct name)::int as names from core._typeorm_migrations',
      url,
    );
    expect(rows[0]).toEqual({ n: 6, names: 6 });
  });

  it('should name a live session holding the lock, where from and since when, and go on once that session dies', async () => {
    const holder = await holdLock(workspace);
    let killed = false;
    try {
      const blocked = nx([
        'run',
        'twenty-server:migrate-sql',
        '--migrationLockTimeoutSeconds=2',
      ]);
      expect(blocked.exitCode).not.toBe(0);
      expect(blocked.output).toMatch(
        new RegExp(
          `The migration lock of this database is still held after 2 s, by pid ${holder.pid} \\(application "e2e-lock-holder", client [\\da-f.:]+, connected since [\\d-]+ [\\d:]+ UTC, \\d+ s ago, idle\\), last query: select pg_advisory_lock\\(${lockKeys}\\)`,
        ),
      );

      holder.child.kill('SIGKILL');
      killed = true;
      const after = nx(['run', 'twenty-server:migrate-sql']);
      expect(after.exitCode).toBe(0);
      expect(after.output).toContain('No pending migrations');
    } finally {
      if (!killed) holder.child.kill('SIGKILL');
    }
  });

  it.each([
    ['typeorm', 'twenty-server:typeorm-slow'],
    ['command', 'twenty-server:command-slow'],
  ])(
    'should name the first of two %s-mode runs to the second by its application name, and the second then proceeds',
    async (mode, task) => {
      const first = runNxAsync(workspace, ['run', task], env);
      const holder = await waitForLockHolder();
      const second = await runNxAsync(workspace, ['run', task], env);
      const firstRun = await first;

      expect([firstRun.exitCode, second.exitCode]).toEqual([0, 0]);
      expect(holder.application_name).toMatch(
        new RegExp(`^twenty-devops ${task} \\(${mode}, pid \\d+\\)$`),
      );
      // Idle: the run works on other connections (TypeORM's pool, or the
      // command's), so its lock session's own last query would say nothing.
      expect(second.output).toMatch(
        new RegExp(
          `Waiting up to 300 s for the migration lock, held by pid ${holder.pid} \\(application "${holder.application_name.replace(/[()]/g, '\\$&')}", client [\\da-f.:]+, connected since [\\d-]+ [\\d:]+ UTC, \\d+ s ago, idle\\)\\.\\.\\.`,
        ),
      );
      expect(second.output).not.toContain('pg_try_advisory_lock');
      expect(second.output).toMatch(/Took the migration lock after \d+\.\d s/);
    },
  );

  it('should give up a migration that waits past lockTimeoutSeconds for a table lock, name the session holding it, and apply nothing', async () => {
    await query('CREATE TABLE locked_target (id int)');
    const locker = await lockTable('locked_target');
    let run: ReturnType<typeof nx>;
    try {
      run = nx(['run', 'twenty-server:migrate-sql-locked']);
    } finally {
      await locker.release();
    }

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Migration packages/twenty-server/sql-locked/001_alter-target.sql failed on postgres://postgres:***@localhost:55460/default: canceling statement due to lock timeout (SQLSTATE 55P03).',
    );
    expect(run.output).toMatch(
      new RegExp(
        `It waited for lockTimeoutSeconds \\(2 s\\) for a table lock; sessions holding table locks in this database: pid ${locker.pid} \\(application "e2e-table-locker", client [\\da-f.:]+, connected since [\\d-]+ [\\d:]+ UTC, \\d+ s ago, idle in transaction\\), last query: LOCK TABLE locked_target IN ACCESS SHARE MODE\\. Let that session finish`,
      ),
    );
    expect(await listRecorded('locked_migrations')).toEqual([]);
    expect(await listTables()).not.toContain('locked_side');
    const [columns] = await query<{ n: number }>(
      "select count(*)::int as n from information_schema.columns where table_name = 'locked_target' and column_name = 'note'",
    );
    expect(columns.n).toBe(0);

    const again = nx(['run', 'twenty-server:migrate-sql-locked']);
    expect(again.exitCode).toBe(0);
    expect(again.output).toContain('Applied 1 migration to');
  });

  it("should leave the down parts to node-pg-migrate's own CLI, on the same table", async () => {
    const cli = join(workspace, 'node_modules', '.bin', 'node-pg-migrate');
    const down = spawnSync(
      cli,
      [
        'down',
        '--migrations-dir',
        `${server}/sql-migrations`,
        '--ignore-pattern',
        '(?:\\..*|.*(?<!\\.sql))',
      ],
      {
        cwd: workspace,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );

    expect(down.status).toBe(0);
    expect(await listRecorded('pgmigrations')).toHaveLength(4);
    expect(await listTables()).not.toContain('m5');

    const again = nx(['run', 'twenty-server:migrate-sql']);
    expect(again.exitCode).toBe(0);
    expect(again.output).toContain('Applied 1 migration to');
    expect(await listTables()).toContain('m5');
  });
});
