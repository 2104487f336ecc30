import type { TargetConfiguration } from '@nx/devkit';
import { classifyTargetName } from './classify-target-name';
import type { WorkspaceTarget } from './target-defaults-types';

function targetOf(
  name: string,
  effective: TargetConfiguration,
): WorkspaceTarget {
  return {
    project: 'twenty-server',
    projectRoot: 'packages/twenty-server',
    name,
    effective,
    dependencies: [],
  };
}

describe('classifyTargetName', () => {
  it.each([
    ['unit', '@nx/jest:jest', 'test'],
    ['vitest', '@nx/vite:test', 'test'],
    ['vitest-run', '@nx/vitest:test', 'test'],
    ['compile', '@nx/js:tsc', 'build'],
    ['bundle', '@nx/vite:build', 'build'],
    ['eslint', '@nx/eslint:lint', 'lint'],
  ])(
    'should classify %s as %s from its known-pure executor %s',
    (name, executor, kind) => {
      expect(classifyTargetName(name, [targetOf(name, { executor })])).toBe(
        kind,
      );
    },
  );

  it('should leave a name unknown when its targets run different kinds of executor', () => {
    const targets = [
      targetOf('check', { executor: '@nx/jest:jest' }),
      targetOf('check', { executor: '@nx/js:tsc' }),
    ];

    expect(classifyTargetName('check', targets)).toBe('unknown');
  });

  it.each([
    'docker-up',
    'docker-down',
    'deploy',
    'publish',
    'release',
    'dev',
    'serve',
    'start',
    'storybook:serve:dev',
    'cache-reset',
  ])('should classify %s as a side effect from its name alone', (name) => {
    expect(classifyTargetName(name, [])).toBe('side-effect');
  });

  it('should classify a continuous target as a side effect whatever its name', () => {
    const target = targetOf('typecheck:live', {
      command: 'tsc --watch',
      continuous: true,
    });

    expect(classifyTargetName('typecheck:live', [target])).toBe('side-effect');
  });

  it.each([
    'lint:diff-with-main',
    'lint:changed',
    'lint-staged',
    'test:affected',
    'format:diff',
  ])('should classify %s as reading git state from its name', (name) => {
    expect(classifyTargetName(name, [])).toBe('impure');
  });

  it.each([
    ['lint:branch', 'npx oxlint $(git diff --name-only origin/HEAD)'],
    ['check-format', 'FILES=$(git ls-files) && prettier --check $FILES'],
    ['lint:pre-commit', 'npx lint-staged'],
    ['test:ci', 'npx nx affected -t test'],
  ])(
    'should classify %s as reading git state because its command runs git',
    (name, command) => {
      const target = targetOf(name, {
        executor: 'nx:run-commands',
        options: { command },
      });

      expect(classifyTargetName(name, [target])).toBe('impure');
    },
  );

  it('should classify a lint target as impure when only one configuration runs git', () => {
    const target = targetOf('lint', {
      executor: 'nx:run-commands',
      options: { command: 'oxlint .' },
      configurations: {
        changed: { command: 'oxlint $(git diff --name-only)' },
      },
    });

    expect(classifyTargetName('lint', [target])).toBe('impure');
  });

  it.each([
    ['lint', 'npx oxlint -c .oxlintrc.json .'],
    ['build', 'tsc -p tsconfig.build.json && cp package.json dist'],
    ['test', 'jest --config ./jest.config.mjs'],
  ])(
    'should keep %s deterministic when no command runs git',
    (name, command) => {
      const target = targetOf(name, {
        executor: 'nx:run-commands',
        options: { command },
      });

      expect(classifyTargetName(name, [target])).toBe(name);
    },
  );

  it.each([
    'database:migrate',
    'database:reset',
    'database:init',
    'database:migrate:generate',
    'clickhouse:migrate',
    'clickhouse:seed',
    'db:seed',
    'tenant:reset',
    'command',
    'command-no-deps',
    'command:workspace-sync',
  ])('should classify %s as work on the shared database', (name) => {
    expect(classifyTargetName(name, [])).toBe('database');
  });

  it.each([
    ['db-migrate', [], 'db-migrate'],
    [
      'migrate-core',
      [targetOf('migrate-core', { executor: '@twenty/devops:db-migrate' })],
      'db-migrate',
    ],
    ['reset:env', [], 'unknown'],
    ['test:integration', [], 'integration-test'],
    ['test:e2e', [], 'unknown'],
    ['tsc', [], 'typecheck'],
  ] as const)('should classify %s as %s', (name, targets, kind) => {
    expect(classifyTargetName(name, [...targets])).toBe(kind);
  });
});
