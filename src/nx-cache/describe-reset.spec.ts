import type { ResetOutcome } from './apply-reset-plan';
import { summarizeReset } from './describe-reset';
import type { ResetPlan } from './reset-plan';

const emptyPlan: ResetPlan = {
  removals: [],
  indexChanges: [],
  allowedRoots: [],
  left: [],
};
const nothingDone: ResetOutcome = {
  removed: [],
  freedBytes: 0,
  forgottenRows: 0,
  daemonStopped: false,
  keptLinks: [],
  failures: [],
};

describe('summarizeReset', () => {
  it('should say the caches are empty on a dry run with nothing to clear', () => {
    expect(summarizeReset(emptyPlan, undefined)).toBe(
      'Dry run: the caches are already empty.',
    );
  });

  it('should say the caches were empty when a run had nothing to clear', () => {
    expect(summarizeReset(emptyPlan, nothingDone)).toBe(
      'Cache reset: the caches were already empty.',
    );
  });

  it('should name the scopes and the bytes freed otherwise', () => {
    const removal = {
      scope: 'workspace data' as const,
      path: '/w/.nx/workspace-data',
      bytes: 2048,
    };
    const plan = { ...emptyPlan, removals: [removal] };
    expect(
      summarizeReset(plan, {
        ...nothingDone,
        removed: [removal],
        freedBytes: 2048,
      }),
    ).toBe(
      'Cache reset: cleared workspace data (1 path); freed 2.0 KB (2048 bytes).',
    );
  });
});
