import type { TargetKind } from './target-defaults-types';

const uncachedKinds: TargetKind[] = [
  'side-effect',
  'impure',
  'db-migrate',
  'database',
  'integration-test',
];

/** Whether targets of this kind must never be cached. */
export function isUncachedKind(kind: TargetKind): boolean {
  return uncachedKinds.includes(kind);
}
