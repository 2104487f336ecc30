// What the db-migrate benchmarks share: the example's server with `count`
// TypeORM migrations, ts-node for the anchor, and the two commands compared.
// The anchor is TypeORM's own CLI through ts-node, which is how Twenty ran
// `migration:run` (with `-P`, as its project.json did: from node_modules
// ts-node would find no tsconfig). The example imports through tsconfig
// paths, so ts-node gets tsconfig-paths. Both sides start as `node <script>`.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const serverRoot = 'packages/twenty-server';
const migrations = `${serverRoot}/src/database/typeorm/core/migrations`;
const dataSource = 'src/database/typeorm/core/core.datasource.ts';
const runExecutor = join(import.meta.dirname, 'run-executor.cjs');

/**
 * Gives the example `count` migrations and installs ts-node, then returns
 * the `ours` and `anchor` sides for compareCommands. `anchorArgs` go after
 * the CLI's own, such as `['--transaction', 'each']`.
 */
export function prepareMigrationSides({ workspace, env, count, anchorArgs }) {
  addMigrationsUpTo(count, join(workspace, migrations));
  run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      'ts-node@10.9.2',
      'tsconfig-paths@4.2.0',
    ],
    { cwd: workspace },
  );
  // Run by node itself, as ours is: through npx the anchor would also pay
  // for npm's start-up, which has nothing to do with migrating.
  const cliArgs = [
    '../../node_modules/.bin/ts-node',
    '--transpile-only',
    '-P',
    'tsconfig.json',
    '-r',
    'tsconfig-paths/register',
    '../../node_modules/typeorm/cli.js',
    'migration:run',
    '-d',
    dataSource,
    ...anchorArgs,
  ];
  return {
    ours: {
      label: 'twenty-server:db-migrate (the executor in a fresh node process)',
      command: process.execPath,
      args: [runExecutor, workspace, 'twenty-server', 'db-migrate'],
      options: { env },
    },
    anchor: {
      label: `node ${cliArgs.join(' ').replace(dataSource, '<datasource>')}`,
      command: process.execPath,
      args: cliArgs,
      options: { env, cwd: join(workspace, serverRoot) },
    },
  };
}

/** Runs db-migrate once, as the benchmarks' untimed first step. */
export function runDbMigrate(workspace, env) {
  run(
    process.execPath,
    [runExecutor, workspace, 'twenty-server', 'db-migrate'],
    { env },
  );
}

/** Runs a command, throwing with its output when it fails. */
export function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`,
    );
  }
}

function addMigrationsUpTo(count, folder) {
  const existing = readdirSync(folder).filter((name) =>
    name.endsWith('.ts'),
  ).length;
  for (let index = existing + 1; index <= count; index += 1) {
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
