import { buildSessionConfig } from './build-session-config';

const url = 'postgres://app:hunter2@localhost:5432/default';
const session = {
  timeoutSeconds: 60,
  applicationName: 'twenty-devops api:db-migrate (sql, pid 4242)',
};

describe('buildSessionConfig', () => {
  it('should name the session and keep its TCP connection alive', () => {
    const config = buildSessionConfig(url, 5000, {
      ...session,
      statementTimeoutSeconds: 0,
      lockTimeoutSeconds: 0,
    });

    expect(config).toEqual({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      application_name: 'twenty-devops api:db-migrate (sql, pid 4242)',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      statement_timeout: undefined,
      lock_timeout: undefined,
    });
  });

  it.each([
    [30, 5, 30_000, 5000],
    [0.5, 0, 500, undefined],
    [0, 2, undefined, 2000],
  ])(
    'should turn statementTimeoutSeconds %s and lockTimeoutSeconds %s into milliseconds, leaving 0 unset',
    (statementSeconds, lockSeconds, statementMs, lockMs) => {
      const config = buildSessionConfig(url, 5000, {
        ...session,
        statementTimeoutSeconds: statementSeconds,
        lockTimeoutSeconds: lockSeconds,
      });

      expect(config).toMatchObject({
        statement_timeout: statementMs,
        lock_timeout: lockMs,
      });
    },
  );
});
