// Issue 7's benchmarks: db-migrate applying 200 TypeORM migrations to an
// empty schema, and the same 200 with none pending, each against TypeORM's
// own CLI through ts-node --transpile-only (with `--transaction each`, the
// executor's default; the CLI's own default is one transaction for all).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { compareCommands } from './compare-commands.mjs';
import { prepareMigrationSides, run } from './typeorm-migration-sides.mjs';

const count = 200;

/** @returns {{ ours: number, anchor: number, ratio: number }[]} */
export function benchDbMigrateMany({ workspace, env, runs }) {
  const sides = prepareMigrationSides({
    workspace,
    env,
    count,
    anchorArgs: ['--transaction', 'each'],
  });

  // Each run's result is checked before the next one starts (and the last
  // one's at the end): a side that exits 0 having applied fewer than all of
  // them, say because its glob missed files, must not count as fast.
  const check = checkEachRun(workspace, env);
  const apply = compareCommands({
    name: `db-migrate applying ${count} TypeORM migrations to an empty schema`,
    runs,
    ours: { ...sides.ours, prepare: check.before('ours', true) },
    anchor: { ...sides.anchor, prepare: check.before('anchor', true) },
  });
  check.last();
  const noop = compareCommands({
    name: `db-migrate with ${count} TypeORM migrations, none pending`,
    runs,
    ours: { ...sides.ours, prepare: check.before('ours', false) },
    anchor: { ...sides.anchor, prepare: check.before('anchor', false) },
  });
  check.last();
  return [apply, noop];
}

function checkEachRun(workspace, env) {
  let previous;
  const last = () => {
    if (!previous) return;
    const applied = countAppliedMigrations(workspace, env);
    if (applied !== count) {
      throw new Error(
        `The ${previous} side exited 0 but left ${applied} of ${count} migrations recorded in core._typeorm_migrations; its figures would mean nothing.`,
      );
    }
  };
  const before = (side, reset) => () => {
    last();
    if (reset) resetCoreSchema(workspace, env);
    previous = side;
  };
  return { before, last };
}

// Distinct names, so that a migration recorded twice does not make up for
// one that is missing.
function countAppliedMigrations(workspace, env) {
  const script = `
const { Client } = require('pg');
const client = new Client({ connectionString: process.env.PG_DATABASE_URL });
client.connect()
  .then(() => client.query('SELECT count(DISTINCT name)::int AS n FROM core._typeorm_migrations'))
  .then(({ rows }) => console.log(rows[0].n), () => console.log(0))
  .finally(() => client.end());
`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: workspace,
    env,
    encoding: 'utf8',
  });
  return Number(result.stdout.trim());
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
