import { buildComposeArgs } from './build-compose-args';
import type { ComposeCli, ComposeProject } from './compose-types';

const v2: ComposeCli = {
  version: 2,
  command: 'docker',
  baseArgs: ['compose'],
  versionText: '2.29.1',
};
const v1: ComposeCli = {
  version: 1,
  command: 'docker-compose',
  baseArgs: [],
  versionText: '1.29.2',
};

function project(overrides: Partial<ComposeProject>): ComposeProject {
  return {
    cli: v2,
    name: 'twenty-dev',
    files: ['/ws/docker/compose.yml'],
    projectDirectory: '/ws/docker',
    envFiles: [],
    profiles: [],
    ...overrides,
  };
}

describe('buildComposeArgs', () => {
  it.each([
    [
      'v2 with one file',
      project({}),
      [
        'compose',
        '--project-name',
        'twenty-dev',
        '--project-directory',
        '/ws/docker',
        '--file',
        '/ws/docker/compose.yml',
        'ps',
      ],
    ],
    [
      'v1 with two files, an env file and a profile',
      project({
        cli: v1,
        files: ['/a.yml', '/b.yml'],
        envFiles: ['/ws/.env.ci'],
        profiles: ['workers'],
      }),
      [
        '--project-name',
        'twenty-dev',
        '--project-directory',
        '/ws/docker',
        '--file',
        '/a.yml',
        '--file',
        '/b.yml',
        '--env-file',
        '/ws/.env.ci',
        '--profile',
        'workers',
        'ps',
      ],
    ],
  ])('should build the argv for %s', (_, input, expected) => {
    expect(buildComposeArgs(input, ['ps'])).toEqual(expected);
  });
});
