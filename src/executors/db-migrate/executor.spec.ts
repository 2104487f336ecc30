import type { ExecutorContext } from '@nx/devkit';
import { logger } from '../../logging/logger';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
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

function setUp(
  dataSource = fakeDataSource(),
  env: NodeJS.ProcessEnv = {},
  onImport: () => void = () => undefined,
) {
  const release = jest.fn();
  const deps = {
    env,
    waitForDatabase: jest.fn(async () => 120),
    importDataSource: jest.fn(() => {
      onImport();
      return { dataSource, release };
    }),
    runProcess: jest.fn<ReturnType<ProcessRunner>, Parameters<ProcessRunner>>(
      async () => ({ exitCode: 0, stdout: '', stderr: '' }),
    ),
  };
  return { deps, release, dataSource, executor: createDbMigrateExecutor(deps) };
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
    expect(deps.waitForDatabase).not.toHaveBeenCalled();
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

    expect(dataSource.setOptions).not.toHaveBeenCalled();
    expect(deps.waitForDatabase).toHaveBeenCalledWith(
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
    expect(deps.waitForDatabase).toHaveBeenCalledWith(
      envUrl,
      expect.anything(),
    );
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

    expect(deps.waitForDatabase).toHaveBeenCalledWith(
      envUrl,
      expect.objectContaining({ timeoutSeconds: 5 }),
    );
    expect(deps.waitForDatabase.mock.invocationCallOrder[0]).toBeLessThan(
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
