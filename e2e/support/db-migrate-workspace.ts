import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { removeComposeProject } from './compose-containers';
import { runNx } from './run-nx';
import {
  createTwentyWorkspace,
  removeWorkspace,
  writeFiles,
} from './workspace';

// The workspace, migrations and database helpers of the hardened db-migrate
// e2e files (db-migrate-lock, -failures, -connection). They share host ports
// 55460 to 55469 and compose projects devops-e2e-migrate-*, so they run one at
// a time, each taking its compose projects down when it ends.
const composeProject = 'devops-e2e-migrate-a';
const startingProject = 'devops-e2e-migrate-b';
export const password = 'e2e-Migr4te-secret';
export const baseUrl = `postgres://postgres:${password}@localhost:55460`;
export const databaseUrl = `${baseUrl}/default`;
export const startingUrl = `postgres://postgres:${password}@localhost:55462/default`;
export const env = {
  COMPOSE_PROJECT_NAME: composeProject,
  TWENTY_PG_PORT: '55460',
  TWENTY_REDIS_PORT: '55461',
  TWENTY_PG_PASSWORD: password,
  PG_DATABASE_URL: databaseUrl,
};
export const server = 'packages/twenty-server';
// The keys of db-migrate's advisory lock ("twnt", "mgrt").
export const lockKeys = '1953984116, 1835496052';

export async function query<T>(sql: string, url = databaseUrl): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export const listTables = (url = databaseUrl) =>
  query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    url,
  ).then((rows) => rows.map((row) => row.table_name));

export const listRecorded = (table: string, url = databaseUrl) =>
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

export const brokenMigration =
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
export function startFreshDatabase(): void {
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
export function holdLock(
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
export function typeOrmMigration(
  className: string,
  statements: string[],
): string {
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
export async function waitForLockHolder(): Promise<{
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
export async function lockTable(table: string) {
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

/**
 * A Twenty workspace with every db-migrate target and migration the hardened
 * e2e files use, and its compose project up. Each file makes its own.
 */
export function createMigrateWorkspace(): string {
  const workspace = createTwentyWorkspace();
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
  const up = runNx(workspace, ['run', 'twenty-server:docker-up'], env);
  if (up.exitCode !== 0) throw new Error(`docker-up failed:\n${up.output}`);
  return workspace;
}

/** Takes down both compose projects and deletes the workspace. */
export function removeMigrateWorkspace(workspace: string | undefined): void {
  removeComposeProject(composeProject);
  removeComposeProject(startingProject);
  removeWorkspace(workspace);
}
