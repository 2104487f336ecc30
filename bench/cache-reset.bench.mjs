// cache-reset against `nx reset` on a task cache of 5,000 entries, each
// side starting from the same filled cache. One real cached run gives Nx's
// own database and layout; it is then grown to 5,000 entries (a 4 KB
// output and a terminal output each, with their index rows) and saved as
// a template that is copied back before every timed run. After every run
// of either side, the cache must hold no entry and the index no row, or
// the benchmark fails: a fast reset that leaves entries behind proves
// nothing.
//
//   node bench/cache-reset.bench.mjs [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareWorkspace } from '../scripts/prepare-workspace.mjs';
import { compareCommands } from './compare-commands.mjs';

const entryCount = 5000;
const probe = 'packages/cache-probe';

export function benchCacheReset({ workspace, runs }) {
  const nxBin = findNxBin(workspace);
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const template = fillCacheTemplate(workspace, nxBin, env);
  const filled = countCache(workspace);
  if (filled.entries <= entryCount || filled.rows <= entryCount) {
    throw new Error(
      `The template holds ${filled.entries} entries and ${filled.rows} index rows, expected more than ${entryCount} of each.`,
    );
  }

  // compareCommands has no hook after a run, so each `prepare` first
  // checks what the run before it (of either side) left, then restores.
  let lastRun;
  const checkLastRun = () => {
    if (lastRun) assertCacheEmptied(workspace, lastRun);
    lastRun = undefined;
  };
  const prepareFor = (label) => () => {
    checkLastRun();
    rmSync(join(workspace, '.nx'), { recursive: true, force: true });
    cpSync(template, join(workspace, '.nx'), { recursive: true });
    lastRun = label;
  };

  const ours = 'npx twenty-devops cache-reset (the bin)';
  const anchor = 'npx nx reset';
  const result = compareCommands({
    name: `Clearing a task cache of ${entryCount.toLocaleString('en')} entries`,
    runs,
    ours: {
      label: ours,
      command: join(workspace, 'node_modules', '.bin', 'twenty-devops'),
      args: ['cache-reset'],
      options: { cwd: workspace, env },
      prepare: prepareFor(ours),
    },
    anchor: {
      label: anchor,
      command: process.execPath,
      args: [nxBin, 'reset'],
      options: { cwd: workspace, env },
      prepare: prepareFor(anchor),
    },
  });
  checkLastRun();
  console.log(
    `  checked ${filled.entries.toLocaleString('en')} entries and ${filled.rows.toLocaleString('en')} index rows gone after each of the ${runs * 2} runs`,
  );
  rmSync(template, { recursive: true, force: true });
  return result;
}

/** Fails naming the side when its run left a cache entry or index row. */
function assertCacheEmptied(workspace, label) {
  const left = countCache(workspace);
  if (left.entries === 0 && left.rows === 0) return;
  throw new Error(
    `${label} left ${left.entries} cache entries and ${left.rows} index rows behind in ${join(workspace, '.nx')}.`,
  );
}

/** Task cache entries on disk (`<hash>/` and terminal outputs) and index rows. */
function countCache(workspace) {
  const cache = join(workspace, '.nx', 'cache');
  const isHash = (name) => /^\d+$/.test(name);
  const entries = new Set([
    ...listNames(cache).filter(isHash),
    ...listNames(join(cache, 'terminalOutputs')).filter(isHash),
  ]).size;
  const data = join(workspace, '.nx', 'workspace-data');
  const require = createRequire(join(workspace, 'package.json'));
  const Database = require('libsql');
  let rows = 0;
  for (const name of listNames(data).filter((name) => name.endsWith('.db'))) {
    const db = new Database(join(data, name));
    const table = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'cache_outputs'",
      )
      .get();
    if (table)
      rows += db.prepare('SELECT COUNT(*) AS n FROM cache_outputs').get().n;
    db.close();
  }
  return { entries, rows };
}

function listNames(folder) {
  return existsSync(folder) ? readdirSync(folder) : [];
}

function fillCacheTemplate(workspace, nxBin, env) {
  writeProbe(workspace);
  execFileSync(process.execPath, [nxBin, 'run', 'cache-probe:build'], {
    cwd: workspace,
    env,
    stdio: 'ignore',
  });
  const cache = join(workspace, '.nx', 'cache');
  const data = join(workspace, '.nx', 'workspace-data');
  const database = join(
    data,
    readdirSync(data).find((name) => name.endsWith('.db')),
  );
  addEntries(workspace, cache, database);
  const template = join(workspace, '..', `${entryCount}-entries-nx`);
  rmSync(template, { recursive: true, force: true });
  cpSync(join(workspace, '.nx'), template, { recursive: true });
  return template;
}

function addEntries(workspace, cache, database) {
  const require = createRequire(join(workspace, 'package.json'));
  const Database = require('libsql');
  const db = new Database(database);
  // cache_outputs rows refer to task_details rows (Nx 22), as Nx writes them.
  const details = db.prepare(
    "INSERT OR REPLACE INTO task_details (hash, project, target, configuration) VALUES (?, 'cache-probe', 'build', NULL)",
  );
  const insert = db.prepare(
    'INSERT OR REPLACE INTO cache_outputs (hash, code, size) VALUES (?, 0, ?)',
  );
  const output = 'x'.repeat(4096);
  db.transaction(() => {
    for (let index = 0; index < entryCount; index += 1) {
      const hash = String(9000000000000000000n + BigInt(index));
      const dist = join(cache, hash, probe, 'dist');
      mkdirSync(dist, { recursive: true });
      writeFileSync(join(dist, 'out.txt'), output);
      writeFileSync(join(cache, 'terminalOutputs', hash), `built ${index}\n`);
      details.run(hash);
      insert.run(hash, output.length);
    }
  })();
  db.close();
}

function writeProbe(workspace) {
  mkdirSync(join(workspace, probe, 'src'), { recursive: true });
  writeFileSync(join(workspace, probe, 'src', 'index.txt'), 'probe\n');
  writeFileSync(
    join(workspace, probe, 'project.json'),
    JSON.stringify({
      name: 'cache-probe',
      targets: {
        build: {
          command: `node -e "require('fs').mkdirSync('${probe}/dist',{recursive:true});require('fs').writeFileSync('${probe}/dist/out.txt','x')"`,
          cache: true,
          inputs: ['{projectRoot}/src/**/*'],
          outputs: ['{projectRoot}/dist'],
        },
      },
    }),
  );
}

function findNxBin(workspace) {
  const folder = join(workspace, 'node_modules', 'nx');
  const { bin } = JSON.parse(
    readFileSync(join(folder, 'package.json'), 'utf8'),
  );
  return join(folder, typeof bin === 'string' ? bin : bin.nx);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' } },
  });
  const workspace = await prepareWorkspace();
  try {
    benchCacheReset({ workspace, runs: Number(values.runs) });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
