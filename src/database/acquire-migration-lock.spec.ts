import { DevopsError } from '../errors/devops-error';
import { acquireMigrationLock } from './acquire-migration-lock';
import type { DatabaseSession } from './open-database-session';

const holder = {
  pid: 4242,
  applicationName: 'twenty-devops api:db-migrate (sql, pid 77)',
  clientAddress: '172.18.0.1',
  connectedAt: '2024-05-01 10:00:00 UTC',
  connectedSeconds: 35,
  state: 'active',
  query: 'CREATE INDEX big\n  ON t (c)',
};

function fakeSession(answers: boolean[]): DatabaseSession {
  return {
    client: {},
    waitedMs: 0,
    close: async () => undefined,
    query: jest.fn(async (text: string) => {
      if (text.includes('pg_locks')) return { rows: [holder] };
      return { rows: [{ locked: answers.shift() ?? false }] };
    }),
  };
}

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
}

describe('acquireMigrationLock', () => {
  it('should take a free lock at once', async () => {
    const onWait = jest.fn();

    const waited = await acquireMigrationLock(fakeSession([true]), {
      timeoutSeconds: 5,
      onWait,
      ...fakeClock(),
    });

    expect(waited).toBe(0);
    expect(onWait).not.toHaveBeenCalled();
  });

  it('should wait while another session holds it, naming that session once', async () => {
    const onWait = jest.fn();

    const waited = await acquireMigrationLock(
      fakeSession([false, false, false, true]),
      { timeoutSeconds: 5, onWait, ...fakeClock() },
    );

    expect(waited).toBe(600);
    expect(onWait).toHaveBeenCalledTimes(1);
    expect(onWait).toHaveBeenCalledWith([holder]);
  });

  it('should fail after the timeout naming the holder, where it connects from, since when, and its query', async () => {
    const attempt = acquireMigrationLock(fakeSession([]), {
      timeoutSeconds: 1,
      ...fakeClock(),
    });

    await expect(attempt).rejects.toThrow(DevopsError);
    await expect(attempt).rejects.toThrow(
      'The migration lock of this database is still held after 1 s, by pid 4242 (application "twenty-devops api:db-migrate (sql, pid 77)", client 172.18.0.1, connected since 2024-05-01 10:00:00 UTC, 35 s ago, active), query: CREATE INDEX big ON t (c).',
    );
  });
});
