import { spawnSync } from 'node:child_process';

/** Names of every container, of any state, that belongs to a compose project. */
export function listComposeContainers(projectName: string): string[] {
  const result = spawnSync(
    'docker',
    [
      'ps',
      '--all',
      '--format',
      '{{.Names}}',
      '--filter',
      `label=com.docker.compose.project=${projectName}`,
    ],
    { encoding: 'utf8' },
  );
  return result.stdout.split('\n').filter(Boolean);
}

/** Removes a compose project's containers, networks and volumes, whatever a test left. */
export function removeComposeProject(projectName: string): void {
  const names = listComposeContainers(projectName);
  if (names.length > 0)
    spawnSync('docker', ['rm', '--force', '--volumes', ...names]);
  for (const kind of ['network', 'volume'] as const) {
    const listed = spawnSync(
      'docker',
      [
        kind,
        'ls',
        '--quiet',
        '--filter',
        `label=com.docker.compose.project=${projectName}`,
      ],
      { encoding: 'utf8' },
    );
    const ids = listed.stdout.split('\n').filter(Boolean);
    if (ids.length > 0) spawnSync('docker', [kind, 'rm', ...ids]);
  }
}
