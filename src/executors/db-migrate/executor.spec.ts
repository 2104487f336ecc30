import {
  context,
  lines,
  setUp,
  typeorm,
} from '../../testing/db-migrate-executor-fixture';

describe('db-migrate executor, option errors', () => {
  it.each([
    [
      'typeorm mode has no dataSource',
      {},
      'The api:db-migrate target runs in typeorm mode but has no dataSource option.',
    ],
    [
      'command mode has no command',
      { mode: 'command' as const },
      'The api:db-migrate target runs in command mode but has no command option.',
    ],
    [
      'the dataSource file is missing',
      { dataSource: 'apps/api/missing.ts' },
      `The dataSource of api:db-migrate, "apps/api/missing.ts", does not exist`,
    ],
    [
      'the envFile is missing',
      { ...typeorm, envFile: '.env.local' },
      'The envFile of api:db-migrate, ".env.local", does not exist',
    ],
    [
      'the tsConfig is missing',
      { ...typeorm, tsConfig: 'tsconfig.app.json' },
      'The tsConfig of api:db-migrate, "tsconfig.app.json", does not exist',
    ],
  ])('should fail before any work when %s', async (_, options, message) => {
    const { deps, executor } = setUp();

    await expect(executor(options, context)).resolves.toEqual({
      success: false,
    });

    expect(lines.join('\n')).toContain(`error: ${message}`);
    expect(deps.importDataSource).not.toHaveBeenCalled();
    expect(deps.openSession).not.toHaveBeenCalled();
  });
});
