// `npm run demo`: prepares the Twenty-shaped example with the packed plugin,
// runs its integration tests through Nx (which brings the compose services
// up and migrates the database first), shows that a second migration run
// applies nothing, and always takes the services down again.
//
//   node scripts/demo.mjs [--keep]   (--keep leaves the workspace on disk)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import pg from 'pg';

import { prepareWorkspace } from './prepare-workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const composeFile = 'packages/twenty-docker/docker-compose.dev.yml';
const composeProject = readComposeProjectName();
const project = 'twenty-server';
const serverRoot = 'packages/twenty-server';
const migrationsDir = `${serverRoot}/src/database/typeorm/core/migrations`;
// Nx 22 quotes a target name with a colon: app:"test:integration".
const taskMarker = /^> nx run (\S+)/;
const summaryMarker = /^\s*NX\s+(Successfully ran|Ran target|Running target)/;
const ansiCodes = /\x1b\[[0-9;]*m/g;

let interrupted = false;

async function main() {
  const { values } = parseArgs({ options: { keep: { type: 'boolean' } } });
  const started = Date.now();
  // The children get Ctrl+C from the terminal themselves; staying alive
  // lets the demo take the services down before it exits.
  process.on('SIGINT', () => (interrupted = true));

  let workspace;
  let failure;
  try {
    checkNoStackRunning();
    workspace = await prepareWorkspace();
    await runIntegrationTests(workspace);
    await migrateAgain(workspace);
  } catch (error) {
    failure = error;
  }

  const isDown = workspace ? await takeServicesDown(workspace) : true;
  if (workspace && values.keep) log(`Kept the workspace in ${workspace}`);
  else if (workspace) rmSync(workspace, { recursive: true, force: true });

  if (failure || !isDown) process.exitCode = 1;
  if (failure) log(`Demo failed: ${failure.message}`);
  else if (isDown) log(`Demo passed in ${seconds(Date.now() - started)}.`);
}

// The demo ends with docker-down, so a compose project of the same name that
// was already running, such as a real Twenty dev stack, would be lost.
function checkNoStackRunning() {
  const { stdout, status } = spawnSync(
    'docker',
    [
      'ps',
      '-a',
      '--format',
      '{{.Names}}',
      '--filter',
      `label=com.docker.compose.project=${composeProject}`,
    ],
    { encoding: 'utf8' },
  );
  const containers =
    status === 0 ? stdout.trim().split('\n').filter(Boolean) : [];
  if (containers.length > 0) {
    throw new Error(
      `the compose project ${composeProject} already has containers ` +
        `(${containers.join(', ')}) and the demo would take them down. ` +
        `Stop them first with \`docker-compose -p ${composeProject} down\`.`,
    );
  }
}

// As compose resolves it: COMPOSE_PROJECT_NAME first, then the file's name:.
function readComposeProjectName() {
  if (process.env.COMPOSE_PROJECT_NAME) return process.env.COMPOSE_PROJECT_NAME;
  const path = join(root, 'examples/twenty', composeFile);
  return readFileSync(path, 'utf8').match(/^name:\s*(\S+)/m)[1];
}

async function runIntegrationTests(workspace) {
  log(`Running ${project}:test:integration and the tasks it depends on...`);
  const { code, tasks } = await runNx(workspace, [
    'run',
    `${project}:test:integration`,
  ]);
  printTaskTimings(tasks);
  checkExitCode(code, `${project}:test:integration`);
}

async function migrateAgain(workspace) {
  const before = await countAppliedMigrations(workspace);
  log(`Running ${project}:db-migrate again; nothing should be pending...`);
  const { code } = await runNx(workspace, ['run', `${project}:db-migrate`]);
  checkExitCode(code, `${project}:db-migrate`);

  const after = await countAppliedMigrations(workspace);
  const files = readdirSync(join(workspace, migrationsDir)).length;
  if (after !== before || after !== files) {
    throw new Error(
      `expected ${files} applied migrations before and after the second ` +
        `db-migrate, found ${before} then ${after}.`,
    );
  }
  log(`Nothing was pending: still ${after} of ${files} migrations applied.`);
}

async function takeServicesDown(workspace) {
  log('Taking the compose services down, with their volumes...');
  const { code } = await runNx(workspace, [
    'run',
    `${project}:docker-down`,
    '--volumes',
  ]);
  if (code === 0) return true;
  log(
    'docker-down failed; remove what is left with ' +
      `\`docker-compose -p ${composeProject} down -v\`.`,
  );
  return false;
}

function checkExitCode(code, target) {
  if (interrupted) throw new Error(`interrupted during ${target}.`);
  if (code !== 0) throw new Error(`${target} exited with ${code}.`);
}

/**
 * Runs `npx nx ... --outputStyle=stream` in the workspace, passing its
 * output through live, and notes when each `> nx run project:target` line
 * appeared so that the tasks can be timed from the outside.
 */
function runNx(workspace, args) {
  const tasks = [];
  const endLastTask = () => {
    const last = tasks.at(-1);
    if (last && last.endedAt === undefined) last.endedAt = Date.now();
  };
  const readLine = (line) => {
    const plain = line.replace(ansiCodes, '');
    const task = plain.match(taskMarker);
    if (task) {
      endLastTask();
      tasks.push({ id: task[1].replaceAll('"', ''), startedAt: Date.now() });
    } else if (summaryMarker.test(plain)) {
      endLastTask();
    }
  };

  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['nx', ...args, '--outputStyle=stream'], {
      cwd: workspace,
      env: createNxEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    passThrough(child.stdout, process.stdout, readLine);
    passThrough(child.stderr, process.stderr, readLine);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      endLastTask();
      resolve({ code: code ?? signal, tasks });
    });
  });
}

function passThrough(from, to, readLine) {
  let pending = '';
  from.on('data', (chunk) => {
    to.write(chunk);
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    lines.forEach(readLine);
  });
  from.on('end', () => pending && readLine(pending));
}

// Variables that an outer Nx run sets for its own task would point the
// inner Nx at the wrong workspace or task.
function createNxEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('NX_TASK_') || name.startsWith('NX_WORKSPACE_ROOT')) {
      delete env[name];
    }
  }
  if (process.stdout.isTTY) env.FORCE_COLOR ??= '1';
  return env;
}

function printTaskTimings(tasks) {
  if (tasks.length === 0) return log('Nx reported no tasks.');
  const width = Math.max(...tasks.map((task) => task.id.length));
  log('Tasks in the order Nx ran them:');
  tasks.forEach((task, index) => {
    const duration = seconds(task.endedAt - task.startedAt);
    log(`  ${index + 1}. ${task.id.padEnd(width)}  ${duration}`);
  });
}

async function countAppliedMigrations(workspace) {
  const connectionString = readDatabaseUrl(workspace);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT count(*)::int AS count FROM core._typeorm_migrations',
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

// The same precedence as db-migrate's envFile: the environment wins.
function readDatabaseUrl(workspace) {
  const envFile = join(workspace, serverRoot, '.env');
  const fromFile = existsSync(envFile)
    ? parseEnv(readFileSync(envFile, 'utf8'))
    : {};
  return process.env.PG_DATABASE_URL ?? fromFile.PG_DATABASE_URL;
}

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

function log(line) {
  process.stdout.write(`demo: ${line}\n`);
}

await main();
