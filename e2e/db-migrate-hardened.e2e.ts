import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { removeComposeProject } from './support/compose-containers';
import { runNx } from './support/run-nx';
import { runNxAsync } from './support/run-nx-async';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
  writeFiles,
} from './support/workspace';

// db-migrate under concurrency, failure, slow starts and bad passwords, on
// host ports 55460 to 55469 and compose projects devops-e2e-migrate-*.
const composeProject = 'devops-e2e-migrate-a';
const startingProject = 'devops-e2e-migrate-b';
const password = 'e2e-Migr4te-secret';
const baseUrl = `postgres://postgres:${password}@localhost:55460`;
const databaseUrl = `${baseUrl}/default`;
const startingUrl = `postgres://postgres:${password}@localhost:55462/default`;
const env = {
  COMPOSE_PROJECT_NAME: composeProject,
  TWENTY_PG_PORT: '55460',
  TWENTY_REDIS_PORT: '55461',
  TWENTY_PG_PASSWORD: password,
  PG_DATABASE_URL: databaseUrl,
};
const server = 'packages/twenty-server';
// The keys of db-migrate's advisory lock ("twnt", "mgrt").
const lockKeys = '1953984116, 1835496052';

async function query<T>(sql: string, url = databaseUrl): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const listTables = (url = databaseUrl) =>
  query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    url,
  ).then((rows) => rows.map((row) => row.table_name));

const listRecorded = (table: string, url = databaseUrl) =>
  query<{ name: string }>(
    `select name from public.${table} order by id`,
    url,
  ).then((rows) => rows.map((row) => row.name));

function sqlMigrations(): Record<string, string> {
  const files: Record<string, string> = {
    [`${server}/sql-migrations/0001_create-applied-log.sql`]:
      "-- Up Migration\nCREATE TABLE applied_log (name text NOT NULL);\nINSERT INTO applied_log VALUES ('0001');\n\n-- Down Migration\nDROP TABLE applied_log;\n",
    // Slow enough that the four runs of the parallel test overlap.
    [`${server}/sql-migrations/0002_create-m2.sql`]:
      "CREATE TABLE m2 (id int);\nSELECT pg_sleep(4);\nINSERT INTO applied_log VALUES ('0002');\n",
  };
  for (const n of [3, 4, 5]) {
    files[`${server}/sql-migrations/000${n}_create-m${n}.sql`] =
      `-- Up Migration\nCREATE TABLE m${n} (id int);\nINSERT INTO applied_log VALUES ('000${n}');\n-- Down Migration\nDROP TABLE m${n};\n`;
  }
  files[`${server}/sql-migrations/README.md`] = 'Not a migration.\n';
  return files;
}

const brokenMigration =
  '-- Up Migration\nCREATE TABLE fail_c (id int);\nINSERT INTO fail_c VALUES (1);\nSELECT * FROM no_such_table;\n\n-- Down Migration\nDROP TABLE fail_c;\n';

// For transaction all and none: the third migration of three fails.
function transactionMigrations(): Record<string, string> {
  const failing = (table: string) =>
    `CREATE TABLE ${table} (id int);\nSELECT * FROM no_such_table;\n`;
  return {
    [`${server}/sql-all/001_create-a.sql`]: 'CREATE TABLE all_a (id int);\n',
    [`${server}/sql-all/002_create-b.sql`]: 'CREATE TABLE all_b (id int);\n',
    [`${server}/sql-all/003_create-c.sql`]: failing('all_c'),
    [`${server}/sql-none/001_create-a.sql`]: 'CREATE TABLE none_a (id int);\n',
    // PostgreSQL refuses this inside a transaction block.
    [`${server}/sql-none/002_index-a.sql`]:
      'CREATE INDEX CONCURRENTLY none_a_id ON none_a (id);\n',
    [`${server}/sql-none/003_create-c.sql`]: failing('none_c'),
  };
}

function failingMigrations(): Record<string, string> {
  const folder = `${server}/sql-failing`;
  return {
    [`${folder}/001_create-a.sql`]: 'CREATE TABLE fail_a (id int);\n',
    [`${folder}/002_create-b.sql`]: 'CREATE TABLE fail_b (id int);\n',
    [`${folder}/003_create-c.sql`]: brokenMigration,
    [`${folder}/004_create-d.sql`]: 'CREATE TABLE fail_d (id int);\n',
    [`${folder}/005_create-e.sql`]: 'CREATE TABLE fail_e (id int);\n',
  };
}

// Shaped like Twenty's `node dist/command/command.js run-instance-commands
// --force`: it reports whether db-migrate holds the migration lock while it
// runs and which session timeouts it got; `--slow` makes it wait 6 s first,
// and `--fail` makes it print the database URL on stderr and exit 3.
const instanceCommand = `const { Client } = require('pg');
const [name, ...flags] = process.argv.slice(2);
if (name !== 'run-instance-commands') {
  console.error('unknown command ' + name);
  process.exit(2);
}
const url = process.env.PG_DATABASE_URL;
if (flags.includes('--fail')) {
  console.error('cannot run instance commands on ' + url + ' (password ${password} refused)');
  process.exit(3);
}
const client = new Client({ connectionString: url });
(async () => {
  if (flags.includes('--slow')) await new Promise((r) => setTimeout(r, 6000));
  await client.connect();
  const held = await client.query(
    "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and (classid, objid) = (${lockKeys}) and objsubid = 2 and pid <> pg_backend_pid()",
  );
  console.log('migration lock held by another session: ' + (held.rows[0].n === 1));
  const settings = await client.query(
    "select current_setting('statement_timeout') as s, current_setting('lock_timeout') as l",
  );
  console.log('statement_timeout=' + settings.rows[0].s + ' lock_timeout=' + settings.rows[0].l);
  await client.query('CREATE TABLE IF NOT EXISTS instance_command_marker (id int)');
  console.error('run-instance-commands ' + flags.join(' ') + ' done on ' + url);
  await client.end();
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
`;

function addTargets(workspace: string): void {
  const path = join(workspace, server, 'project.json');
  const project = JSON.parse(readFileSync(path, 'utf8'));
  const executor = '@twenty/devops:db-migrate';
  project.targets['migrate-sql'] = {
    executor,
    cache: false,
    options: { mode: 'sql', migrationsDirectory: `${server}/sql-migrations` },
    configurations: { ci: { envFile: `${server}/.env.ci-database` } },
  };
  project.targets['migrate-sql-failing'] = {
    executor,
    cache: false,
    options: {
      mode: 'sql',
      migrationsDirectory: `${server}/sql-failing`,
      migrationsTable: 'failing_migrations',
    },
  };
  for (const transaction of ['all', 'none']) {
    project.targets[`migrate-sql-${transaction}`] = {
      executor,
      cache: false,
      options: {
        mode: 'sql',
        migrationsDirectory: `${server}/sql-${transaction}`,
        migrationsTable: `${transaction}_migrations`,
        transaction,
      },
    };
  }
  project.targets['migrate-sql-slow'] = {
    executor,
    cache: false,
    options: {
      mode: 'sql',
      migrationsDirectory: `${server}/sql-slow`,
      migrationsTable: 'slow_migrations',
      statementTimeoutSeconds: 1,
    },
  };
  project.targets['migrate-sql-locked'] = {
    executor,
    cache: false,
    options: {
      mode: 'sql',
      migrationsDirectory: `${server}/sql-locked`,
      migrationsTable: 'locked_migrations',
      lockTimeoutSeconds: 2,
    },
  };
  // Short names: PostgreSQL keeps 63 bytes of an application_name, and the
  // tests compare the whole of it.
  for (const name of ['slow', 'failing']) {
    project.targets[`typeorm-${name}`] = {
      executor,
      cache: false,
      options: { dataSource: `${server}/typeorm-${name}/data-source.ts` },
    };
  }
  project.targets['command-slow'] = {
    executor,
    cache: false,
    options: {
      mode: 'command',
      command: 'node dist/command/command.js run-instance-commands --slow',
    },
  };
  project.targets['migrate-instance'] = {
    executor,
    cache: false,
    options: {
      mode: 'command',
      command: 'node dist/command/command.js run-instance-commands --force',
      statementTimeoutSeconds: 30,
      lockTimeoutSeconds: 5,
    },
  };
  writeFileSync(path, JSON.stringify(project, null, 2));
}

/** A PostgreSQL container of its own, started fresh, so it is still starting. */
function startFreshDatabase(): void {
  removeComposeProject(startingProject);
  const run = spawnSync('docker', [
    'run',
    '--detach',
    '--name',
    `${startingProject}-db`,
    '--label',
    `com.docker.compose.project=${startingProject}`,
    '--publish',
    '55462:5432',
    '--env',
    `POSTGRES_PASSWORD=${password}`,
    '--env',
    'POSTGRES_DB=default',
    'postgres:16',
  ]);
  if (run.status !== 0) throw new Error(`docker run failed: ${run.stderr}`);
}

/** A session that takes the migration lock, prints its pid, then idles. */
function holdLock(
  workspace: string,
): Promise<{ child: ChildProcess; pid: number }> {
  const script = `const { Client } = require('pg');
const client = new Client({
  connectionString: process.env.PG_DATABASE_URL,
  application_name: 'e2e-lock-holder',
});
client.connect()
  .then(() => client.query('select pg_advisory_lock(${lockKeys}), pg_backend_pid() as pid'))
  .then(({ rows }) => console.log('pid ' + rows[0].pid));
setInterval(() => undefined, 1000);
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd: workspace,
      env: { ...process.env, PG_DATABASE_URL: databaseUrl },
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /pid (\d+)/.exec(chunk.toString());
      if (match) resolve({ child, pid: Number(match[1]) });
    });
    child.on('exit', () => reject(new Error('the lock holder exited')));
  });
}

// A TypeORM data source of its own under typeorm-<name>/, its migrations
// table in public, for the tests that need a slow or a failing migration.
function typeOrmDataSource(name: string): Record<string, string> {
  return {
    [`${server}/typeorm-${name}/data-source.ts`]: `import { DataSource } from 'typeorm';

export const ${name}Source = new DataSource({
  type: 'postgres',
  url: process.env.PG_DATABASE_URL,
  migrationsTableName: '${name}_typeorm_migrations',
  migrations: [__dirname + '/migrations/*.ts'],
});
`,
  };
}

/** A TypeORM migration class whose `up` runs `statements` in order. */
function typeOrmMigration(className: string, statements: string[]): string {
  const queries = statements
    .map((sql) => `    await queryRunner.query(${JSON.stringify(sql)});`)
    .join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
${queries}
  }

  public async down(): Promise<void> {}
}
`;
}

/** The session that holds db-migrate's lock, once one does. */
async function waitForLockHolder(): Promise<{
  pid: number;
  application_name: string;
}> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const [holder] = await query<{ pid: number; application_name: string }>(
      `select l.pid, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted and (l.classid, l.objid) = (${lockKeys}) and l.objsubid = 2`,
    );
    if (holder) return holder;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no run took the migration lock within 60 s');
}

/** A session that locks `table` in an open transaction, until released. */
async function lockTable(table: string) {
  const client = new Client({
    connectionString: databaseUrl,
    application_name: 'e2e-table-locker',
  });
  await client.connect();
  const { rows } = await client.query('select pg_backend_pid() as pid');
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS SHARE MODE`);
  return {
    pid: (rows[0] as { pid: number }).pid,
    release: () => client.query('ROLLBACK').finally(() => client.end()),
  };
}

describeWithDocker('db-migrate, hardened, end to end', () => {
  let workspace: string;
  const nx = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    runNx(workspace, args, { ...env, ...extra });

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    addTargets(workspace);
    writeFiles(workspace, {
      ...sqlMigrations(),
      ...failingMigrations(),
      ...transactionMigrations(),
      [`${server}/sql-slow/001_sleep.sql`]: 'SELECT pg_sleep(5);\n',
      [`${server}/sql-locked/001_alter-target.sql`]:
        'CREATE TABLE locked_side (id int);\nALTER TABLE locked_target ADD COLUMN note text;\n',
      ...typeOrmDataSource('slow'),
      [`${server}/typeorm-slow/migrations/1700000000001-sleep.ts`]:
        typeOrmMigration('Sleep1700000000001', [
          'CREATE TABLE slow_typeorm_marker (id int)',
          'SELECT pg_sleep(6)',
        ]),
      ...typeOrmDataSource('failing'),
      [`${server}/typeorm-failing/migrations/1700000000001-create-tf-a.ts`]:
        typeOrmMigration('CreateTfA1700000000001', [
          'CREATE TABLE tf_a (id int)',
        ]),
      [`${server}/dist/command/command.js`]: instanceCommand,
      [`${server}/.env.test`]: `PG_DATABASE_URL=${baseUrl}/test\n`,
      [`${server}/.env.ci-database`]: `PG_DATABASE_URL=${baseUrl}/integration\n`,
    });
    const up = nx(['run', 'twenty-server:docker-up']);
    if (up.exitCode !== 0) throw new Error(`docker-up failed:\n${up.output}`);
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeComposeProject(startingProject);
    removeWorkspace(workspace);
  });

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
      'Applied 5 migrations to postgres://postgres:***@localhost:55460/integration',
    );
    expect(
      await listRecorded('pgmigrations', `${baseUrl}/integration`),
    ).toHaveLength(5);
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

  it('should cancel a migration that runs past statementTimeoutSeconds', async () => {
    const run = nx(['run', 'twenty-server:migrate-sql-slow']);

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Migration packages/twenty-server/sql-slow/001_sleep.sql failed on postgres://postgres:***@localhost:55460/default: canceling statement due to statement timeout (SQLSTATE 57014',
    );
    expect(await listRecorded('slow_migrations')).toEqual([]);
  });
});
