import { dropNestedRemovals } from './drop-nested-removals';
import type { PlannedRemoval } from './reset-plan';

const removal = (path: string, scope: PlannedRemoval['scope']) => ({
  path,
  scope,
  bytes: 1,
});

describe('dropNestedRemovals', () => {
  it.each([
    [
      'a path inside another planned path',
      ['/w/node_modules/.cache', '/w/node_modules/.cache/jest'],
      ['/w/node_modules/.cache'],
    ],
    [
      'a path planned twice, keeping the first',
      ['/w/.nx/cache/jest', '/w/.nx/cache/jest'],
      ['/w/.nx/cache/jest'],
    ],
    [
      'nothing from paths side by side',
      ['/w/.nx/cache/1', '/w/.nx/cache/12'],
      ['/w/.nx/cache/1', '/w/.nx/cache/12'],
    ],
  ])('should drop %s', (_, paths, expected) => {
    const removals = paths.map((path, index) =>
      removal(path, index === 0 ? 'task cache' : 'tool caches'),
    );

    const kept = dropNestedRemovals(removals);

    expect(kept.map((item) => item.path)).toEqual(expected);
    expect(kept[0].scope).toBe('task cache');
  });
});
