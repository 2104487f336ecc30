import { readComposeReferences } from './read-compose-references';

describe('readComposeReferences', () => {
  it.each([
    ['an env file as a string', { env_file: '.env' }, ['infra/.env'], []],
    [
      'env files as a list of strings and entries',
      { env_file: ['a.env', { path: '../b.env', required: false }] },
      ['infra/a.env', 'b.env'],
      [],
    ],
    ['an env file with a variable', { env_file: '${ENV}.env' }, [], []],
    ['an env file outside the workspace', { env_file: '../../x.env' }, [], []],
    ['a build context', { build: './api' }, [], ['infra/api/Dockerfile']],
    [
      'a build context and Dockerfile',
      {
        build: { context: '../apps/web', dockerfile: 'docker/Dockerfile.prod' },
      },
      [],
      ['apps/web/docker/Dockerfile.prod'],
    ],
    ['a build from a git URL', { build: 'https://github.com/a/b.git' }, [], []],
    [
      'an inline Dockerfile',
      { build: { context: '.', dockerfile_inline: 'FROM x' } },
      [],
      [],
    ],
  ])('should read %s', (_, service, envFiles, dockerfiles) => {
    const references = readComposeReferences(
      { services: { api: service } },
      'infra',
    );

    expect(references).toEqual({ envFiles, dockerfiles, services: ['api'] });
  });

  it('should read nothing from a file without services', () => {
    expect(readComposeReferences({ name: 'x' }, '.')).toEqual({
      envFiles: [],
      dockerfiles: [],
      services: [],
    });
  });
});
