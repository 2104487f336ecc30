// cache-reset against `nx reset` on a task cache of 5,000 entries, each
// side starting from the same filled cache. One real cached run gives Nx's
// own database and layout; it is then grown to 5,000 entries (a 4 KB
// output and a terminal output each, with their index rows) and saved as
// a template that is copied back before every timed run.
//
//   node bench/cache-reset.bench.mjs [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
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
  const restore = () => {
    rmSync(join(workspace, '.nx'), { recursive: true, force: true });
    cpSync(template, join(workspace, '.nx'), { recursive: true });
  };

  const result = compareCommands({
    name: `Clearing a task cache of ${entryCount.toLocaleString('en')} entries`,
    runs,
    ours: {
      label: 'npx twenty-devops cache-reset (the bin)',
      command: join(workspace, 'node_modules', '.bin', 'twenty-devops'),
      args: ['cache-reset'],
      options: { cwd: workspace, env },
      prepare: restore,
    },
    anchor: {
      label: 'npx nx reset',
      command: process.execPath,
      args: [nxBin, 'reset'],
      options: { cwd: workspace, env },
      prepare: restore,
    },
  });
  rmSync(template, { recursive: true, force: true });
  return result;
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
