// Prints each configuration's medians, then the figures issue 3 sets goals
// for, each with whether it meets its goal.
import { median } from '../compare-commands.mjs';

const labels = {
  baseline: 'no plugins',
  ours: '@twenty/devops/plugin',
  emptyPlugin: 'a plugin matching nothing',
  floor: 'our targets, precomputed',
  nxDocker: '@nx/docker',
};

/**
 * @param {Record<string, { cold: number[], warm: number[] }>} times seconds
 * @returns {{ met: number, total: number }} how many goals were met
 */
export function reportResults(times, runs, mode) {
  const medians = computeMedians(times);
  console.log(
    `\nnx show projects --json, 1,000 projects, ${mode} (median of ${runs})`,
  );
  for (const [name, { cold, warm }] of Object.entries(times)) {
    console.log(
      `  ${labels[name].padEnd(26)} cold ${describe(cold)}   ` +
        `warm ${describe(warm)}`,
    );
  }

  const goals = listGoals(medians);
  console.log('');
  for (const goal of goals) console.log(`  ${formatGoal(goal)}`);
  console.log(`  ${formatShare(medians)}`);
  const met = goals.filter((goal) => goal.ratio <= goal.limit).length;
  console.log(`\n${met} of ${goals.length} goals met ${mode}.`);
  return { met, total: goals.length };
}

function listGoals(medians) {
  const { baseline, ours, nxDocker } = medians;
  return [
    overheadGoal('cold', ours.cold, baseline.cold, 1.15),
    overheadGoal('warm', ours.warm, baseline.warm, 1.03),
    versusGoal('cold', ours.cold, nxDocker.cold),
    versusGoal('warm', ours.warm, nxDocker.warm),
  ];
}

function overheadGoal(state, ours, baseline, limit) {
  return {
    title: `ours vs no plugins, ${state}`,
    ratio: ours / baseline,
    limit,
    goal: `at most +${Math.round((limit - 1) * 100)}%`,
  };
}

function versusGoal(state, ours, nxDocker) {
  return {
    title: `ours vs @nx/docker, ${state}`,
    ratio: ours / nxDocker,
    limit: 1,
    goal: 'no slower, ratio 1.00 or less',
  };
}

// Not a goal of the issue: how much of our overhead is the price of any
// plugin at all, how much Nx spends on our targets once they are returned
// (the floor, which includes the first), and how much is our own work.
function formatShare({ baseline, ours, emptyPlugin, floor }) {
  const seconds = (value) =>
    `${value < 0 ? '-' : '+'}${Math.abs(value).toFixed(3)} s`;
  const share = (state) => {
    const extra = ours[state] - baseline[state];
    const anyPlugin = emptyPlugin[state] - baseline[state];
    const atFloor = floor[state] - baseline[state];
    const percent = (floor[state] / baseline[state] - 1) * 100;
    return (
      `${state} ${seconds(extra)}: any plugin ${seconds(anyPlugin)}, ` +
      `our targets precomputed ${seconds(atFloor)} (${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%, the floor), ` +
      `our own work ${seconds(ours[state] - floor[state])}`
    );
  };
  return `ours over no plugins, ${share('cold')}\n  ours over no plugins, ${share('warm')}`;
}

function formatGoal({ title, ratio, limit, goal }) {
  const percent = (ratio - 1) * 100;
  const sign = percent >= 0 ? '+' : '';
  const verdict = ratio <= limit ? 'meets' : 'MISSES';
  return (
    `${title.padEnd(26)} ratio ${ratio.toFixed(3)} ` +
    `(${sign}${percent.toFixed(1)}%)  ${verdict} the goal: ${goal}`
  );
}

function computeMedians(times) {
  return Object.fromEntries(
    Object.entries(times).map(([name, { cold, warm }]) => [
      name,
      { cold: median(cold), warm: median(warm) },
    ]),
  );
}

// The median and the spread, which tells whether a ratio near its limit is
// a real difference or noise.
function describe(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const range = `${sorted[0].toFixed(2)}-${sorted.at(-1).toFixed(2)}`;
  return `${median(values).toFixed(3)} s (range ${range})`;
}
