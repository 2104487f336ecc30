import { describeLockHolder } from './describe-lock-holder';
import type { LockHolder } from './find-lock-holders';

const run: LockHolder = {
  pid: 4242,
  applicationName: 'twenty-devops twenty-server:db-migrate (typeorm, pid 77)',
  clientAddress: '172.18.0.1',
  connectedAt: '2024-05-01 10:00:00 UTC',
  connectedSeconds: 35,
  state: 'idle',
  query: 'select pg_try_advisory_lock($1, $2) as locked',
};

describe('describeLockHolder', () => {
  it('should name an idle db-migrate run by its application name, leaving out its own lock query', () => {
    expect(describeLockHolder(run)).toBe(
      'pid 4242 (application "twenty-devops twenty-server:db-migrate (typeorm, pid 77)", client 172.18.0.1, connected since 2024-05-01 10:00:00 UTC, 35 s ago, idle)',
    );
  });

  it('should show what an active session runs, on one line', () => {
    expect(
      describeLockHolder({
        ...run,
        state: 'active',
        query: 'CREATE INDEX big\n  ON t (c)',
      }),
    ).toBe(
      'pid 4242 (application "twenty-devops twenty-server:db-migrate (typeorm, pid 77)", client 172.18.0.1, connected since 2024-05-01 10:00:00 UTC, 35 s ago, active), query: CREATE INDEX big ON t (c)',
    );
  });

  it('should show the last query of an idle session of another client', () => {
    expect(
      describeLockHolder({
        ...run,
        applicationName: 'psql',
        clientAddress: '',
        state: 'idle in transaction',
        query: 'select pg_advisory_lock(1953984116, 1835496052)',
      }),
    ).toBe(
      'pid 4242 (application "psql", connected since 2024-05-01 10:00:00 UTC, 35 s ago, idle in transaction), last query: select pg_advisory_lock(1953984116, 1835496052)',
    );
  });

  it('should leave out what PostgreSQL hides from other users', () => {
    expect(
      describeLockHolder({
        pid: 99,
        applicationName: '',
        clientAddress: '',
        connectedAt: '',
        connectedSeconds: null,
        state: 'unknown',
        query: '<insufficient privilege>',
      }),
    ).toBe('pid 99 (unknown), query: <insufficient privilege>');
  });
});
