import type { ExecutorContext } from '@nx/devkit';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDbMigrateExecutor } from '../executors/db-migrate/executor';
import { logger } from '../logging/logger';
import type { TypeOrmDataSource } from '../migrations/typeorm-data-source';
import type { ProcessRunner } from '../process/run-process';
import { makeTempDir } from './make-temp-dir';

// The fixture of the db-migrate executor specs: a temp workspace with an api
// project, captured log lines, and fakes for the data source, the lock
// session and the process runner. Importing it registers the beforeEach that
// rebuilds root, context and lines for each test; they are live bindings.
export const password = 'hunter2';
export const envUrl = `postgres://app:${password}@localhost:5432/default`;
export const ownUrl = 'postgres://app:other-secret@db:5432/default';

export let root: string;
export let context: ExecutorContext;
export let lines: string[];

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

export function fakeMigration(name: string, error?: Error) {
  return {
    name,
    up: jest.fn(async () => {
      if (error) throw error;
    }),
  };
}

export function fakeDataSource(
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
export const describedHolder =
  'pid 4242 (application "twenty-devops api:db-migrate (sql, pid 77)", client 172.18.0.1, connected since 2024-05-01 10:00:00 UTC, 35 s ago, active), query: CREATE INDEX big ON t (c)';
export const applicationName = `twenty-devops api:db-migrate (typeorm, pid ${process.pid})`;

export function fakeSession(locked = true) {
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

export function setUp(
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

export const typeorm = { dataSource: 'apps/api/src/db.datasource.ts' };
