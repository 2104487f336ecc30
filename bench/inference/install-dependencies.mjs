// Installs nx, @nx/devkit, @nx/docker and the packed @twenty/devops into the
// benchmark workspace. As in scripts/prepare-workspace.mjs, the third-party
// packages are installed once into a cache keyed by a hash of what decides
// them, and copied from there; only the plugin's tarball is installed anew,
// so each run measures the plugin as it is now built.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const installCacheRoot = join(tmpdir(), 'twenty-devops-installs');
const npmFlags = ['--no-audit', '--no-fund'];

/** Builds the plugin with scripts/build.mjs, as prepare-workspace does. */
export function buildPlugin() {
  run(process.execPath, ['scripts/build.mjs'], root);
}

/** Fails unless dist/ holds the inference entry, @twenty/devops/plugin. */
export function checkPluginEntryBuilt() {
  if (!existsSync(join(dist, 'src', 'plugin.js'))) {
    throw new Error(
      'dist/src/plugin.js is missing, so nx cannot load ' +
        '@twenty/devops/plugin. Add src/plugin.ts and run ' +
        '`node scripts/build.mjs`, or drop --skip-build.',
    );
  }
}

/**
 * Installs the workspace's devDependencies and the plugin's tarball into
 * `workspace`, which must already hold its package.json.
 */
export function installDependencies(workspace) {
  const tarball = packPlugin(workspace);
  const manifest = readJson(join(workspace, 'package.json'));
  const cache = ensureInstallCache(manifest, tarball);

  run('cp', ['-a', join(cache, 'node_modules'), workspace], workspace);
  cpSync(
    join(cache, 'package-lock.json'),
    join(workspace, 'package-lock.json'),
  );
  run('npm', ['install', ...npmFlags, '--save-dev', tarball], workspace);
}

// The tarball goes into the workspace so that the `file:` dependency npm
// records for it keeps resolving there.
function packPlugin(workspace) {
  const args = ['pack', '--json', '--pack-destination', workspace];
  const output = run('npm', args, dist);
  return join(workspace, JSON.parse(output)[0].filename);
}

function ensureInstallCache(manifest, tarball) {
  const dir = join(installCacheRoot, `inference-${computeCacheKey(manifest)}`);
  if (existsSync(dir)) return dir;

  log(`installing dependencies once into ${dir}`);
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify(manifest));
  run('npm', ['install', ...npmFlags, '--save-dev', tarball], partial);
  publishCache(partial, dir);
  return dir;
}

// Everything that changes what npm installs: the workspace's devDependencies,
// the plugin's own dependencies and the platform's native builds.
function computeCacheKey(manifest) {
  const plugin = readJson(join(dist, 'package.json'));
  const inputs = {
    devDependencies: manifest.devDependencies,
    dependencies: plugin.dependencies,
    peerDependencies: plugin.peerDependencies,
    platform: `${process.platform}-${process.arch}`,
    node: process.versions.node.split('.')[0],
  };
  const hash = createHash('sha256').update(JSON.stringify(inputs));
  return hash.digest('hex').slice(0, 16);
}

// A rename is atomic, so a benchmark running beside us sees no cache or a
// whole one; when two race, the loser drops its copy.
function publishCache(partial, dir) {
  try {
    renameSync(partial, dir);
  } catch (error) {
    if (!existsSync(dir)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` in ${cwd} exited with ` +
        `${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function log(line) {
  process.stderr.write(`inference bench: ${line}\n`);
}
