import { buildMigrateCommands } from './build-migrate-commands';
import type { ServiceTarget } from './ci-plan';

function item(
  project: string,
  target: string,
  migrations: [string, string][],
): ServiceTarget {
  return {
    project,
    target,
    composeFiles: [],
    services: [],
    migrations: migrations.map(([p, t]) => ({ project: p, target: t })),
  };
}

describe('buildMigrateCommands', () => {
  it.each<[string, ServiceTarget[], string[]]>([
    ['no migration', [item('api', 'test:integration', [])], []],
    [
      'the own project, limited to it',
      [item('api', 'test:integration', [['api', 'db-migrate']])],
      [
        "nx affected -t db-migrate --exclude='*,!api' --parallel=1 --exclude-task-dependencies",
      ],
    ],
    [
      'two projects and two target names, once each',
      [
        item('api', 'test:integration', [['api', 'db-migrate']]),
        item('api', 'e2e-db', [['api', 'db-migrate']]),
        item('jobs', 'test:integration', [['jobs', 'db-migrate:queue']]),
      ],
      [
        "nx affected -t db-migrate db-migrate:queue --exclude='*,!api,!jobs' --parallel=1 --exclude-task-dependencies",
      ],
    ],
    [
      "another project's, always",
      [
        item('api', 'test:integration', [
          ['api', 'db-migrate'],
          ['db', 'db-migrate'],
        ]),
        item('web', 'test:integration', [['db', 'db-migrate']]),
      ],
      [
        "nx affected -t db-migrate --exclude='*,!api' --parallel=1 --exclude-task-dependencies",
        'nx run-many -t db-migrate -p db --parallel=1 --exclude-task-dependencies',
      ],
    ],
  ])('should migrate %s', (_, integration, expected) => {
    expect(buildMigrateCommands('nx', integration)).toEqual(expected);
  });
});
