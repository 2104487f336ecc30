import { describeKind } from './describe-kind';
import { findCatchAllEntry } from './find-catch-all-entry';
import { readDefaultConflict } from './read-default-conflict';
import { readDefaultEntries } from './read-default-entries';
import { resolveDefaultsKey } from './resolve-defaults-key';
import type { Proposal } from './propose-target-defaults';
import type {
  DefaultField,
  Finding,
  NxJsonChange,
  TargetKind,
  WorkspaceTarget,
  WorkspaceView,
} from './target-defaults-types';

export interface DefaultsPlan {
  changes: NxJsonChange[];
  findings: Finding[];
}

/**
 * Turns proposals into changes to `targetDefaults`, respecting what the
 * user wrote: a field the key already has is kept and reported when it
 * differs (replaced only with `force`, except `cache: true` on a target
 * that must not be cached, which is always turned off, and `cache: false`,
 * which is never turned on); a field every target sets itself,
 * or that an inference plugin sets, is not written, since a default would
 * be ignored or would override the plugin.
 */
export function planDefaultChanges(
  view: WorkspaceView,
  proposals: Proposal[],
  force: boolean,
): DefaultsPlan {
  const plan: DefaultsPlan = { changes: [], findings: [] };
  for (const proposal of proposals) planProposal(view, proposal, force, plan);
  return plan;
}

function planProposal(
  view: WorkspaceView,
  { name, kind, targets, values }: Proposal,
  force: boolean,
  plan: DefaultsPlan,
): void {
  const value = view.targetDefaults[name];
  const catchAll = findCatchAllEntry(value);
  const { keyed, reaching } = findReachingTargets(view, name, targets);
  reportShadowed(name, targets, keyed, view, plan);
  if (targets.length > 0 && keyed.length === 0) return;
  const reachesNone = keyed.length > 0 && reaching.length === 0;

  // The user turned caching off for this name and that is kept, even with
  // force: inputs and outputs would be moot.
  const userUncached =
    catchAll?.config.cache === false && values.cache === true;
  const added: Record<string, unknown> = {};
  for (const [field, wanted] of Object.entries(values) as [
    DefaultField,
    unknown,
  ][]) {
    const current = catchAll?.config[field];
    if (current === undefined) {
      const moot = userUncached && (field === 'inputs' || field === 'outputs');
      if (!moot && !reachesNone && !isLeftToTargets(field, reaching, value))
        added[field] = wanted;
      continue;
    }
    if (areEqual(field, current, wanted)) continue;
    // A cached side effect is a wrong result waiting to happen (a hit
    // replays the log and skips the effect), not a preference, so it is
    // turned off even without force, and reported as a trap of its own.
    // The reverse never happens: only the user knows whether a target
    // they left uncached is pure, so not even force turns caching on.
    const isTrap = field === 'cache' && wanted === false;
    const replace =
      isTrap || (force && !(field === 'cache' && current === false));
    if (replace)
      plan.changes.push({
        path: [...entryPath(name, catchAll?.index), field],
        value: wanted,
        reason: isTrap
          ? `${describeKind(kind)}, which is never cached`
          : `--force, replacing ${JSON.stringify(current)}`,
      });
    if (!isTrap)
      plan.findings.push(
        describeConflict(name, field, current, wanted, replace),
      );
  }
  if (Object.keys(added).length)
    addFields(name, value, catchAll, added, kind, plan);
}

/**
 * The targets that read this key, and those of them its catch-all entry
 * reaches: Nx drops the entry for a target running another executor or
 * command (findIgnoredDefaults reports it), so a field added there would
 * not reach them.
 */
function findReachingTargets(
  view: WorkspaceView,
  name: string,
  targets: WorkspaceTarget[],
): { keyed: WorkspaceTarget[]; reaching: WorkspaceTarget[] } {
  const keyed = targets.filter((target) => {
    const key = resolveDefaultsKey(target, view.targetDefaults);
    return key === undefined || key === name;
  });
  const catchAll = findCatchAllEntry(view.targetDefaults[name]);
  const reaching = keyed.filter(
    (target) => !catchAll || !readDefaultConflict(target, catchAll.config),
  );
  return { keyed, reaching };
}

function addFields(
  name: string,
  value: unknown,
  catchAll: ReturnType<typeof findCatchAllEntry>,
  added: Record<string, unknown>,
  kind: TargetKind,
  plan: DefaultsPlan,
): void {
  const reason = describeKind(kind);
  if (value === undefined) {
    plan.changes.push({ path: ['targetDefaults', name], value: added, reason });
  } else if (!catchAll) {
    // Later array entries win, so the catch-all goes first and the user's
    // filtered entries keep refining it.
    plan.changes.push({
      path: ['targetDefaults', name, 0],
      value: added,
      insert: true,
      reason,
    });
  } else {
    for (const [field, wanted] of Object.entries(added))
      plan.changes.push({
        path: [...entryPath(name, catchAll.index), field],
        value: wanted,
        reason,
      });
  }
}

function entryPath(
  name: string,
  index: number | undefined,
): (string | number)[] {
  return index === undefined
    ? ['targetDefaults', name]
    : ['targetDefaults', name, index];
}

/**
 * Every target sets the field itself, or an inference plugin set it. A
 * value a filtered entry of the key gave is neither.
 */
function isLeftToTargets(
  field: DefaultField,
  targets: WorkspaceTarget[],
  keyValue: unknown,
): boolean {
  const setByKey = readDefaultEntries(keyValue).some(
    (entry) => entry.config[field] !== undefined,
  );
  const setByProject = (t: WorkspaceTarget) =>
    t.declared?.[field] !== undefined;
  // Nx fills in `parallelism: true` for every target; only false is a choice.
  const setByPlugin = (t: WorkspaceTarget) =>
    !setByProject(t) &&
    !setByKey &&
    t.effective[field] !== undefined &&
    !(field === 'parallelism' && t.effective[field] === true);
  if (targets.length === 0) return false;
  return targets.every(setByProject) || targets.some(setByPlugin);
}

function reportShadowed(
  name: string,
  targets: WorkspaceTarget[],
  reaching: WorkspaceTarget[],
  view: WorkspaceView,
  plan: DefaultsPlan,
): void {
  for (const target of targets.filter((t) => !reaching.includes(t))) {
    const key = resolveDefaultsKey(target, view.targetDefaults);
    plan.findings.push({
      target: `${target.project}:${name}`,
      problem: `takes its defaults from targetDefaults["${key}"], so targetDefaults["${name}"] never reaches it (Nx reads one key per target, the executor key first)`,
      fix: `give targetDefaults["${key}"] the values this target needs, or key them by the name "${name}" alone`,
      status: 'open',
    });
  }
}

function describeConflict(
  name: string,
  field: string,
  current: unknown,
  wanted: unknown,
  replaced: boolean,
): Finding {
  const keptUncached = field === 'cache' && current === false;
  return {
    target: `targetDefaults["${name}"]`,
    problem: `${field} is ${JSON.stringify(current)}; the generator proposes ${JSON.stringify(wanted)}`,
    fix: replaced
      ? `--force replaces it with ${JSON.stringify(wanted)}`
      : keptUncached
        ? 'none needed if the target reads more than its inputs; once you know it does not, set "cache": true by hand (the generator never turns caching on, even with --force)'
        : `none needed if ${JSON.stringify(current)} is what you want; to take the proposal, set it by hand or run nx g @twenty/devops:target-defaults --force, which replaces every kept value`,
    status: replaced ? 'fixed' : 'kept',
  };
}

/** inputs and outputs compare as sets; everything else as JSON. */
function areEqual(field: DefaultField, a: unknown, b: unknown): boolean {
  if (
    (field === 'inputs' || field === 'outputs') &&
    Array.isArray(a) &&
    Array.isArray(b)
  ) {
    const key = (list: unknown[]) =>
      list
        .map((item) => JSON.stringify(item))
        .sort()
        .join();
    return key(a) === key(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
