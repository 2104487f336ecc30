import {
  envUrl,
  context,
  lines,
  fakeDataSource,
  describedHolder,
  applicationName,
  fakeSession,
  setUp,
  typeorm,
} from '../../testing/db-migrate-executor-fixture';

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
