import { buildApplicationName } from './build-application-name';

describe('buildApplicationName', () => {
  it.each([
    [
      'a Twenty-sized task',
      { target: 'twenty-server:db-migrate', mode: 'typeorm' as const },
      'twenty-devops twenty-server:db-migrate (typeorm, pid 4242)',
    ],
    [
      'command mode',
      { target: 'api:migrate', mode: 'command' as const },
      'twenty-devops api:migrate (command, pid 4242)',
    ],
    [
      'a task too long for PostgreSQL, cut in the middle',
      {
        target: 'billing-service-with-a-long-name:db-migrate:integration',
        mode: 'sql' as const,
      },
      'twenty-devops billing-service...ate:integration (sql, pid 4242)',
    ],
    [
      'a task with characters PostgreSQL would not show',
      { target: 'café:db-migrate', mode: 'sql' as const },
      'twenty-devops caf?:db-migrate (sql, pid 4242)',
    ],
  ])('should name %s', (_, parts, expected) => {
    expect(buildApplicationName({ ...parts, pid: 4242 })).toBe(expected);
  });

  it('should fit the 63 bytes PostgreSQL keeps, with the mode and pid', () => {
    const name = buildApplicationName({
      target: `${'x'.repeat(80)}:db-migrate`,
      mode: 'typeorm',
      pid: 4194304,
    });

    expect(Buffer.byteLength(name)).toBe(63);
    expect(name).toMatch(
      /^twenty-devops x+\.\.\.x*:db-migrate \(typeorm, pid 4194304\)$/,
    );
  });
});
