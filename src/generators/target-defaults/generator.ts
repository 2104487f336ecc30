import {
  createProjectGraphAsync,
  formatFiles,
  logger,
  type ProjectGraph,
  type Tree,
} from '@nx/devkit';
import { DevopsError } from '../../errors/devops-error';
import { applyChanges } from './lib/apply-changes';
import { collectFindings } from './lib/collect-findings';
import { editNxJsonText } from './lib/edit-nx-json-text';
import { planDefaultChanges } from './lib/plan-default-changes';
import { proposeNamedInputs } from './lib/propose-named-inputs';
import { proposeTargetDefaults } from './lib/propose-target-defaults';
import { readWorkspace } from './lib/read-workspace';
import { reportFindings } from './lib/report-findings';
import { simulateWorkspace } from './lib/simulate-workspace';
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
  {
    const { check = false, force = false, skipFormat = false } = options;
    const view = readWorkspace(tree, await readGraph());

    const namedInputChanges = proposeNamedInputs(view);
    const namedInputs = applyChanges(
      view.namedInputs,
      namedInputChanges.map((change) => ({
        ...change,
        path: change.path.slice(1),
      })),
    );
    const proposals = proposeTargetDefaults(view, namedInputs);
    const plan = planDefaultChanges(view, proposals, force);
    const changes = [...namedInputChanges, ...plan.changes];

    const after = simulateWorkspace(view, changes);
    const findings = [...collectFindings(view, after), ...plan.findings];
    const summary = reportFindings(changes, findings, check);

    if (check) return failUnlessTuned(changes, findings, summary);
    if (changes.length) writeNxJson(tree, changes);
    if (!skipFormat) await formatFiles(tree);
    return { changes, findings };
  }
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
// a CI step; the summary above already listed what to fix.
function failUnlessTuned(
  changes: NxJsonChange[],
  findings: Finding[],
  summary: string,
): TargetDefaultsResult {
  const open = findings.filter((finding) => finding.status === 'open');
  if (changes.length === 0 && open.length === 0) return { changes, findings };
  const error = new DevopsError(
    `nx.json is not tuned: ${summary.replace(/^target-defaults: /, '')}`,
    'Run `nx g @twenty/devops:target-defaults` to write the changes, then fix the open findings listed above.',
  );
  logger.error(`${error.message}\n${error.hint}`);
  throw error;
}
