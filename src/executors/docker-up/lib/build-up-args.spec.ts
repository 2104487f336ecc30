import type { ComposeCli } from '../../../compose/compose-types';
import { buildUpArgs } from './build-up-args';

const v1: ComposeCli = {
  version: 1,
  command: 'docker-compose',
  baseArgs: [],
  versionText: '1.29.2',
};
const v2: ComposeCli = {
  version: 2,
  command: 'docker',
  baseArgs: ['compose'],
  versionText: '2.29.1',
};
const plain = {
  services: [],
  build: false,
  pull: 'missing' as const,
  forceRecreate: false,
  removeOrphans: false,
};

describe('buildUpArgs', () => {
  it.each([
    ['defaults', v2, {}, ['up', '--detach']],
    [
      'chosen services',
      v2,
      { services: ['db', 'redis'] },
      ['up', '--detach', 'db', 'redis'],
    ],
    [
      'build and recreate',
      v1,
      { build: true, forceRecreate: true },
      ['up', '--detach', '--build', '--force-recreate'],
    ],
    [
      'orphans removed',
      v1,
      { removeOrphans: true },
      ['up', '--detach', '--remove-orphans'],
    ],
    [
      'pull never on v2',
      v2,
      { pull: 'never' as const },
      ['up', '--detach', '--pull', 'never'],
    ],
    [
      'pull never on v1, which has no flag',
      v1,
      { pull: 'never' as const },
      ['up', '--detach'],
    ],
  ])('should build %s', (_, cli, overrides, expected) => {
    expect(buildUpArgs(cli, { ...plain, ...overrides })).toEqual(expected);
  });
});
