// Issue 3's benchmark: what registering @twenty/devops/plugin costs
// `nx show projects --json` in a workspace of 1,000 projects (100 with a
// compose file, 100 with a TypeORM data source, 100 with a Dockerfile),
// against no plugins and against @nx/docker, cold and warm.
//
//   node bench/inference.bench.mjs [--runs 5] [--skip-build]
//
// Workspaces go to a temp folder that is removed afterwards, unless the run
// fails, when it is kept for a look and its path printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildPlugin,
  checkPluginEntryBuilt,
} from './inference/install-dependencies.mjs';
import {
  configurations,
  prepareWorkspaces,
} from './inference/prepare-workspaces.mjs';
import { reportResults } from './inference/report-results.mjs';
import { timeShowProjects } from './inference/time-show-projects.mjs';
import { verifyInference } from './inference/verify-inference.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(
    `--runs must be a whole number above 0, not "${values.runs}".`,
  );
}

// Nx 22 runs each plugin in a worker process of its own unless
// NX_ISOLATE_PLUGINS=false (or it detects a sandbox); a worker costs the
// same for any plugin, so both ways are timed.
const isolationModes = [
  { mode: 'plugins isolated (the Nx default)', env: {} },
  {
    mode: 'plugins in process (NX_ISOLATE_PLUGINS=false)',
    env: { NX_ISOLATE_PLUGINS: 'false' },
  },
];

const started = Date.now();
const loadAtStart = loadavg()[0];
if (!values['skip-build']) await buildPlugin();
checkPluginEntryBuilt();

const benchRoot = mkdtempSync(join(tmpdir(), 'devops-inference-bench-'));
try {
  log(`Generating and installing the workspaces in ${benchRoot}...`);
  const workspaces = await prepareWorkspaces(
    benchRoot,
    Object.keys(configurations),
  );
  const checks = verifyInference(workspaces);
  log(`Both plugins inferred their targets (${checks} checks).`);

  for (const { mode, env } of isolationModes) {
    log(`Timing ${runs} rounds of cold and warm runs, ${mode}...`);
    reportResults(timeShowProjects(workspaces, runs, env), runs, mode);
  }
  reportLoad(loadAtStart);

  rmSync(benchRoot, { recursive: true, force: true });
  console.log(
    `Benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
} catch (error) {
  log(`Failed; the workspaces are kept in ${benchRoot}`);
  throw error;
}

// Nx 22 runs every plugin in a worker process of its own, so on a machine
// that other work already keeps busy the extra worker waits for a core and
// the ratios grow with that load rather than with the plugin's work. The
// load is read before we start anything, so that it is not our own.
function reportLoad(loadAtStart) {
  const cores = availableParallelism();
  console.log(
    `Load average at the start: ${loadAtStart.toFixed(1)} on ${cores} cores.`,
  );
  if (loadAtStart > cores / 2) {
    console.log(
      'Other work was keeping the machine busy; expect wide ranges, and ' +
        'rerun on a quiet machine or with more --runs before trusting a ' +
        'ratio near its goal.',
    );
  }
}

function log(line) {
  process.stderr.write(`inference bench: ${line}\n`);
}
