import { formatChange } from './format-change';
import type { NxJsonChange } from './target-defaults-types';

describe('formatChange', () => {
  it.each<[string, NxJsonChange, boolean, string[]]>([
    [
      'a field of a key that needs brackets, under --check',
      {
        path: ['targetDefaults', 'test:integration', 'parallelism'],
        value: false,
        reason: 'an integration-test target',
      },
      true,
      [
        'nx.json: would set targetDefaults["test:integration"].parallelism = false (an integration-test target)',
      ],
    ],
    [
      'a new key, one field per line',
      {
        path: ['targetDefaults', 'build'],
        value: { cache: true, outputs: ['{projectRoot}/dist'] },
        reason: 'a build target',
      },
      false,
      [
        'nx.json: set targetDefaults.build.cache = true (a build target)',
        'nx.json: set targetDefaults.build.outputs = ["{projectRoot}/dist"] (a build target)',
      ],
    ],
    [
      'an entry inserted into the array form',
      {
        path: ['targetDefaults', '@nx/vite:build', 0],
        value: { cache: true },
        insert: true,
        reason: 'a build target',
      },
      false,
      [
        'nx.json: insert at targetDefaults["@nx/vite:build"][0] = {"cache":true} (a build target)',
      ],
    ],
  ])('should show %s with its value', (_, change, check, lines) => {
    expect(formatChange(change, check)).toEqual(lines);
  });
});
