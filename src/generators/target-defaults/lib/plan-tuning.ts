import { applyChanges } from './apply-changes';
import { collectFindings } from './collect-findings';
import { planDefaultChanges } from './plan-default-changes';
import { proposeNamedInputs } from './propose-named-inputs';
import { proposeTargetDefaults } from './propose-target-defaults';
import { simulateWorkspace } from './simulate-workspace';
import type {
  Finding,
  NxJsonChange,
  WorkspaceView,
} from './target-defaults-types';

export interface TuningPlan {
  changes: NxJsonChange[];
  findings: Finding[];
}

/**
 * Everything the generator would write to nx.json, and every finding:
 * the traps (fixed by these changes or still open) and the values kept
 * because the user wrote them.
 */
export function planTuning(view: WorkspaceView, force: boolean): TuningPlan {
  const namedInputChanges = proposeNamedInputs(view);
  const namedInputs = applyChanges(
    { namedInputs: view.namedInputs },
    namedInputChanges,
  ).namedInputs;

  const proposals = proposeTargetDefaults(view, namedInputs);
  const defaults = planDefaultChanges(view, proposals, force);
  const changes = [...namedInputChanges, ...defaults.changes];

  const after = simulateWorkspace(view, changes);
  return {
    changes,
    findings: [...collectFindings(view, after), ...defaults.findings],
  };
}
