import { groupComposeSetups } from './group-compose-setups';

const root = 'apps/api';
const inRoot = (...names: string[]) =>
  names.map((name) => ({ path: `${root}/${name}`, projectRoot: root }));

describe('groupComposeSetups', () => {
  it.each([
    [
      'a single base file',
      ['docker-compose.yml'],
      [[undefined, ['docker-compose.yml']]],
    ],
    [
      'a base file with its override, then a variant',
      [
        'docker-compose.dev.yml',
        'docker-compose.override.yml',
        'docker-compose.yml',
      ],
      [
        [undefined, ['docker-compose.yml', 'docker-compose.override.yml']],
        ['dev', ['docker-compose.dev.yml']],
      ],
    ],
    [
      'compose.yaml before docker-compose.yml',
      ['docker-compose.yml', 'compose.yaml'],
      [
        [undefined, ['compose.yaml']],
        ['docker-compose', ['docker-compose.yml']],
      ],
    ],
    [
      'only variants: the first is the main one',
      ['docker-compose.test.yml', 'docker-compose.dev.yml'],
      [
        [undefined, ['docker-compose.dev.yml']],
        ['test', ['docker-compose.test.yml']],
      ],
    ],
    [
      'a sub-folder labelled by its path',
      ['compose.yml', 'infra/local/compose.yml', 'infra/compose.ci.yml'],
      [
        [undefined, ['compose.yml']],
        ['infra-ci', ['infra/compose.ci.yml']],
        ['infra-local', ['infra/local/compose.yml']],
      ],
    ],
    [
      'a label taken twice',
      [
        'docker-compose.yml',
        'docker-compose.dev.yml',
        'dev/docker-compose.yml',
      ],
      [
        [undefined, ['docker-compose.yml']],
        ['dev', ['docker-compose.dev.yml']],
        ['dev-2', ['dev/docker-compose.yml']],
      ],
    ],
  ])('should group %s', (_, names, expected) => {
    const setups = groupComposeSetups(inRoot(...names));

    expect(
      setups.map((setup) => [
        setup.label,
        setup.files.map((file) => file.slice(root.length + 1)),
      ]),
    ).toEqual(expected);
  });

  it('should keep the projects apart', () => {
    const setups = groupComposeSetups([
      { path: 'b/compose.yml', projectRoot: 'b' },
      { path: 'a/compose.yml', projectRoot: 'a' },
    ]);

    expect(setups).toEqual([
      { projectRoot: 'a', files: ['a/compose.yml'] },
      { projectRoot: 'b', files: ['b/compose.yml'] },
    ]);
  });
});
