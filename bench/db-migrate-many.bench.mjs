// Issue 7's benchmarks: db-migrate applying 200 TypeORM migrations to an
// empty schema, and the same 200 with none pending, each against TypeORM's
// own CLI through ts-node --transpile-only (with `--transaction each`, the
// executor's default; the CLI's own default is one transaction for all).
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCommands } from './compare-commands.mjs';

const serverRoot = 'packages/twenty-server';
const migrations = `${serverRoot}/src/database/typeorm/core/migrations`;
const dataSource = 'src/database/typeorm/core/core.datasource.ts';
const count = 200;

/** @returns {{ ours: number, anchor: number, ratio: number }[]} */
export function benchDbMigrateMany({ workspace, env, runs }) {
  addMigrationsUpTo(count, join(workspace, migrations));
  install(workspace, ['ts-node@10.9.2', 'tsconfig-paths@4.2.0']);
  const runExecutor = join(import.meta.dirname, 'run-executor.cjs');
  const sides = {
    ours: {
      label: 'twenty-server:db-migrate (the executor in a fresh node process)',
      command: process.execPath,
      args: [runExecutor, workspace, 'twenty-server', 'db-migrate'],
      options: { env },
    },
    anchor: {
      label:
        'npx ts-node --transpile-only -P tsconfig.json -r tsconfig-paths/register node_modules/typeorm/cli.js migration:run -d <datasource> --transaction each',
      command: 'npx',
      args: [
        'ts-node',
        '--transpile-only',
        '-P',
        'tsconfig.json',
        '-r',
        'tsconfig-paths/register',
        '../../node_modules/typeorm/cli.js',
        'migration:run',
        '-d',
        dataSource,
        '--transaction',
        'each',
      ],
      options: { env, cwd: join(workspace, serverRoot) },
    },
  };

  const prepare = () => resetCoreSchema(workspace, env);
  const apply = compareCommands({
    name: `db-migrate applying ${count} TypeORM migrations to an empty schema`,
    runs,
    ours: { ...sides.ours, prepare },
    anchor: { ...sides.anchor, prepare },
  });
  const noop = compareCommands({
    name: `db-migrate with ${count} TypeORM migrations, none pending`,
    runs,
    ...sides,
  });
  return [apply, noop];
}

// Between timed runs of the first benchmark: an empty `core` schema, so
// every run applies all of them.
function resetCoreSchema(workspace, env) {
  const script = `
const { Client } = require('pg');
const client = new Client({ connectionString: process.env.PG_DATABASE_URL });
client.connect()
  .then(() => client.query('DROP SCHEMA IF EXISTS core CASCADE; CREATE SCHEMA core'))
  .finally(() => client.end());
`;
  run(process.execPath, ['-e', script], { cwd: workspace, env });
}

function addMigrationsUpTo(total, folder) {
  const existing = readdirSync(folder).filter((name) =>
    name.endsWith('.ts'),
  ).length;
  for (let index = existing + 1; index <= total; index += 1) {
    const stamp = 1800000000000 + index;
    writeFileSync(
      join(folder, `${stamp}-bench-table-${index}.ts`),
      migrationSource(stamp, index),
    );
  }
}

function migrationSource(stamp, index) {
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class BenchTable${index}${stamp} implements MigrationInterface {
  name = 'BenchTable${index}${stamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE core.bench_table_${index} (id serial PRIMARY KEY, label text)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE core.bench_table_${index}');
  }
}
`;
}

function install(workspace, packages) {
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...packages], {
    cwd: workspace,
  });
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`,
    );
  }
}

// On its own, on ports and a compose project of its own:
//   node bench/db-migrate-many.bench.mjs [--runs 5]
async function main() {
  const { parseArgs } = await import('node:util');
  const { rmSync } = await import('node:fs');
  const { prepareWorkspace } = await import('../scripts/prepare-workspace.mjs');
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' } },
  });
  const project = 'devops-e2e-migrate-bench';
  const env = {
    ...process.env,
    COMPOSE_PROJECT_NAME: project,
    TWENTY_PG_PORT: '55465',
    TWENTY_REDIS_PORT: '55466',
    PG_DATABASE_URL: 'postgres://postgres:postgres@localhost:55465/default',
  };
  const workspace = await prepareWorkspace();
  const runExecutor = join(import.meta.dirname, 'run-executor.cjs');
  const executor = (target) =>
    spawnSync(
      process.execPath,
      [runExecutor, workspace, 'twenty-server', target],
      {
        env,
        stdio: 'inherit',
      },
    );
  try {
    if (executor('docker-up').status !== 0) throw new Error('docker-up failed');
    benchDbMigrateMany({ workspace, env, runs: Number(values.runs) });
  } finally {
    executor('docker-down');
    spawnSync('docker', ['volume', 'rm', `${project}_db-data`], {
      stdio: 'ignore',
    });
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await main();
