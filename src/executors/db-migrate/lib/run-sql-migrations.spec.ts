import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DatabaseSession } from '../../../database/open-database-session';
import { DevopsError } from '../../../errors/devops-error';
import { logger } from '../../../logging/logger';
import type {
  NodePgMigrateRunner,
  NodePgMigrateRunnerOptions,
} from '../../../migrations/node-pg-migrate-runner';
import { makeTempDir } from '../../../testing/make-temp-dir';
import type { NormalizedOptions } from './normalize-options';
import { runSqlMigrations } from './run-sql-migrations';

const url = 'postgres://app:hunter2@localhost:5432/default';

let root: string;
let lines: string[];
let queries: string[];

beforeEach(() => {
  root = makeTempDir('sql-mode-');
  mkdirSync(join(root, 'db/migrations'), { recursive: true });
  writeFileSync(join(root, 'db/migrations/001_a.sql'), 'CREATE TABLE a ();\n');
  writeFileSync(
    join(root, 'db/migrations/002_b.sql'),
    '-- Up Migration\nCREATE TABLE b ();\nSELECT * FROM no_such;\n',
  );
  lines = [];
  queries = [];
  for (const level of ['info', 'warn', 'error', 'verbose'] as const) {
    jest.spyOn(logger, level).mockImplementation((text) => {
      lines.push(`${level}: ${text}`);
    });
  }
});

afterEach(() => jest.restoreAllMocks());

function options(overrides: Partial<NormalizedOptions> = {}) {
  return {
    mode: 'sql',
    migrationsDirectory: join(root, 'db/migrations'),
    migrationsTable: 'pgmigrations',
    migrationsSchema: 'public',
    transaction: 'each',
    status: false,
    dryRun: false,
    cwd: root,
    databaseUrlEnv: ['PG_DATABASE_URL'],
    waitTimeoutSeconds: 60,
    migrationLockTimeoutSeconds: 300,
    statementTimeoutSeconds: 0,
    lockTimeoutSeconds: 0,
    nxTask: { root, projectRoot: '.', targetName: 'db-migrate' },
    target: 'api:db-migrate',
    root,
    ...overrides,
  } as NormalizedOptions;
}

// Plays node-pg-migrate: loads every .sql file through our loader, skips
// `applied` of them, builds each one and "runs" it, failing on no_such.
function fakeRunner(applied = 0) {
  return jest.fn(async (runnerOptions: NodePgMigrateRunnerOptions) => {
    const files = readdirSync(runnerOptions.dir)
      .sort()
      .map((name) => join(runnerOptions.dir, name));
    const units =
      await runnerOptions.migrationLoaderStrategies[0].loader(files);
    const done = [];
    for (const unit of units.slice(applied)) {
      const steps: string[] = [];
      unit.actions.up({ sql: (text) => steps.push(text), noTransaction() {} });
      const failing = steps.join('').indexOf('no_such');
      if (!runnerOptions.dryRun && failing >= 0) {
        throw Object.assign(new Error('relation "no_such" does not exist'), {
          code: '42P01',
          position: String(failing + 1),
        });
      }
      done.push({ name: basename(unit.id, '.sql'), path: unit.id });
    }
    return done;
  });
}

// A session of another client, holding a lock on a table.
const tableLocker = {
  pid: 31,
  applicationName: 'psql',
  clientAddress: '10.0.0.9',
  connectedAt: '2024-05-01 10:00:00 UTC',
  connectedSeconds: 600,
  state: 'idle in transaction',
  query: 'LOCK TABLE users',
};

function fakeSession(): DatabaseSession & { close: jest.Mock } {
  return {
    client: {},
    waitedMs: 10,
    close: jest.fn(async () => undefined),
    query: async (text: string) => {
      queries.push(text.split('(')[0].trim());
      if (text.includes('pg_try_advisory_lock'))
        return { rows: [{ locked: true }] };
      if (text.includes('count(*)')) return { rows: [{ count: 2 }] };
      if (text.includes('SELECT name')) return { rows: [{ name: '001_a' }] };
      if (text.includes("locktype = 'relation'"))
        return { rows: [tableLocker] };
      return { rows: [] };
    },
  };
}

function run(runner: jest.Mock, overrides: Partial<NormalizedOptions> = {}) {
  const session = fakeSession();
  const result = runSqlMigrations(options(overrides), {
    env: { PG_DATABASE_URL: url },
    openSession: async () => session,
    importNodePgMigrate: async () => runner as unknown as NodePgMigrateRunner,
  });
  return { result, session };
}

describe('runSqlMigrations', () => {
  it('should apply the files under the migration lock and close the session', async () => {
    writeFileSync(
      join(root, 'db/migrations/002_b.sql'),
      'CREATE TABLE b ();\n',
    );
    const runner = fakeRunner();

    const { result, session } = run(runner);

    await expect(result).resolves.toEqual({ success: true });
    expect(queries).toEqual([
      'select pg_try_advisory_lock',
      'select pg_advisory_unlock',
    ]);
    expect(runner.mock.calls[0][0]).toMatchObject({
      noLock: true,
      dryRun: false,
      singleTransaction: false,
      checkOrder: true,
      migrationsTable: 'pgmigrations',
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^info: Applied db\/migrations\/001_a\.sql in /),
        expect.stringMatching(/^info: Applied db\/migrations\/002_b\.sql in /),
        expect.stringMatching(
          /^info: Applied 2 migrations to postgres:\/\/app:\*\*\*@localhost:5432\/default in /,
        ),
      ]),
    );
    expect(session.close).toHaveBeenCalled();
  });

  it('should run all of them in one transaction with transaction all', async () => {
    const runner = fakeRunner();

    await run(runner, { transaction: 'all' }).result;

    expect(runner.mock.calls[0][0].singleTransaction).toBe(true);
  });

  it('should roll back a failing migration and name its file, line and column', async () => {
    const { result } = run(fakeRunner());

    await expect(result).resolves.toEqual({ success: false });
    expect(queries).toContain('ROLLBACK');
    const errors = lines.filter((line) => line.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'error: Migration db/migrations/002_b.sql failed on postgres://app:***@localhost:5432/default: relation "no_such" does not exist (SQLSTATE 42P01, line 3, column 15). Earlier migrations stay applied, including the 1 applied in this run; db/migrations/002_b.sql was rolled back and is not recorded.',
    );
    expect(errors[0]).toContain('3 | SELECT * FROM no_such;');
  });

  it('should list a dry run inside a rolled-back transaction, without the lock', async () => {
    const runner = fakeRunner(1);

    await expect(run(runner, { dryRun: true }).result).resolves.toEqual({
      success: true,
    });

    expect(queries).toEqual([
      'BEGIN',
      'SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id',
      'ROLLBACK',
    ]);
    expect(runner.mock.calls[0][0]).toMatchObject({
      dryRun: true,
      singleTransaction: false,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'info: Dry run: 1 migration would run on postgres://app:***@localhost:5432/default (transaction: each), in this order:',
        'info:   002_b',
        'info: Nothing was run.',
      ]),
    );
  });

  it('should explain a new file that sorts before an applied one', async () => {
    const runner = jest.fn(async () => {
      throw new Error(
        'Not run migration 000_new is preceding already run migration 001_a',
      );
    });

    await expect(run(runner).result).resolves.toEqual({ success: false });

    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      'error: The migrations of db/migrations are out of order on postgres://app:***@localhost:5432/default: db/migrations/000_new.sql is not applied, but sorts before 001_a, which is. A new migration must sort after every applied one: rename 000_new.sql with a later numeric prefix (or restore 001_a.sql if it was renamed or removed), then run the target again.',
    ]);
  });

  it('should fail status with a DevopsError naming the out-of-order file, and change nothing', async () => {
    const runner = jest.fn(async () => {
      throw new Error(
        'Not run migration 000_new is preceding already run migration 001_a',
      );
    });
    const { result, session } = run(runner, { status: true });

    const error = await result.catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(DevopsError);
    expect(error).toMatchObject({
      message:
        'The migrations of db/migrations are out of order on postgres://app:***@localhost:5432/default: db/migrations/000_new.sql is not applied, but sorts before 001_a, which is.',
      hint: 'A new migration must sort after every applied one: rename 000_new.sql with a later numeric prefix (or restore 001_a.sql if it was renamed or removed), then run the target again.',
    });
    expect(queries).toEqual(['BEGIN', 'ROLLBACK']);
    expect(session.close).toHaveBeenCalled();
  });

  it('should roll back a migration that ran past lockTimeoutSeconds and name the sessions holding table locks', async () => {
    const runner = jest.fn(
      async (runnerOptions: NodePgMigrateRunnerOptions) => {
        const [first] = await runnerOptions.migrationLoaderStrategies[0].loader(
          [join(root, 'db/migrations/001_a.sql')],
        );
        first.actions.up({ sql: () => undefined, noTransaction() {} });
        throw Object.assign(
          new Error('canceling statement due to lock timeout'),
          {
            code: '55P03',
          },
        );
      },
    );

    await expect(
      run(runner, { lockTimeoutSeconds: 3 }).result,
    ).resolves.toEqual({ success: false });

    expect(queries.slice(1, 3)).toEqual(['ROLLBACK', 'select a.pid, coalesce']);
    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      'error: Migration db/migrations/001_a.sql failed on postgres://app:***@localhost:5432/default: canceling statement due to lock timeout (SQLSTATE 55P03). Earlier migrations stay applied; db/migrations/001_a.sql was rolled back and is not recorded. It waited for lockTimeoutSeconds (3 s) for a table lock; sessions holding table locks in this database: pid 31 (application "psql", client 10.0.0.9, connected since 2024-05-01 10:00:00 UTC, 600 s ago, idle in transaction), last query: LOCK TABLE users. Let that session finish, or end it (select pg_terminate_backend(<pid>)), or raise lockTimeoutSeconds, then run the target again.',
    ]);
  });
});
