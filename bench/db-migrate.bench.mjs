// db-migrate with 20 migrations and nothing pending, against TypeORM's own
// CLI through ts-node, which is how Twenty ran `migration:run` (with `-P`, as
// its project.json did: from node_modules ts-node would find no tsconfig).
// The example imports through tsconfig paths, so ts-node gets tsconfig-paths.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCommands } from './compare-commands.mjs';

const serverRoot = 'packages/twenty-server';
const migrations = `${serverRoot}/src/database/typeorm/core/migrations`;
const dataSource = 'src/database/typeorm/core/core.datasource.ts';

export function benchDbMigrate({ workspace, env, runs }) {
  addMigrationsUpTo(20, join(workspace, migrations));
  install(workspace, ['ts-node@10.9.2', 'tsconfig-paths@4.2.0']);
  const runExecutor = join(import.meta.dirname, 'run-executor.cjs');
  run(
    process.execPath,
    [runExecutor, workspace, 'twenty-server', 'db-migrate'],
    { env },
  );

  return compareCommands({
    name: 'db-migrate with 20 migrations, none pending',
    runs,
    ours: {
      label: 'twenty-server:db-migrate (the executor in a fresh node process)',
      command: process.execPath,
      args: [runExecutor, workspace, 'twenty-server', 'db-migrate'],
      options: { env },
    },
    anchor: {
      label:
        'npx ts-node --transpile-only -P tsconfig.json -r tsconfig-paths/register node_modules/typeorm/cli.js migration:run -d <datasource>',
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
      ],
      options: { env, cwd: join(workspace, serverRoot) },
    },
  });
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
