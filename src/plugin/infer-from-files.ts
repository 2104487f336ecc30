import type {
  CreateNodesContextV2,
  CreateNodesResult,
  CreateNodesResultV2,
} from '@nx/devkit';

type Outcome = { result: CreateNodesResult } | { error: unknown };

/**
 * What `createNodesFromFiles` from @nx/devkit returns, without loading the
 * devkit while every file succeeds. Loading it takes about half a second,
 * and the plugin runs on every nx command. When a file fails, the devkit's
 * own `createNodesFromFiles` builds the aggregate error from the outcomes
 * already computed, so Nx still reports each broken file and keeps the
 * results of the others.
 */
export async function inferFromFiles<Options>(
  infer: (file: string) => CreateNodesResult,
  files: readonly string[],
  options: Options,
  context: CreateNodesContextV2,
): Promise<CreateNodesResultV2> {
  const outcomes = new Map(files.map((file) => [file, settle(infer, file)]));
  const failed = [...outcomes.values()].some((outcome) => 'error' in outcome);
  if (!failed) {
    return files.map((file) => [file, readResult(outcomes.get(file))]);
  }

  const devkit: typeof import('@nx/devkit') = require('@nx/devkit');
  return devkit.createNodesFromFiles(
    (file) => readResult(outcomes.get(file)),
    files,
    options,
    context,
  );
}

function settle(
  infer: (file: string) => CreateNodesResult,
  file: string,
): Outcome {
  try {
    return { result: infer(file) };
  } catch (error) {
    return { error };
  }
}

function readResult(outcome: Outcome | undefined): CreateNodesResult {
  if (!outcome) return {};
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}
