import type { ExecutorContext } from '@nx/devkit';
import { logger } from '../../logging/logger';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ProcessRunner } from '../../process/run-process';
import { createDbMigrateExecutor } from './executor';
import type { TypeOrmDataSource } from '../../migrations/typeorm-data-source';
import { makeTempDir } from '../../testing/make-temp-dir';

const password = 'hunter2';
const envUrl = `postgres://app:${password}@localhost:5432/default`;
const ownUrl = 'postgres://app:other-secret@db:5432/default';

let root: string;
let context: ExecutorContext;
let lines: string[];

beforeEach(() => {
  root = realpathSync(makeTempDir('db-migrate-'));
  mkdirSync(join(root, 'apps/api/src'), { recursive: true });
  writeFileSync(join(root, 'apps/api/src/db.datasource.ts'), '');
  writeFileSync(
    join(root, '.env'),
    `PG_DATABASE_URL=${envUrl}\nFROM_FILE=yes\n`,
  );
  context = {
    root,
    cwd: root,
    isVerbose: false,
    projectName: 'api',
    targetName: 'db-migrate',
    projectsConfigurations: {
      version: 2,
      projects: { api: { root: 'apps/api' } },
    },
  } as unknown as ExecutorContext;

  lines = [];
  for (const level of ['info', 'warn', 'error', 'verbose'] as const) {
    jest.spyOn(logger, level).mockImplementation((text) => {
      lines.push(`${level}: ${text}`);
    });
  }
});

afterEach(() => jest.restoreAllMocks());

function fakeMigration(name: string, error?: Error) {
  return {
    name,
    up: jest.fn(async () => {
      if (error) throw error;
    }),
  };
}

function fakeDataSource(
  migrations = [fakeMigration('One1'), fakeMigration('Two2')],
) {
  const dataSource: TypeOrmDataSource = {
    options: { url: ownUrl, migrationsTableName: '_typeorm_migrations' },
    migrations,
    isInitialized: false,
    setOptions: jest.fn((options) =>
      Object.assign(dataSource.options, options),
    ),
    initialize: jest.fn(async () => {
      dataSource.isInitialized = true;
    }),
    runMigrations: jest.fn(async () => {
      for (const migration of dataSource.migrations) await migration.up({});
      return dataSource.migrations.map(({ name }) => ({ name: name ?? '' }));
    }),
    query: jest.fn(async () => [{ count: 5 }]),
    destroy: jest.fn(async () => {
      dataSource.isInitialized = false;
    }),
  };
  return dataSource;
}

// Another run, as pg_locks and pg_stat_activity show it.
const holder = {
  pid: 4242,
  applicationName: 'twenty-devops api:db-migrate (sql, pid 77)',
  clientAddress: '172.18.0.1',
  connectedAt: '2024-05-01 10:00:00 UTC',
  connectedSeconds: 35,
  state: 'active',
  query: 'CREATE INDEX big ON t (c)',
};
const describedHolder =
  'pid 4242 (application "twenty-devops api:db-migrate (sql, pid 77)", client 172.18.0.1, connected since 2024-05-01 10:00:00 UTC, 35 s ago, active), query: CREATE INDEX big ON t (c)';
const applicationName = `twenty-devops api:db-migrate (typeorm, pid ${process.pid})`;

function fakeSession(locked = true) {
  const queries: string[] = [];
  return {
    queries,
    session: {
      client: {},
      waitedMs: 120,
      query: jest.fn(async (text: string) => {
        queries.push(text);
        if (text.includes('pg_try_advisory_lock'))
          return { rows: [{ locked }] };
        if (text.includes('pg_locks')) return { rows: [holder] };
        return { rows: [] };
      }),
      close: jest.fn(async () => undefined),
    },
  };
}

function setUp(
  dataSource = fakeDataSource(),
  env: NodeJS.ProcessEnv = {},
  onImport: () => void = () => undefined,
) {
  const release = jest.fn();
  const { session, queries } = fakeSession();
  const deps = {
    env,
    openSession: jest.fn(async () => session),
    importNodePgMigrate: jest.fn(),
    importDataSource: jest.fn(() => {
      onImport();
      return { dataSource, release };
    }),
    runProcess: jest.fn<ReturnType<ProcessRunner>, Parameters<ProcessRunner>>(
      async () => ({ exitCode: 0, stdout: '', stderr: '' }),
    ),
  };
  return {
    deps,
    release,
    dataSource,
    session,
    queries,
    executor: createDbMigrateExecutor(deps),
  };
}

const typeorm = { dataSource: 'apps/api/src/db.datasource.ts' };

describe('db-migrate executor, option errors', () => {
  it.each([
    [
      'typeorm mode has no dataSource',
      {},
      'The api:db-migrate target runs in typeorm mode but has no dataSource option.',
    ],
    [
      'command mode has no command',
      { mode: 'command' as const },
      'The api:db-migrate target runs in command mode but has no command option.',
    ],
    [
      'the dataSource file is missing',
      { dataSource: 'apps/api/missing.ts' },
      `The dataSource of api:db-migrate, "apps/api/missing.ts", does not exist`,
    ],
    [
      'the envFile is missing',
      { ...typeorm, envFile: '.env.local' },
      'The envFile of api:db-migrate, ".env.local", does not exist',
    ],
    [
      'the tsConfig is missing',
      { ...typeorm, tsConfig: 'tsconfig.app.json' },
      'The tsConfig of api:db-migrate, "tsconfig.app.json", does not exist',
    ],
  ])('should fail before any work when %s', async (_, options, message) => {
    const { deps, executor } = setUp();

    await expect(executor(options, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.join('\n')).toContain(`error: ${message}`);
    expect(deps.importDataSource).not.toHaveBeenCalled();
    expect(deps.openSession).not.toHaveBeenCalled();
  });
});

describe('db-migrate executor, migration lock', () => {
  it('should take the lock before running migrations and release it after, then close the session', async () => {
    const { executor, dataSource, queries, session } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await executor(typeorm, context);

    const lockAt = queries.findIndex((q) => q.includes('pg_try_advisory_lock'));
    const unlockAt = queries.findIndex((q) => q.includes('pg_advisory_unlock'));
    expect(lockAt).toBeGreaterThanOrEqual(0);
    expect(unlockAt).toBeGreaterThan(lockAt);
    expect(session.query.mock.invocationCallOrder[lockAt]).toBeLessThan(
      (dataSource.initialize as jest.Mock).mock.invocationCallOrder[0],
    );
    expect(session.close).toHaveBeenCalled();
  });

  it('should hold the lock around the command in command mode', async () => {
    const { executor, deps, session, queries } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await executor({ mode: 'command', command: 'node m.js' }, context);

    const lockAt = queries.findIndex((q) => q.includes('pg_try_advisory_lock'));
    const unlockAt = queries.findIndex((q) => q.includes('pg_advisory_unlock'));
    const commandOrder = deps.runProcess.mock.invocationCallOrder[0];
    expect(session.query.mock.invocationCallOrder[lockAt]).toBeLessThan(
      commandOrder,
    );
    expect(session.query.mock.invocationCallOrder[unlockAt]).toBeGreaterThan(
      commandOrder,
    );
  });

  it('should fail naming the session that holds the lock: its application, client, start and query', async () => {
    const { deps, executor } = setUp(undefined, { PG_DATABASE_URL: envUrl });
    const busy = fakeSession(false).session;
    deps.openSession.mockResolvedValue(busy);

    await expect(
      executor({ ...typeorm, migrationLockTimeoutSeconds: 0 }, context),
    ).resolves.toEqual({ success: false });

    expect(lines.join('\n')).toContain(
      `error: The migration lock of this database is still held after 0 s, by ${describedHolder}.`,
    );
    expect(busy.close).toHaveBeenCalled();
  });

  it('should not take the lock for status, and list applied and pending migrations', async () => {
    const dataSource = fakeDataSource();
    dataSource.query = jest.fn(async (sql: string) =>
      sql.includes('to_regclass') ? [{ exists: true }] : [{ name: 'One1' }],
    );
    const { executor, queries } = setUp(dataSource, {
      PG_DATABASE_URL: envUrl,
    });

    await expect(
      executor({ ...typeorm, status: true }, context),
    ).resolves.toEqual({ success: true });

    expect(queries.some((q) => q.includes('advisory'))).toBe(false);
    expect(dataSource.runMigrations).not.toHaveBeenCalled();
    expect(dataSource.setOptions).toHaveBeenCalledWith({
      synchronize: false,
      migrationsRun: false,
      dropSchema: false,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'info:   applied  One1',
        'info:   pending  Two2',
        'info: 1 applied, 1 pending.',
      ]),
    );
  });

  it('should print the pending migrations of a dry run and run none', async () => {
    const dataSource = fakeDataSource();
    dataSource.query = jest.fn(async () => [{ exists: false }]);
    const { executor } = setUp(dataSource, { PG_DATABASE_URL: envUrl });

    await executor({ ...typeorm, dryRun: true }, context);

    expect(dataSource.runMigrations).not.toHaveBeenCalled();
    expect(lines).toEqual(
      expect.arrayContaining([
        'info: Dry run: 2 migrations would run on postgres://app:***@localhost:5432/default (transaction: each), in this order:',
        'info:   One1',
        'info:   Two2',
        'info: Nothing was run.',
      ]),
    );
  });

  it('should pass the session timeouts to the pool of the data source', async () => {
    const { executor, dataSource, deps } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await executor(
      { ...typeorm, statementTimeoutSeconds: 30, lockTimeoutSeconds: 5 },
      context,
    );

    expect(dataSource.setOptions).toHaveBeenCalledWith({
      extra: {
        application_name: applicationName,
        statement_timeout: 30000,
        lock_timeout: 5000,
      },
    });
    expect(deps.openSession).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({
        statementTimeoutSeconds: 30,
        lockTimeoutSeconds: 5,
      }),
    );
  });

  it('should name the migration session and the pool connections after the task, mode and pid', async () => {
    const { executor, dataSource, deps } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });
    dataSource.options.extra = { max: 4, application_name: 'twenty-server' };

    await executor(typeorm, context);

    expect(deps.openSession).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({ applicationName }),
    );
    expect(dataSource.options.extra).toEqual({
      max: 4,
      application_name: applicationName,
    });
  });

  it('should name a command-mode session with command as its mode', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor({ mode: 'command', command: 'node m.js' }, context);

    expect(deps.openSession).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({
        applicationName: `twenty-devops api:db-migrate (command, pid ${process.pid})`,
      }),
    );
  });
});

describe('db-migrate executor, typeorm mode', () => {
  it('should apply the migrations, logging each one and a summary with the password hidden', async () => {
    const { executor, dataSource, release } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await expect(executor(typeorm, context)).resolves.toEqual({
      success: true,
    });

    const output = lines.join('\n');
    expect(output).toMatch(/info: Applied One1 in \d\.\d s/);
    expect(output).toMatch(/info: Applied Two2 in \d\.\d s/);
    expect(output).toMatch(
      /info: Applied 2 migrations to postgres:\/\/app:\*\*\*@localhost:5432\/default in \d\.\d s/,
    );
    expect(output).not.toContain(password);
    expect(dataSource.runMigrations).toHaveBeenCalledWith({
      transaction: 'each',
    });
    expect(dataSource.destroy).toHaveBeenCalled();
    expect(release).toHaveBeenCalled();
  });

  it('should point the data source at the chosen URL when it differs from its own', async () => {
    const { executor, dataSource } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await executor(typeorm, context);

    expect(dataSource.setOptions).toHaveBeenCalledWith({ url: envUrl });
  });

  it("should keep the data source's own URL when nothing else is set", async () => {
    const { executor, dataSource, deps } = setUp();

    await executor(typeorm, context);

    expect(dataSource.setOptions).not.toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.anything() }),
    );
    expect(dataSource.options.url).toBe(ownUrl);
    expect(deps.openSession).toHaveBeenCalledWith(
      ownUrl,
      expect.objectContaining({ timeoutSeconds: 60 }),
    );
  });

  it('should count the recorded migrations when none is pending', async () => {
    const { executor } = setUp(fakeDataSource([]));

    await executor(typeorm, context);

    expect(lines).toContain(
      'info: No pending migrations on postgres://app:***@db:5432/default (5 already applied)',
    );
  });

  it('should fail naming the migration and its SQLSTATE, and still close the connection', async () => {
    const error = Object.assign(
      new Error(`syntax error at or near "SELEC" in ${envUrl}`),
      { code: '42601', position: '1', query: 'SELEC 1' },
    );
    const dataSource = fakeDataSource([
      fakeMigration('One1'),
      fakeMigration('Broken3', error),
    ]);
    const { executor, release } = setUp(dataSource, {
      PG_DATABASE_URL: envUrl,
    });

    await expect(executor(typeorm, context)).resolves.toEqual({
      success: false,
    });

    const errors = lines.filter((line) => line.startsWith('error:'));
    expect(errors).toEqual([
      expect.stringContaining(
        'error: Migration Broken3 failed on postgres://app:***@localhost:5432/default: syntax error at or near "SELEC" in postgres://app:***@localhost:5432/default (SQLSTATE 42601, position 1). Earlier migrations stay applied, including the 1 applied in this run; Broken3 was rolled back',
      ),
    ]);
    expect(lines.join('\n')).not.toContain(password);
    expect(dataSource.destroy).toHaveBeenCalled();
    expect(release).toHaveBeenCalled();
  });

  it('should name the file of a failing migration class, relative to the workspace root', async () => {
    const file = join(root, 'apps/api/src/migrations/1700000000003-broken.js');
    mkdirSync(join(root, 'apps/api/src/migrations'));
    writeFileSync(
      file,
      `class Broken1700000000003 {
  async up() {
    throw Object.assign(new Error('relation "core.no_such" does not exist'), { code: '42P01' });
  }
}
exports.Broken1700000000003 = Broken1700000000003;
`,
    );
    // Loaded the way TypeORM loads a migrations glob: with Node's require.
    const { Broken1700000000003 } = createRequire(file)(file);
    const dataSource = fakeDataSource([
      fakeMigration('One1'),
      new Broken1700000000003(),
    ]);
    const { executor } = setUp(dataSource, { PG_DATABASE_URL: envUrl });

    await expect(executor(typeorm, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      'error: Migration Broken1700000000003 (apps/api/src/migrations/1700000000003-broken.js) failed on postgres://app:***@localhost:5432/default: relation "core.no_such" does not exist (SQLSTATE 42P01). Earlier migrations stay applied, including the 1 applied in this run; Broken1700000000003 was rolled back and is not recorded. Fix the migration, then run the target again.',
    ]);
  });

  it('should name the sessions holding table locks when a migration runs past lockTimeoutSeconds', async () => {
    const timeout = Object.assign(
      new Error('canceling statement due to lock timeout'),
      { code: '55P03' },
    );
    const dataSource = fakeDataSource([fakeMigration('AlterBig2', timeout)]);
    const { executor, queries } = setUp(dataSource, {
      PG_DATABASE_URL: envUrl,
    });

    await executor({ ...typeorm, lockTimeoutSeconds: 2 }, context);

    expect(queries.some((q) => q.includes("l.locktype = 'relation'"))).toBe(
      true,
    );
    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      `error: Migration AlterBig2 failed on postgres://app:***@localhost:5432/default: canceling statement due to lock timeout (SQLSTATE 55P03). Earlier migrations stay applied; AlterBig2 was rolled back and is not recorded. It waited for lockTimeoutSeconds (2 s) for a table lock; sessions holding table locks in this database: ${describedHolder}. Let that session finish, or end it (select pg_terminate_backend(<pid>)), or raise lockTimeoutSeconds, then run the target again.`,
    ]);
  });

  it('should load the envFile before importing the data source, without overriding, then restore', async () => {
    const env: NodeJS.ProcessEnv = { FROM_FILE: 'from-shell' };
    const seen: NodeJS.ProcessEnv[] = [];
    const { executor, deps } = setUp(undefined, env, () => {
      seen.push({ ...env });
    });

    await executor({ ...typeorm, envFile: '.env' }, context);

    expect(seen).toEqual([
      { FROM_FILE: 'from-shell', PG_DATABASE_URL: envUrl },
    ]);
    expect(deps.openSession).toHaveBeenCalledWith(envUrl, expect.anything());
    expect(env).toEqual({ FROM_FILE: 'from-shell' });
  });

  it('should run in the project root and return to where it was', async () => {
    const before = process.cwd();
    let during = '';
    const { executor } = setUp(undefined, {}, () => {
      during = process.cwd();
    });

    await executor(typeorm, context);

    expect(during).toBe(join(root, 'apps/api'));
    expect(process.cwd()).toBe(before);
  });

  it('should hide passwords in an unexpected error it rethrows', async () => {
    const dataSource = fakeDataSource();
    dataSource.runMigrations = jest.fn(async () => {
      throw new Error('never');
    });
    dataSource.query = jest.fn();
    const { executor } = setUp(dataSource, { PG_DATABASE_URL: envUrl });
    dataSource.initialize = jest.fn(async () => {
      throw new TypeError(`bad driver state for ${envUrl}`);
    });

    await executor(typeorm, context);

    expect(lines.join('\n')).toContain(
      'error: Cannot initialize the data source of apps/api/src/db.datasource.ts: bad driver state for postgres://app:***@localhost:5432/default',
    );
    expect(lines.join('\n')).not.toContain(password);
  });
});

describe('db-migrate executor, command mode', () => {
  const command = {
    mode: 'command' as const,
    command: 'node migrate.js --force',
  };

  it('should run the command through the shell in the project root with the URL and envFile variables', async () => {
    const { executor, deps } = setUp(undefined, { PATH: '/bin' });

    await expect(
      executor(
        {
          ...command,
          envFile: '.env',
          databaseUrlEnv: ['DB_URL', 'PG_DATABASE_URL'],
        },
        context,
      ),
    ).resolves.toEqual({ success: true });

    expect(deps.runProcess).toHaveBeenCalledWith(
      '/bin/sh',
      ['-c', 'node migrate.js --force'],
      expect.objectContaining({ cwd: join(root, 'apps/api'), stream: true }),
    );
    const { env } = deps.runProcess.mock.calls[0][2] ?? {};
    expect(env).toEqual({
      PATH: '/bin',
      PG_DATABASE_URL: envUrl,
      FROM_FILE: 'yes',
      DB_URL: envUrl,
    });
  });

  it('should wait for the database before running the command', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor({ ...command, waitTimeoutSeconds: 5 }, context);

    expect(deps.openSession).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({ timeoutSeconds: 5 }),
    );
    expect(deps.openSession.mock.invocationCallOrder[0]).toBeLessThan(
      deps.runProcess.mock.invocationCallOrder[0],
    );
  });

  it('should run in the cwd option, resolved against the workspace root', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor({ ...command, cwd: 'apps' }, context);

    expect(deps.runProcess.mock.calls[0][2]?.cwd).toBe(join(root, 'apps'));
  });

  it('should hide the password in the streamed output', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });

    await executor(command, context);

    const filter = deps.runProcess.mock.calls[0][2]?.filterOutput;
    expect(filter?.(`connecting to ${envUrl} as app/${password}`)).toBe(
      'connecting to postgres://app:***@localhost:5432/default as app/***',
    );
  });

  it('should fail in one line naming the command and its exit code', async () => {
    const { executor, deps } = setUp(undefined, { PG_DATABASE_URL: envUrl });
    deps.runProcess.mockResolvedValue({
      exitCode: 3,
      stdout: '',
      stderr: 'boom',
    });

    await expect(executor(command, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.filter((line) => line.startsWith('error:'))).toEqual([
      'error: Migration command `node migrate.js --force` failed with exit code 3 (in apps/api); its output is above.',
    ]);
  });

  it('should print the command a dry run would run, and neither run it nor take the lock', async () => {
    const { executor, deps, queries, session } = setUp(undefined, {
      PG_DATABASE_URL: envUrl,
    });

    await expect(
      executor({ ...command, dryRun: true }, context),
    ).resolves.toEqual({ success: true });

    expect(deps.runProcess).not.toHaveBeenCalled();
    expect(queries.some((q) => q.includes('advisory'))).toBe(false);
    expect(session.close).toHaveBeenCalled();
    expect(lines).toContain(
      'info: Dry run: would run `node migrate.js --force` in apps/api with the database URL in PG_DATABASE_URL; nothing was run.',
    );
  });

  it('should print in a dry run the very command a real run hands the shell', async () => {
    const dry = setUp(undefined, { DB_URL: envUrl });
    const quoted = { ...command, command: 'node migrate.js --tag "a b"' };
    await dry.executor(
      { ...quoted, dryRun: true, databaseUrlEnv: ['DB_URL'] },
      context,
    );
    const printed =
      /would run `(.+)` in (\S+) with the database URL in (\w+)/.exec(
        lines.join('\n'),
      );

    const real = setUp(undefined, { DB_URL: envUrl });
    await real.executor({ ...quoted, databaseUrlEnv: ['DB_URL'] }, context);
    const [file, args, runOptions] = real.deps.runProcess.mock.calls[0];

    expect(dry.deps.runProcess).not.toHaveBeenCalled();
    expect([file, args]).toEqual(['/bin/sh', ['-c', printed?.[1]]]);
    expect(args[1]).toBe('node migrate.js --tag "a b"');
    expect(runOptions?.cwd).toBe(join(root, printed?.[2] ?? ''));
    expect(runOptions?.env?.[printed?.[3] ?? '']).toBe(envUrl);
  });

  it('should fail naming the variables when no database URL is set', async () => {
    const { executor, deps } = setUp();

    await expect(executor(command, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.join('\n')).toContain(
      'error: No database URL: the databaseUrl option is not set, PG_DATABASE_URL, DATABASE_URL are not set.',
    );
    expect(deps.runProcess).not.toHaveBeenCalled();
  });
});
