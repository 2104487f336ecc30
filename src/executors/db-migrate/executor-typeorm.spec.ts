import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  password,
  envUrl,
  ownUrl,
  root,
  context,
  lines,
  fakeMigration,
  fakeDataSource,
  describedHolder,
  setUp,
  typeorm,
} from '../../testing/db-migrate-executor-fixture';

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
