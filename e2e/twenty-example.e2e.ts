import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  listComposeContainers,
  removeComposeProject,
} from './support/compose-containers';
import { expectSuccess, findTaskPositions, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
} from './support/workspace';

const composeProject = 'devops-e2e-twenty';
const password = 'e2e-Secret-9x';
const databaseUrl = `postgres://postgres:${password}@localhost:55432/default`;
const env = {
  COMPOSE_PROJECT_NAME: composeProject,
  TWENTY_PG_PORT: '55432',
  TWENTY_REDIS_PORT: '56379',
  TWENTY_PG_PASSWORD: password,
  PG_DATABASE_URL: databaseUrl,
};
const migrationsFolder =
  'packages/twenty-server/src/database/typeorm/core/migrations';
const serverProject = 'packages/twenty-server/project.json';

async function query<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const listTables = () =>
  query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'core' order by 1",
  ).then((rows) => rows.map((row) => row.table_name));

const listAppliedMigrations = () =>
  query<{ name: string }>(
    'select name from core._typeorm_migrations order by id',
  ).then((rows) => rows.map((row) => row.name));

describeWithDocker('the Twenty-shaped example, end to end', () => {
  let workspace: string;
  const nx = (...args: string[]) => runNx(workspace, args, env);

  beforeAll(() => {
    workspace = createTwentyWorkspace();
  });

  afterAll(() => {
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  it('should bring postgres and redis up until healthy', () => {
    const run = nx('run', 'twenty-server:docker-up');
    expectSuccess(run);
    expect(run.output).toMatch(/db\s+healthy\s+0\.0\.0\.0:55432->5432\/tcp/);
    expect(run.output).toMatch(/redis\s+healthy\s+0\.0\.0\.0:56379->6379\/tcp/);
    expect(listComposeContainers(composeProject)).toHaveLength(2);
  });

  it('should answer a second docker-up from the running containers', () => {
    const run = nx('run', 'twenty-server:docker-up');
    expectSuccess(run);
    expect(run.output).toContain(
      `Compose project ${composeProject} is already up with this configuration.`,
    );
  });

  it('should apply every migration, then find nothing pending', async () => {
    const first = nx(
      'run',
      'twenty-server:db-migrate',
      '--excludeTaskDependencies',
    );
    expectSuccess(first);
    expect(first.output).toMatch(
      /Applied 6 migrations to postgres:\/\/postgres:\*\*\*@localhost:55432\/default/,
    );
    expect(first.output).not.toContain(password);
    expect(await listTables()).toEqual(
      expect.arrayContaining([
        'workspace',
        'user',
        'workspace_member',
        'api_key',
        'feature_flag',
      ]),
    );

    const second = nx(
      'run',
      'twenty-server:db-migrate',
      '--excludeTaskDependencies',
    );
    expectSuccess(second);
    expect(second.output).toContain('No pending migrations');
  });

  it('should run docker-up, db-migrate and the integration test in that order', () => {
    const run = nx('run', 'twenty-server:test:integration');
    expectSuccess(run);
    const order = findTaskPositions(run.output, [
      'twenty-server:docker-up',
      'twenty-server:db-migrate',
      'twenty-server:test:integration',
    ]);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(run.output).toMatch(/# pass [1-9]/);
  });

  it('should keep earlier migrations and leave nothing of one with an SQL error', async () => {
    const broken = join(
      workspace,
      migrationsFolder,
      '1717000000007-add-broken-audit.ts',
    );
    writeFileSync(
      broken,
      migrationSource(
        'CREATE TABLE core.audit_log (id serial PRIMARY KEY); SELECT * FROM core.no_such_table',
      ),
    );

    const failed = nx(
      'run',
      'twenty-server:db-migrate',
      '--excludeTaskDependencies',
    );
    expect(failed.exitCode).not.toBe(0);
    expect(failed.output).toContain(
      `Migration AddBrokenAudit1717000000007 (${migrationsFolder}/1717000000007-add-broken-audit.ts) failed on`,
    );
    expect(failed.output).toContain(
      'relation "core.no_such_table" does not exist',
    );
    expect(await listTables()).not.toContain('audit_log');
    expect(await listAppliedMigrations()).toHaveLength(6);

    writeFileSync(
      broken,
      migrationSource('CREATE TABLE core.audit_log (id serial PRIMARY KEY)'),
    );
    const fixed = nx(
      'run',
      'twenty-server:db-migrate',
      '--excludeTaskDependencies',
    );
    expectSuccess(fixed);
    expect(await listTables()).toContain('audit_log');
    expect(await listAppliedMigrations()).toHaveLength(7);
  });

  it('should wait for the database, then run a migration command with the URL in its environment', async () => {
    const script = [
      "const { Client } = require('pg');",
      'const client = new Client({ connectionString: process.env.PG_DATABASE_URL });',
      "client.connect().then(() => client.query('CREATE TABLE IF NOT EXISTS core.command_marker (id int)'))",
      '  .then(() => console.log(`migrated ${process.env.PG_DATABASE_URL}`)).finally(() => client.end());',
    ].join('\n');
    writeFileSync(
      join(workspace, 'packages/twenty-server/migrate-command.js'),
      script,
    );
    const project = JSON.parse(
      readFileSync(join(workspace, serverProject), 'utf8'),
    );
    project.targets['db-migrate-command'] = {
      executor: '@twenty/devops:db-migrate',
      options: { mode: 'command', command: 'node migrate-command.js' },
    };
    writeFileSync(join(workspace, serverProject), JSON.stringify(project));

    const run = nx('run', 'twenty-server:db-migrate-command');
    expectSuccess(run);
    expect(run.output).toContain(
      'migrated postgres://postgres:***@localhost:55432/default',
    );
    expect(run.output).not.toContain(password);
    expect(await listTables()).toContain('command_marker');
  });

  it('should take the project down and keep its volume', () => {
    const run = nx('run', 'twenty-server:docker-down');
    expectSuccess(run);
    expect(run.output).toContain(
      `Compose project ${composeProject} is down (named volumes kept).`,
    );
    expect(listComposeContainers(composeProject)).toEqual([]);
  });
});

function migrationSource(sql: string): string {
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBrokenAudit1717000000007 implements MigrationInterface {
  name = 'AddBrokenAudit1717000000007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`${sql}\`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE core.audit_log');
  }
}
`;
}
