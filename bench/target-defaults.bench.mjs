// Issue 5: how many tasks `nx run-many -t build test typecheck` executes
// over a scripted sequence of edits, on the example as it is (the anchor)
// and after `nx g @twenty/devops:target-defaults` (ours), and how many cache
// hits were wrong: a hit whose output differs from a --skip-nx-cache run.
//
//   node bench/target-defaults.bench.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareWorkspace } from '../scripts/prepare-workspace.mjs';

const projects = [
  'twenty-shared',
  'twenty-emails',
  'twenty-ui',
  'twenty-server',
];
const runMany = [
  'run-many',
  '-t',
  'build',
  'test',
  'typecheck',
  '--parallel=1',
  '--outputStyle=static',
];

/** The edits, in order: each changes a file the way a developer would. */
const edits = [
  [
    'a spec file',
    (ws) =>
      appendFileSync(
        join(ws, 'packages/twenty-server/test/unit/migrations.spec.mjs'),
        "\ntest('has migrations', () => assert.ok(files.length > 0));\n",
      ),
  ],
  [
    'a README',
    (ws) =>
      appendFileSync(
        join(ws, 'packages/twenty-server/README.md'),
        '\nSee also the example README.\n',
      ),
  ],
  [
    'a leaf library source file',
    (ws) =>
      replaceIn(
        ws,
        'packages/twenty-ui/src/index.ts',
        "member: 'Member'",
        "member: 'Workspace member'",
      ),
  ],
  [
    'a migration',
    (ws) =>
      appendFileSync(
        join(
          ws,
          'packages/twenty-server/src/database/typeorm/core/migrations/1717000000006-add-workspace-activation-status.ts',
        ),
        '\n// Activation statuses are read by the billing module.\n',
      ),
  ],
  [
    'a root config file (tsconfig.base.json)',
    (ws) =>
      replaceIn(
        ws,
        'tsconfig.base.json',
        '"strict": true,',
        '"strict": true,\n    "removeComments": true,',
      ),
  ],
];

/**
 * Runs the sequence once on the example as it is and once after tuning,
 * and prints both counts. Returns them for bench/run-all.mjs.
 */
export function benchTargetDefaults({ workspace }) {
  git(workspace, 'init', '-q', '-b', 'main');
  commitAll(workspace, 'example');

  const anchor = runSequence(workspace, 'the example as it is');
  resetTo(workspace, 'HEAD');
  const generated = nx(workspace, [
    'g',
    '@twenty/devops:target-defaults',
    '--no-interactive',
  ]);
  if (generated.status !== 0)
    throw new Error(`target-defaults failed:\n${generated.output}`);
  commitAll(workspace, 'tuned');
  const ours = runSequence(workspace, 'after target-defaults');

  const fewer = 1 - ours.executed / anchor.executed;
  console.log(
    '\ntarget-defaults: tasks executed over 5 edits of build, test and typecheck',
  );
  console.log(
    `  anchor  ${anchor.executed} executed, ${anchor.wrongHits} wrong hits (the example's nx.json)`,
  );
  console.log(
    `  ours    ${ours.executed} executed, ${ours.wrongHits} wrong hits (after nx g @twenty/devops:target-defaults)`,
  );
  console.log(
    `  ${(fewer * 100).toFixed(0)}% fewer executed tasks (goal: 50% or more, and 0 wrong hits)`,
  );
  return { anchor, ours, fewer, ratio: ours.executed / anchor.executed };
}

function runSequence(workspace, label) {
  nx(workspace, ['reset']);
  expectSuccess(nx(workspace, runMany), 'the warm-up run');
  let executed = 0;
  let wrongHits = 0;
  console.log(`\n${label}:`);
  for (const [name, edit] of edits) {
    edit(workspace);
    const cached = readTasks(expectSuccess(nx(workspace, runMany), name));
    const cachedOutputs = hashOutputs(workspace);
    const fresh = readTasks(
      expectSuccess(nx(workspace, [...runMany, '--skip-nx-cache']), name),
    );
    const freshOutputs = hashOutputs(workspace);

    const ran = [...cached.values()].filter((task) => !task.hit).length;
    const wrong = [...cached.entries()].filter(
      ([id, task]) =>
        task.hit &&
        (task.output !== fresh.get(id)?.output ||
          (id.endsWith(':build') && cachedOutputs[id] !== freshOutputs[id])),
    );
    executed += ran;
    wrongHits += wrong.length;
    console.log(
      `  after ${name}: ${ran} of ${cached.size} executed, ${wrong.length} wrong hits${wrong.length ? ` (${wrong.map(([id]) => id).join(', ')})` : ''}`,
    );
  }
  return { executed, wrongHits };
}

/** Each task's cache status and its output, without colors or durations. */
function readTasks(output) {
  const tasks = new Map();
  for (const block of output.split(/^(?=> nx run )/m).slice(1)) {
    const [header, ...lines] = block.split('\n');
    const id = /^> nx run (\S+)/.exec(header)[1].replace(/"/g, '');
    const hit =
      /\[(local cache|existing outputs match the cache|remote cache)/.test(
        header,
      );
    const text = lines
      .join('\n')
      .replace(/duration_ms:? [\d.]+/g, 'duration_ms')
      .replace(/\(node:\d+\)/g, '(node)')
      .replace(/\(\d+(\.\d+)?m?s\)/g, '')
      .split(/\n\s*NX\s/)[0]
      .trim();
    tasks.set(id, { hit, output: text });
  }
  return tasks;
}

/** A hash of each project's dist folder, keyed by its build task. */
function hashOutputs(workspace) {
  return Object.fromEntries(
    projects.map((project) => {
      const hash = createHash('sha256');
      const walk = (dir) => {
        if (!existsSync(dir)) return;
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort(
          (a, b) => a.name.localeCompare(b.name),
        )) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else hash.update(path).update(readFileSync(path));
        }
      };
      walk(join(workspace, 'packages', project, 'dist'));
      return [`${project}:build`, hash.digest('hex')];
    }),
  );
}

function nx(workspace, args) {
  const result = spawnSync(process.execPath, [findNxBin(workspace), ...args], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      FORCE_COLOR: '0',
      NX_TUI: 'false',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''),
  };
}

/** The nx entry point of the workspace's install, wherever its version keeps it. */
function findNxBin(workspace) {
  const folder = join(workspace, 'node_modules', 'nx');
  const { bin } = JSON.parse(
    readFileSync(join(folder, 'package.json'), 'utf8'),
  );
  return join(folder, typeof bin === 'string' ? bin : bin.nx);
}

function expectSuccess(run, step) {
  if (run.status !== 0)
    throw new Error(`nx run-many failed after ${step}:\n${run.output}`);
  return run.output;
}

function replaceIn(workspace, path, from, to) {
  const file = join(workspace, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from))
    throw new Error(
      `${path} no longer contains ${from}; update the benchmark's edits.`,
    );
  writeFileSync(file, text.replace(from, to));
}

function git(workspace, ...args) {
  const result = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

function commitAll(workspace, message) {
  git(workspace, 'add', '-A');
  git(
    workspace,
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '-qm',
    message,
  );
}

// Back to the committed files, with the built dist folders gone.
function resetTo(workspace, ref) {
  git(workspace, 'reset', '-q', '--hard', ref);
  for (const project of projects)
    rmSync(join(workspace, 'packages', project, 'dist'), {
      recursive: true,
      force: true,
    });
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const workspace = await prepareWorkspace();
  try {
    benchTargetDefaults({ workspace });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
