import { createFakeRunner } from '../testing/create-fake-runner';
import type { ComposeProject } from './compose-types';
import { resolveComposeConfig } from './resolve-compose-config';

const project: ComposeProject = {
  cli: {
    version: 1,
    command: 'docker-compose',
    baseArgs: [],
    versionText: '1.29.2',
  },
  name: 'web',
  files: ['/w/packages/web/compose.yaml'],
  projectDirectory: '/w/packages/web',
  envFiles: [],
  profiles: [],
};
const shown = ['packages/web/compose.yaml'];

function rejectWith(stderr: string) {
  const fake = createFakeRunner([['config', { exitCode: 1, stderr }]]);
  return resolveComposeConfig(fake.run, project, shown);
}

describe('resolveComposeConfig', () => {
  it('should say to set the variable Compose v1 found unset, and how to repeat the check', async () => {
    await expect(
      rejectWith(
        [
          'The WEB_REDIS_PORT variable is not set. Defaulting to a blank string.',
          "The Compose file './compose.yaml' is invalid because:",
          'services.db.ports contains an invalid type, it should be a number, or an object',
        ].join('\n'),
      ),
    ).rejects.toMatchObject({
      message: expect.stringContaining(
        'Compose rejected packages/web/compose.yaml: ' +
          'The WEB_REDIS_PORT variable is not set.',
      ),
      hint:
        "Set WEB_REDIS_PORT (in the environment, the compose project's .env file " +
        'or the envFiles option), or give it a default in the compose file, ' +
        'as ${WEB_REDIS_PORT:-value}; ' +
        '`docker-compose -f packages/web/compose.yaml config` shows the same check.',
    });
  });

  it.each([
    [
      'Compose v2',
      'required variable WEB_REDIS_PORT is missing a value: set it\n',
    ],
    [
      'Compose v1',
      'Missing mandatory value for "ports" option interpolating ' +
        '[\'${WEB_REDIS_PORT:?set it}:6379\'] in service "db": set it\n',
    ],
  ])(
    'should name the required variable that %s reports missing',
    async (_cli, stderr) => {
      await expect(rejectWith(stderr)).rejects.toMatchObject({
        hint: expect.stringMatching(/^Set WEB_REDIS_PORT \(in the environment/),
      });
    },
  );

  it('should point at the compose file for any other mistake', async () => {
    await expect(
      rejectWith(
        "The Compose file './compose.yaml' is invalid because:\n" +
          "Unsupported config option for services.db: 'imgae'\n",
      ),
    ).rejects.toMatchObject({
      hint:
        'Fix the compose file; ' +
        '`docker-compose -f packages/web/compose.yaml config` shows the same check.',
    });
  });
});
