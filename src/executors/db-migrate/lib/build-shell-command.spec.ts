import { buildShellCommand } from './build-shell-command';

describe('buildShellCommand', () => {
  it.each([
    ['linux', { file: '/bin/sh', args: ['-c', 'npm run migrate && echo ok'] }],
    ['darwin', { file: '/bin/sh', args: ['-c', 'npm run migrate && echo ok'] }],
    [
      'win32',
      {
        file: 'cmd.exe',
        args: ['/d', '/s', '/c', 'npm run migrate && echo ok'],
      },
    ],
  ] as const)(
    'should run the command through the shell on %s',
    (platform, expected) => {
      expect(buildShellCommand('npm run migrate && echo ok', platform)).toEqual(
        expected,
      );
    },
  );
});
