import { parseCacheResetFlags } from './parse-cache-reset-flags';

describe('parseCacheResetFlags', () => {
  it.each([
    ['no flags', [], {}],
    [
      'camelCase flags',
      ['--dryRun', '--maxSize', '2GB'],
      { dryRun: true, maxSize: '2GB' },
    ],
    [
      'kebab-case flags with values after =',
      ['--dry-run', '--older-than-days=14', '--skip-daemon'],
      { dryRun: true, olderThanDays: 14, skipDaemon: true },
    ],
    [
      'projects as a list or repeated',
      ['--toolCaches', '--projects', 'a,b', '--projects', 'c'],
      { toolCaches: true, projects: ['a', 'b', 'c'] },
    ],
  ])('should read %s', (_, flags, expected) => {
    expect(parseCacheResetFlags(flags)).toEqual(expected);
  });

  it('should fail naming an unknown flag and listing the known ones', () => {
    expect(() => parseCacheResetFlags(['--everything'])).toThrow(
      /Could not read the flags of cache-reset: .*--everything/,
    );
  });

  it('should fail quoting a number flag that is not a number', () => {
    expect(() => parseCacheResetFlags(['--olderThanDays', 'soon'])).toThrow(
      'The --olderThanDays flag "soon" is not a number.',
    );
  });
});
