import {
  createMigrateWorkspace,
  baseUrl,
  startingUrl,
  env,
  password,
  query,
  listRecorded,
  startFreshDatabase,
  removeMigrateWorkspace,
} from './support/db-migrate-workspace';
import { runNx } from './support/run-nx';
import { runNxAsync } from './support/run-nx-async';
import { describeWithDocker } from './support/workspace';

// Wrong passwords, databases still starting, commands shaped like Twenty's
// run-instance-commands, and database URLs from env files.
describeWithDocker('db-migrate, hardened: connecting, end to end', () => {
  let workspace: string;
  const nx = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    runNx(workspace, args, { ...env, ...extra });

  beforeAll(() => {
    workspace = createMigrateWorkspace();
  });

  afterAll(() => removeMigrateWorkspace(workspace));

  it('should fail at once on a wrong password, without retrying for the whole timeout', () => {
    const wrong = 'not-the-Passw0rd';
    const started = Date.now();

    const run = nx(
      ['run', 'twenty-server:migrate-sql', '--waitTimeoutSeconds=120'],
      {
        PG_DATABASE_URL: `postgres://postgres:${wrong}@localhost:55460/default`,
        NX_VERBOSE_LOGGING: 'true',
      },
    );

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'PostgreSQL at postgres://postgres:***@localhost:55460/default rejected the password of user "postgres" (SQLSTATE 28P01).',
    );
    expect(run.output).not.toContain('Not ready yet');
    expect(run.output).not.toContain(wrong);
    // A bound, not a speed measurement: Nx starts in a few seconds, and one
    // retry round of the backoff alone would add several more.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('should wait for a database that is still starting up', async () => {
    const run = runNxAsync(workspace, ['run', 'twenty-server:migrate-sql'], {
      ...env,
      PG_DATABASE_URL: startingUrl,
      NX_VERBOSE_LOGGING: 'true',
    });
    startFreshDatabase();

    const result = await run;

    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/Not ready yet \(.+\); retrying in/);
    expect(result.output).toContain('Applied 5 migrations');
    expect(result.output).not.toContain(password);
  });

  it('should wait for the database and hold the lock around a command shaped like run-instance-commands', async () => {
    const pending = runNxAsync(
      workspace,
      ['run', 'twenty-server:migrate-instance'],
      { ...env, PG_DATABASE_URL: startingUrl, NX_VERBOSE_LOGGING: 'true' },
    );
    startFreshDatabase();

    const run = await pending;

    expect(run.exitCode).toBe(0);
    expect(run.output).toMatch(/Not ready yet \(.+\); retrying in/);
    const ready = run.output.indexOf(
      'PostgreSQL at postgres://postgres:***@localhost:55462/default ready in',
    );
    const started = run.output.indexOf(
      'Running node dist/command/command.js run-instance-commands --force',
    );
    expect(ready).toBeGreaterThanOrEqual(0);
    expect(started).toBeGreaterThan(ready);
    expect(run.output).toContain(
      'migration lock held by another session: true',
    );
    expect(run.output).toContain('statement_timeout=30s lock_timeout=5s');
    expect(run.output).toContain(
      'run-instance-commands --force done on postgres://postgres:***@localhost:55462/default',
    );
    expect(run.output).not.toContain(password);
  });

  it("should hide the password in a failing command's error output", () => {
    const run = nx([
      'run',
      'twenty-server:migrate-instance',
      '--command=node dist/command/command.js run-instance-commands --fail',
    ]);

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'cannot run instance commands on postgres://postgres:***@localhost:55460/default (password *** refused)',
    );
    expect(run.output).toContain('failed with exit code 3');
    expect(run.output).not.toContain(password);
  });

  // The configuration is the example's own, and so is the test database,
  // which its compose file's init script creates; only the URL's port and
  // password are this test's.
  it('should migrate the test database from .env.test with nx run twenty-server:db-migrate:test', async () => {
    const { PG_DATABASE_URL: _, ...withoutUrl } = env;

    const run = runNx(
      workspace,
      ['run', 'twenty-server:db-migrate:test', '--excludeTaskDependencies'],
      withoutUrl,
    );

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(
      'Applied 6 migrations to postgres://postgres:***@localhost:55460/test',
    );
    const rows = await query<{ n: number }>(
      'select count(*)::int as n from core._typeorm_migrations',
      `${baseUrl}/test`,
    );
    expect(rows[0].n).toBe(6);
  });

  it("should let a configuration's envFile win over the project's .env that Nx loads", async () => {
    await query('create database integration');
    const { PG_DATABASE_URL: _, ...withoutUrl } = env;

    const run = runNx(
      workspace,
      ['run', 'twenty-server:migrate-sql:ci'],
      withoutUrl,
    );

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(
      '(from the PG_DATABASE_URL variable of packages/twenty-server/.env.ci-database)',
    );
    expect(run.output).toContain(
      'Applied 5 migrations to postgres://postgres:***@localhost:55460/integration',
    );
    expect(
      await listRecorded('pgmigrations', `${baseUrl}/integration`),
    ).toHaveLength(5);
  });
});
