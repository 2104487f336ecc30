import {
  createProjectGraphAsync,
  formatFiles,
  logger,
  type ProjectGraph,
  type Tree,
} from '@nx/devkit';
import { DevopsError } from '../../errors/devops-error';
import { editNxJsonText } from './lib/edit-nx-json-text';
import { planTuning } from './lib/plan-tuning';
import { readWorkspace } from './lib/read-workspace';
import { reportFindings } from './lib/report-findings';
import type { Finding, NxJsonChange } from './lib/target-defaults-types';
import type { TargetDefaultsGeneratorOptions } from './schema';

/** Reads the project graph, with the targets inference plugins add. */
export type GraphReader = () => Promise<ProjectGraph>;

export interface TargetDefaultsResult {
  changes: NxJsonChange[];
  findings: Finding[];
}

/**
 * Builds the generator around the way it reads the project graph. `nx g`
 * gets Nx's own graph from disk; unit specs pass one built from the tree.
 * The generator itself returns nothing: Nx would call a returned value as
 * the install callback.
 */
export function createTargetDefaultsGenerator(readGraph: GraphReader) {
  return async (tree: Tree, options: TargetDefaultsGeneratorOptions) => {
    await tuneTargetDefaults(tree, options, readGraph);
  };
}

/** The generator's work, returning what it changed and found. */
export async function tuneTargetDefaults(
  tree: Tree,
  options: TargetDefaultsGeneratorOptions,
  readGraph: GraphReader,
): Promise<TargetDefaultsResult> {
  const { check = false, force = false, skipFormat = false } = options;
  const view = readWorkspace(tree, await readGraph());

  const { changes, findings } = planTuning(view, force);
  reportFindings(changes, findings, check);

  if (check) return failUnlessTuned(changes, findings);
  if (changes.length) writeNxJson(tree, changes);
  if (!skipFormat) await formatFiles(tree);
  return { changes, findings };
}

export const targetDefaultsGenerator = createTargetDefaultsGenerator(() =>
  createProjectGraphAsync({ exitOnError: false }),
);

export default targetDefaultsGenerator;

function writeNxJson(tree: Tree, changes: NxJsonChange[]): void {
  const text = tree.read('nx.json', 'utf8') ?? '{}\n';
  tree.write('nx.json', editNxJsonText(text, changes));
}

// `nx g` exits with 1 when a generator throws, which is how --check fails
// a CI step; the lines above already listed what to fix.
function failUnlessTuned(
  changes: NxJsonChange[],
  findings: Finding[],
): TargetDefaultsResult {
  const open = findings.filter((finding) => finding.status === 'open');
  if (changes.length === 0 && open.length === 0) return { changes, findings };
  const error = describeUntuned(changes.length, open.length);
  // Nx prints the message of a thrown error, not our hint.
  logger.error(error.hint);
  throw error;
}

// An open finding is one the changes leave in place, so running the
// generator alone never clears it: the hint must not suggest it does.
function describeUntuned(changes: number, open: number): DevopsError {
  const generate = `\`nx g @twenty/devops:target-defaults\``;
  if (open === 0)
    return new DevopsError(
      `nx.json is not tuned: ${changes} change(s) pending.`,
      `Run ${generate} to write them, then commit nx.json.`,
    );
  const byHand = `fix the ${open} [open] finding(s) listed above by hand (each line ends with its fix)`;
  if (changes === 0)
    return new DevopsError(
      `nx.json needs no change, but ${open} open finding(s) remain.`,
      `Running ${generate} would write nothing: ${byHand}, then run it with --check again.`,
    );
  return new DevopsError(
    `nx.json is not tuned: ${changes} change(s) pending, ${open} open finding(s).`,
    `Run ${generate} to write the changes, which clear the [fixed] findings; ${byHand}, then run it with --check again.`,
  );
}
