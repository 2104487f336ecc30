// Issue 5: how many tasks `nx run-many -t build test typecheck` executes
// over a scripted sequence of edits, on the example as it is (the anchor)
// and after `nx g @twenty/devops:target-defaults` (ours), and how many cache
// hits were wrong: a hit whose log, declared outputs or project folder
// differ from what a --skip-nx-cache run leaves.
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
  statSync,
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
const targets = ['build', 'test', 'typecheck'];
const runMany = [
  'run-many',
  '-t',
  ...targets,
  '--parallel=1',
  '--outputStyle=static',
];
const expectedTasks = projects
  .flatMap((project) => targets.map((target) => `${project}:${target}`))
  .sort();

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

  const ratio = ours.executed / anchor.executed;
  const fewer = 1 - ratio;
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
    `  ratio ${ratio.toFixed(2)} (ours / anchor): ${(fewer * 100).toFixed(0)}% fewer executed tasks (goal: 0.5 or less, and 0 wrong hits)`,
  );
  return { anchor, ours, fewer, ratio };
}

function runSequence(workspace, label) {
  nx(workspace, ['reset']);
  const warmUp = 'the warm-up run';
  readTasks(expectSuccess(nx(workspace, runMany), warmUp), warmUp);
  const outputs = readDeclaredOutputs(workspace);
  let executed = 0;
  let wrongHits = 0;
  console.log(`\n${label}:`);
  for (const [name, edit] of edits) {
    edit(workspace);
    const cached = readTasks(expectSuccess(nx(workspace, runMany), name), name);
    const cachedFiles = hashFiles(workspace, outputs);
    const fresh = readTasks(
      expectSuccess(nx(workspace, [...runMany, '--skip-nx-cache']), name),
      `${name}, --skip-nx-cache`,
    );
    const freshFiles = hashFiles(workspace, outputs);

    const ran = [...cached.values()].filter((task) => !task.hit).length;
    const wrong = findWrongHits(cached, fresh, cachedFiles, freshFiles);
    executed += ran;
    wrongHits += wrong.length;
    const detail = wrong.map(([what, why]) => `${what}: ${why}`).join('; ');
    console.log(
      `  after ${name}: ${ran} of ${cached.size} executed, ${wrong.length} wrong hits${detail ? ` (${detail})` : ''}`,
    );
  }
  return { executed, wrongHits };
}

/**
 * The cache hits that left something different from the fresh run: their
 * log or their declared outputs. Files outside every declared output that
 * differ (an output a hit does not restore, left stale) cannot be pinned
 * on one task, so they count once per project, naming its hits.
 */
function findWrongHits(cached, fresh, cachedFiles, freshFiles) {
  const hits = [...cached.entries()].filter(([, task]) => task.hit);
  const byTask = hits
    .map(([id, task]) => {
      if (task.output !== fresh.get(id).output) return [id, 'log'];
      if (cachedFiles.tasks[id] !== freshFiles.tasks[id])
        return [id, 'declared outputs'];
      return undefined;
    })
    .filter(Boolean);
  const byProject = projects
    .filter((p) => cachedFiles.projects[p] !== freshFiles.projects[p])
    .map((project) => [
      project,
      hits
        .map(([id]) => id)
        .filter((id) => id.startsWith(`${project}:`))
        .filter((id) => !byTask.some(([wrong]) => wrong === id)),
    ])
    .filter(([, suspects]) => suspects.length)
    .map(([project, suspects]) => [
      suspects.join(' or '),
      `files of ${project} outside its declared outputs`,
    ]);
  return [...byTask, ...byProject];
}

/**
 * Each task's cache status and its output, without colors or durations.
 * Throws unless every task of the run was found: a change in Nx's output
 * format must not turn into a count of zero.
 */
function readTasks(output, step) {
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
  const found = [...tasks.keys()].sort();
  if (found.join() !== expectedTasks.join())
    throw new Error(
      `Read ${found.length} task(s) (${found.join(', ') || 'none'}) from nx run-many after ${step}, expected ${expectedTasks.length}: ${expectedTasks.join(', ')}. ` +
        `Has Nx's "> nx run" output changed? The output was:\n${output}`,
    );
  return tasks;
}

/**
 * The workspace paths each task declares as outputs, from the project
 * graph, with {projectRoot}, {workspaceRoot} and {options.*} resolved; a
 * glob stands for the folder before its first wildcard.
 */
function readDeclaredOutputs(workspace) {
  const outputs = {};
  for (const project of projects) {
    const shown = nx(workspace, ['show', 'project', project, '--json']);
    if (shown.status !== 0)
      throw new Error(`nx show project ${project} failed:\n${shown.output}`);
    const { root, targets: all } = JSON.parse(
      shown.output.slice(shown.output.indexOf('{')),
    );
    for (const target of targets) {
      const { outputs: declared = [], options = {} } = all[target] ?? {};
      outputs[`${project}:${target}`] = declared
        .filter((output) => !output.startsWith('!'))
        .map((output) =>
          output
            .replace('{projectRoot}', root)
            .replace(/^\{workspaceRoot\}\/?/, '')
            .replace(/\{options\.([^}]+)\}/g, (_, name) => options[name])
            .split(/[*?{[]/)[0]
            .replace(/\/+$/, ''),
        );
    }
  }
  return outputs;
}

/**
 * A hash of each task's declared outputs, and of each project's folder
 * without them.
 */
function hashFiles(workspace, outputs) {
  const declaredIn = (project) =>
    Object.entries(outputs)
      .filter(([id]) => id.startsWith(`${project}:`))
      .flatMap(([, paths]) => paths);
  return {
    tasks: Object.fromEntries(
      Object.entries(outputs).map(([id, paths]) => [
        id,
        hashPaths(workspace, paths),
      ]),
    ),
    projects: Object.fromEntries(
      projects.map((project) => [
        project,
        hashPaths(workspace, [`packages/${project}`], declaredIn(project)),
      ]),
    ),
  };
}

function hashPaths(workspace, paths, skipped = []) {
  const hash = createHash('sha256');
  const walk = (path) => {
    const full = join(workspace, path);
    if (!existsSync(full) || skipped.includes(path)) return;
    if (!statSync(full).isDirectory()) {
      hash.update(path).update(readFileSync(full));
      return;
    }
    for (const entry of readdirSync(full).sort())
      if (entry !== 'node_modules') walk(join(path, entry));
  };
  for (const path of paths) walk(path);
  return hash.digest('hex');
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
