// Lays out one copy of the synthetic workspace per configuration of nx.json
// `plugins`.
//
// Why copies rather than one folder whose nx.json is swapped: nx keys its
// project graph cache (and the plugins key theirs) on the plugins list, and
// all of it lives in the folder's .nx/workspace-data. In one shared folder a
// warm run is only warm if nothing else ran in between, so a slip in the
// order would silently time a rebuilt graph as "warm". With one folder per
// configuration, each nx.json never changes and each cache only ever holds
// that configuration's results. The copies share node_modules through hard
// links: no install and little disk, and since nx's files are the same
// inodes in all of them, the OS file cache favours none.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { generateWorkspace } from './generate-workspace.mjs';
import { installDependencies } from './install-dependencies.mjs';

const nxVersion = '22.7.12';

export const devDependencies = {
  '@nx/devkit': nxVersion,
  '@nx/docker': nxVersion,
  nx: nxVersion,
};

/** The nx.json `plugins` of each configuration, baseline first. */
export const configurations = {
  baseline: [],
  ours: ['@twenty/devops/plugin'],
  // An installed plugin that matches no file: what any one more plugin
  // costs Nx (with isolation, a worker process), so that ours can be told
  // apart from it. Installed rather than a local file, which Nx would load
  // through its TypeScript transpiler.
  emptyPlugin: ['devops-bench-empty-plugin'],
  // Our plugin's own results, inferred once beforehand and returned as they
  // are, for the same files, with a createDependencies that returns no
  // edge: what Nx itself spends on a plugin of our shape and on these 300
  // targets (matching, merging, caching the graph; with isolation, the
  // worker and the messages to it), which no plugin that infers them can
  // go below.
  floor: ['devops-bench-floor-plugin'],
  // The registration form from the @nx/docker docs, with its default
  // target names spelled out.
  nxDocker: [
    {
      plugin: '@nx/docker',
      options: { buildTarget: 'docker:build', runTarget: 'docker:run' },
    },
  ],
};

/**
 * Generates and installs the workspace once under `benchRoot`/template, then
 * copies it once per configuration. Returns the folder of each configuration
 * by its name.
 */
export async function prepareWorkspaces(benchRoot, names) {
  const template = join(benchRoot, 'template');
  mkdirSync(template);
  generateWorkspace(template, devDependencies);
  await installDependencies(template);
  writeEmptyPlugin(template);
  await writeFloorPlugin(template);

  const workspaces = {};
  for (const name of names) {
    workspaces[name] = join(benchRoot, name);
    copyWorkspace(template, workspaces[name]);
    writeNxJson(workspaces[name], configurations[name]);
    initGit(workspaces[name]);
  }
  return workspaces;
}

function copyWorkspace(template, workspace) {
  cpSync(template, workspace, {
    recursive: true,
    filter: (path) => path !== join(template, 'node_modules'),
  });
  const result = spawnSync('cp', [
    '-al',
    join(template, 'node_modules'),
    join(workspace, 'node_modules'),
  ]);
  if (result.status !== 0) {
    throw new Error(`Hard-linking node_modules failed: ${result.stderr}`);
  }
}

function writeNxJson(workspace, plugins) {
  const nxJson = {
    $schema: './node_modules/nx/schemas/nx-schema.json',
    namedInputs: {
      sharedGlobals: ['{workspaceRoot}/tsconfig.base.json'],
      default: ['{projectRoot}/**/*', 'sharedGlobals'],
    },
    plugins,
  };
  writeFileSync(
    join(workspace, 'nx.json'),
    `${JSON.stringify(nxJson, null, 2)}\n`,
  );
}

function writeEmptyPlugin(workspace) {
  const folder = join(workspace, 'node_modules', 'devops-bench-empty-plugin');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    '{ "name": "devops-bench-empty-plugin", "version": "0.0.0", "main": "index.js" }\n',
  );
  writeFileSync(
    join(folder, 'index.js'),
    "const createNodes = ['**/*.no-such-file', () => []];\n" +
      'module.exports = { createNodes, createNodesV2: createNodes };\n',
  );
}

async function writeFloorPlugin(workspace) {
  const requireInWorkspace = createRequire(join(workspace, 'package.json'));
  const { createNodesV2 } = requireInWorkspace('@twenty/devops/plugin');
  // The matcher Nx itself applies to a plugin's glob, from Nx's own place.
  const requireFromNx = createRequire(
    requireInWorkspace.resolve('nx/package.json'),
  );
  const { minimatch } = requireFromNx('minimatch');
  const [glob, inferTargets] = createNodesV2;
  const files = listFiles(workspace).filter((file) =>
    minimatch(file, glob, { dot: true }),
  );
  const results = await inferTargets(files, undefined, {
    workspaceRoot: workspace,
    nxJsonConfiguration: {},
  });
  // Inferring wrote our cache there; no configuration may start with it.
  rmSync(join(workspace, '.nx'), { recursive: true, force: true });

  const folder = join(workspace, 'node_modules', 'devops-bench-floor-plugin');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.json'), JSON.stringify(results));
  writeFileSync(
    join(folder, 'package.json'),
    '{ "name": "devops-bench-floor-plugin", "version": "0.0.0", "main": "index.js" }\n',
  );
  writeFileSync(
    join(folder, 'index.js'),
    `const results = require('./results.json');\n` +
      `const createNodes = [${JSON.stringify(glob)}, async () => results];\n` +
      'const createDependencies = () => [];\n' +
      'module.exports = { createNodes, createNodesV2: createNodes, createDependencies };\n',
  );
}

function listFiles(workspace, folder = workspace) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (!entry.isDirectory()) return [relative(workspace, path)];
    return ['node_modules', '.nx', '.git'].includes(entry.name)
      ? []
      : listFiles(workspace, path);
  });
}

// A real workspace is a git repository. Outside one, nx 22's file walk also
// applies any .gitignore found in the folders above the temp folder.
function initGit(workspace) {
  spawnSync('git', ['init', '--quiet'], { cwd: workspace });
}
