export interface ShellCommand {
  file: string;
  args: string[];
}

/** The program and arguments that run `command` through the platform's shell. */
export function buildShellCommand(
  command: string,
  platform: NodeJS.Platform = process.platform,
): ShellCommand {
  if (platform === 'win32') {
    return { file: 'cmd.exe', args: ['/d', '/s', '/c', command] };
  }
  return { file: '/bin/sh', args: ['-c', command] };
}
