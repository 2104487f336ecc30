// Runs our command and the anchor's in turns, each in a fresh process, and
// prints the median of each and their ratio (ours divided by the anchor's).
import { spawnSync } from 'node:child_process';

/**
 * Each side may have a `prepare` function, run before each timing and not
 * timed, for a command that uses up its own starting state.
 *
 * @param {{ name: string, runs: number,
 *   ours: { label: string, command: string, args: string[], options?: object, prepare?: () => void },
 *   anchor: { label: string, command: string, args: string[], options?: object, prepare?: () => void } }} benchmark
 * @returns {{ ours: number, anchor: number, ratio: number }} medians in seconds
 */
export function compareCommands({ name, runs, ours, anchor }) {
  const times = { ours: [], anchor: [] };
  for (let run = 0; run < runs; run += 1) {
    // Alternate the order so neither side always runs on a warmer machine.
    const order = run % 2 === 0 ? ['ours', 'anchor'] : ['anchor', 'ours'];
    for (const side of order) {
      times[side].push(timeCommand(side === 'ours' ? ours : anchor));
    }
  }
  const result = { ours: median(times.ours), anchor: median(times.anchor) };
  result.ratio = result.ours / result.anchor;

  console.log(`\n${name} (median of ${runs} runs each)`);
  console.log(`  ours    ${result.ours.toFixed(3)} s  ${ours.label}`);
  console.log(`  anchor  ${result.anchor.toFixed(3)} s  ${anchor.label}`);
  console.log(`  ratio   ${result.ratio.toFixed(2)} (goal: 0.50 or less)`);
  return result;
}

function timeCommand({ label, command, args, options = {}, prepare }) {
  prepare?.();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `${label} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  return seconds;
}

/** The middle of the values, or the mean of the middle two. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}
