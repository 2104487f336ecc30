import { DevopsError } from '../errors/devops-error';
import { waitForDatabase } from './wait-for-database';

const url = 'postgres://app:hunter2@localhost:5432/default';

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
}

function failWith(message: string, code?: string) {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('waitForDatabase', () => {
  it('should resolve with the time waited once a connection succeeds', async () => {
    const clock = fakeClock();
    const probe = jest
      .fn()
      .mockRejectedValueOnce(failWith('connect ECONNREFUSED', 'ECONNREFUSED'))
      .mockRejectedValueOnce(failWith('Connection terminated unexpectedly'))
      .mockResolvedValue(undefined);

    const waited = await waitForDatabase(url, {
      timeoutSeconds: 10,
      probe,
      ...clock,
    });

    expect(probe).toHaveBeenCalledTimes(3);
    expect(waited).toBe(300);
  });

  it('should fail at once on a wrong password, naming the user but not the password', async () => {
    const probe = jest
      .fn()
      .mockRejectedValue(
        failWith('password authentication failed for user "app"', '28P01'),
      );

    const error = await waitForDatabase(url, {
      timeoutSeconds: 10,
      probe,
      ...fakeClock(),
    }).catch((e) => e);

    expect(probe).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(DevopsError);
    expect(error.message).toBe(
      'PostgreSQL at postgres://app:***@localhost:5432/default rejected the password of user "app" (SQLSTATE 28P01).',
    );
  });

  it('should fail at once naming a missing database', async () => {
    const probe = jest
      .fn()
      .mockRejectedValue(
        failWith('database "default" does not exist', '3D000'),
      );

    const error = await waitForDatabase(url, {
      timeoutSeconds: 10,
      probe,
      ...fakeClock(),
    }).catch((e) => e);

    expect(probe).toHaveBeenCalledTimes(1);
    expect(error.message).toContain(
      'Database "default" does not exist at postgres://app:***@localhost',
    );
  });

  it('should give up after the timeout, saying how long, where and why', async () => {
    const probe = jest
      .fn()
      .mockRejectedValue(
        failWith(`connect ECONNREFUSED for ${url}`, 'ECONNREFUSED'),
      );

    const error = await waitForDatabase(url, {
      timeoutSeconds: 2,
      probe,
      ...fakeClock(),
    }).catch((e) => e);

    expect(error).toBeInstanceOf(DevopsError);
    expect(error.message).toMatch(
      /^PostgreSQL at postgres:\/\/app:\*\*\*@localhost:5432\/default did not accept connections within 2 s \(waited 2\.0 s\); the last attempt failed with: connect ECONNREFUSED for postgres:\/\/app:\*\*\*@localhost/,
    );
    expect(error.message).not.toContain('hunter2');
  });

  it('should try once when the timeout is zero', async () => {
    const probe = jest.fn().mockRejectedValue(failWith('x', 'ECONNREFUSED'));

    await expect(
      waitForDatabase(url, { timeoutSeconds: 0, probe, ...fakeClock() }),
    ).rejects.toThrow('within 0 s');
    expect(probe).toHaveBeenCalledTimes(1);
  });
});

describe('waitForDatabase retries', () => {
  it('should report each retry with a pause that grows and never passes the deadline', async () => {
    const probe = jest.fn().mockRejectedValue(failWith('x', 'ECONNREFUSED'));
    const pauses: number[] = [];

    await waitForDatabase(url, {
      timeoutSeconds: 2,
      probe,
      onRetry: (_, pauseMs) => pauses.push(pauseMs),
      ...fakeClock(),
    }).catch(() => undefined);

    expect(pauses).toEqual([100, 200, 400, 800, 500]);
  });
});
