// Lays out one of examples/ as a throwaway workspace with the packed
// @twenty/devops installed, the way a user would have it. Used by the demo
// and the e2e tests; runnable on its own:
//
//   node scripts/prepare-workspace.mjs [--destination DIR] [--example twenty]
//     [--nx-version 22.7.12] [--skip-build]
//
// It prints progress on stderr and the workspace path on stdout.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const installCacheRoot = join(tmpdir(), 'twenty-devops-installs');
const npmFlags = ['--no-audit', '--no-fund'];
const skippedNames = new Set(['node_modules', '.nx', 'dist']);

/**
 * Builds the plugin, copies `examples/<example>` to `destination`, packs the
 * plugin into it and installs the example's dependencies plus that tarball
 * with npm.
 *
 * Dependencies are installed once per example manifest and Nx version into
 * a cache under the system temp folder and copied from there afterwards, so
 * only the plugin itself is installed on later calls.
 *
 * @param {object} [options]
 * @param {string} [options.destination] The folder to create the workspace
 *   in; it must not exist or be empty. @default a new folder in os.tmpdir()
 * @param {string} [options.example] The folder under examples/.
 *   @default 'twenty'
 * @param {string} [options.nxVersion] The version of nx and @nx/devkit to
 *   install. @default the example's own nx version
 * @param {boolean} [options.skipBuild] Pack dist/ as it is instead of
 *   running scripts/build.mjs first. @default false
 * @returns {Promise<string>} The absolute path of the workspace root.
 */
export async function prepareWorkspace({
  destination,
  example = 'twenty',
  nxVersion,
  skipBuild = false,
} = {}) {
  const started = Date.now();
  const exampleDir = findExample(example);
  const workspace = createDestination(destination, example);

  if (!skipBuild) await buildPlugin();
  copyExample(exampleDir, workspace);

  const manifestPath = join(workspace, 'package.json');
  writeJson(manifestPath, pinNxVersion(readJson(manifestPath), nxVersion));
  await installWithPlugin(workspace);

  log(`Workspace ready in ${seconds(started)}: ${workspace}`);
  return workspace;
}

/**
 * Installs the devDependencies of the package.json already in `workspace`,
 * from the install cache, and the plugin packed from dist/.
 */
export async function installWithPlugin(workspace) {
  const tarball = await packPlugin(workspace);
  const manifest = readJson(join(workspace, 'package.json'));
  const cache = await ensureInstallCache(manifest, tarball);
  await installFromCache(cache, workspace, tarball);
}

function findExample(example) {
  const dir = join(root, 'examples', example);
  if (!existsSync(join(dir, 'package.json'))) {
    const known = readdirSync(join(root, 'examples')).join(', ');
    throw new Error(
      `No example named "${example}" in examples/ (found: ${known}). ` +
        'Pass one of those as example.',
    );
  }
  return dir;
}

function createDestination(destination, example) {
  if (!destination) {
    return mkdtempSync(join(tmpdir(), `${example}-workspace-`));
  }
  const dir = resolve(destination);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(
      `The destination ${dir} is not empty. ` +
        'Pass a new or empty folder as destination, or none for a temp one.',
    );
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Builds the plugin into dist/ with scripts/build.mjs. */
export async function buildPlugin() {
  log('Building @twenty/devops (node scripts/build.mjs)...');
  await run(process.execPath, ['scripts/build.mjs'], { cwd: root });
}

// The tarball goes into the workspace, so the `file:` dependency on it keeps
// working for later npm commands there and leaves with the workspace.
async function packPlugin(workspace) {
  if (!existsSync(join(dist, 'package.json'))) {
    throw new Error(
      `${dist} holds no build. Run \`node scripts/build.mjs\` first, ` +
        'or leave skipBuild off.',
    );
  }
  const output = await run(
    'npm',
    ['pack', '--json', '--pack-destination', workspace],
    { cwd: dist, capture: true },
  );
  const tarball = join(workspace, JSON.parse(output)[0].filename);
  log(`Packed ${basename(tarball)}`);
  return tarball;
}

function copyExample(exampleDir, workspace) {
  cpSync(exampleDir, workspace, {
    recursive: true,
    filter: (path) =>
      !skippedNames.has(basename(path)) &&
      basename(path) !== 'package-lock.json',
  });
  log(`Copied examples/${basename(exampleDir)} to ${workspace}`);
}

// @nx/devkit is the plugin's peer dependency; left to npm it would take the
// newest major, which rejects an older nx. Pinning it to nx avoids that.
function pinNxVersion(manifest, nxVersion) {
  const version = nxVersion ?? manifest.devDependencies.nx;
  const devDependencies = {
    ...manifest.devDependencies,
    nx: version,
    '@nx/devkit': version,
  };
  return { ...manifest, devDependencies: sortKeys(devDependencies) };
}

async function ensureInstallCache(manifest, tarball) {
  const dir = join(installCacheRoot, computeCacheKey(manifest));
  if (existsSync(dir)) {
    log(`Reusing installed dependencies from ${dir}`);
    return dir;
  }

  const started = Date.now();
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeJson(join(partial, 'package.json'), manifest);

  log(`Installing dependencies once into ${dir} (npm install)...`);
  await run('npm', ['install', ...npmFlags, '--save-dev', tarball], {
    cwd: partial,
  });
  publishCache(partial, dir);
  log(`Installed dependencies in ${seconds(started)}`);
  return dir;
}

// The key covers everything that changes what npm installs: the example's
// manifest, the plugin's own dependencies and the platform's native builds.
function computeCacheKey(manifest) {
  const plugin = readJson(join(dist, 'package.json'));
  const inputs = {
    manifest,
    dependencies: plugin.dependencies,
    peerDependencies: plugin.peerDependencies,
    platform: `${process.platform}-${process.arch}`,
    node: process.versions.node.split('.')[0],
  };
  const hash = createHash('sha256').update(JSON.stringify(inputs));
  return hash.digest('hex').slice(0, 16);
}

// Renaming is atomic, so a concurrent call sees either no cache or a whole
// one; when two race, the loser's copy is dropped.
function publishCache(partial, dir) {
  try {
    renameSync(partial, dir);
  } catch (error) {
    if (!existsSync(dir)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
}

async function installFromCache(cache, workspace, tarball) {
  const started = Date.now();
  await run('cp', ['-a', join(cache, 'node_modules'), workspace]);
  cpSync(
    join(cache, 'package-lock.json'),
    join(workspace, 'package-lock.json'),
  );
  log(`Copied node_modules in ${seconds(started)}`);

  log(`Installing ${basename(tarball)} (npm install --save-dev)...`);
  await run('npm', ['install', ...npmFlags, '--save-dev', tarball], {
    cwd: workspace,
  });
}

/**
 * Runs a command with its output on our stderr, so that stdout carries only
 * the result. With `capture`, stdout is collected and returned instead.
 */
function run(command, args, { cwd = root, capture = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', capture ? 'pipe' : 2, 2],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolvePromise(stdout);
      const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} ${how}.`));
    });
  });
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function sortKeys(object) {
  return Object.fromEntries(
    Object.entries(object).sort(([a], [b]) => a.localeCompare(b)),
  );
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function log(line) {
  process.stderr.write(`prepare-workspace: ${line}\n`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      destination: { type: 'string' },
      example: { type: 'string' },
      'nx-version': { type: 'string' },
      'skip-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const workspace = await prepareWorkspace({
    destination: values.destination,
    example: values.example,
    nxVersion: values['nx-version'],
    skipBuild: values['skip-build'],
  });
  process.stdout.write(`${workspace}\n`);
}

const usage = `Usage: node scripts/prepare-workspace.mjs [options]

Builds the plugin, copies an example workspace and installs its
dependencies and the packed plugin into it, then prints its path.

  --destination DIR   where to create it (must not exist or be empty);
                      default: a new folder under the system temp folder
  --example NAME      the folder under examples/ (default: twenty)
  --nx-version V      install this nx and @nx/devkit instead of the example's
  --skip-build        pack dist/ as it is
  -h, --help          print this help

Remove the folder when you are done with it.
`;

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main().catch((error) => {
    process.stderr.write(`prepare-workspace: ${error.message}\n`);
    process.exitCode = 1;
  });
}
