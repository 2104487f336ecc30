import { applyChanges } from './apply-changes';
import { findCatchAllEntry } from './find-catch-all-entry';
import { readDefaultConflict } from './read-default-conflict';
import { resolveDefaultsKey } from './resolve-defaults-key';
import type {
  DefaultField,
  NxJsonChange,
  WorkspaceView,
} from './target-defaults-types';

const fields: DefaultField[] = [
  'cache',
  'inputs',
  'outputs',
  'dependsOn',
  'parallelism',
];

/**
 * The workspace as it will be once the changes are written: nx.json's
 * named inputs and target defaults, and each target with the values its
 * key now gives it where neither its project nor a plugin set them.
 */
export function simulateWorkspace(
  view: WorkspaceView,
  changes: NxJsonChange[],
): WorkspaceView {
  const after = applyChanges(
    { namedInputs: view.namedInputs, targetDefaults: view.targetDefaults },
    changes,
  );
  const touchedKeys = new Set(
    changes
      .filter((change) => change.path[0] === 'targetDefaults')
      .map((change) => String(change.path[1])),
  );
  const targets = view.targets.map((target) => {
    const key = resolveDefaultsKey(target, after.targetDefaults);
    if (!key || !touchedKeys.has(key)) return target;
    const entry = findCatchAllEntry(after.targetDefaults[key])?.config ?? {};
    if (readDefaultConflict(target, entry)) return target;
    const effective = { ...target.effective };
    for (const field of fields)
      if (entry[field] !== undefined && target.declared?.[field] === undefined)
        Object.assign(effective, { [field]: entry[field] });
    return { ...target, effective };
  });
  return { ...view, ...after, targets };
}
