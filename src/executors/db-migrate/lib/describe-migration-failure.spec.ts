import { describeMigrationFailure } from './describe-migration-failure';

const syntaxError = Object.assign(
  new Error('syntax error at or near "SELEC"'),
  {
    code: '42601',
    position: '1',
  },
);
const base = {
  error: syntaxError,
  migration: 'Broken1700000000003',
  finishedBefore: 2,
  databaseUrl: 'postgres://u:***@h:5432/db',
};

describe('describeMigrationFailure', () => {
  it('should name the migration, the error, its SQLSTATE and position, and what stays applied', () => {
    expect(describeMigrationFailure({ ...base, transaction: 'each' })).toBe(
      'Migration Broken1700000000003 failed on postgres://u:***@h:5432/db: ' +
        'syntax error at or near "SELEC" (SQLSTATE 42601, position 1). ' +
        'Earlier migrations stay applied, including the 2 applied in this run; ' +
        'Broken1700000000003 was rolled back and is not recorded. ' +
        'Fix the migration, then run the target again.',
    );
  });

  it('should place the error at its line and column and show that line', () => {
    const message = describeMigrationFailure({
      ...base,
      migration: 'migrations/0003_broken.sql',
      transaction: 'each',
      location: { line: 12, column: 8, text: 'SELEC * FROM t;' },
    });

    expect(message).toContain(
      'Migration migrations/0003_broken.sql failed on postgres://u:***@h:5432/db: syntax error at or near "SELEC" (SQLSTATE 42601, line 12, column 8).',
    );
    expect(message.split('\n').slice(1)).toEqual([
      '12 | SELEC * FROM t;',
      '   |        ^',
    ]);
  });

  it('should say the whole run was rolled back with one transaction for all', () => {
    expect(describeMigrationFailure({ ...base, transaction: 'all' })).toContain(
      'Broken1700000000003 and the 2 migrations before it in this run were rolled back together',
    );
  });

  it('should warn of a partly applied migration without a transaction', () => {
    expect(
      describeMigrationFailure({ ...base, transaction: 'none' }),
    ).toContain('may be partly applied');
  });

  it('should describe a failure outside any migration', () => {
    expect(
      describeMigrationFailure({
        ...base,
        migration: undefined,
        error: new Error('permission denied for schema core'),
        transaction: 'each',
      }),
    ).toBe(
      'Running migrations on postgres://u:***@h:5432/db failed: permission denied for schema core. Fix the cause, then run the target again.',
    );
  });

  it('should name the file of a migration known by its class name', () => {
    expect(
      describeMigrationFailure({
        ...base,
        file: 'apps/api/src/migrations/1700000000003-broken.ts',
        transaction: 'each',
      }),
    ).toContain(
      'Migration Broken1700000000003 (apps/api/src/migrations/1700000000003-broken.ts) failed on postgres://u:***@h:5432/db: syntax error',
    );
  });

  describe('after a lock timeout', () => {
    const lockTimeout = {
      ...base,
      error: Object.assign(
        new Error('canceling statement due to lock timeout'),
        { code: '55P03' },
      ),
      transaction: 'each' as const,
      lockTimeoutSeconds: 2,
    };

    it('should name the sessions holding table locks and what to do about them', () => {
      const message = describeMigrationFailure({
        ...lockTimeout,
        tableLockHolders: ['pid 7 (application "psql", idle in transaction)'],
      });

      expect(message).toContain(
        'It waited for lockTimeoutSeconds (2 s) for a table lock; sessions holding table locks in this database: pid 7 (application "psql", idle in transaction). Let that session finish, or end it (select pg_terminate_backend(<pid>)), or raise lockTimeoutSeconds, then run the target again.',
      );
      expect(message).not.toContain('Fix the migration');
    });

    it('should say so when no session holds a table lock any more', () => {
      expect(
        describeMigrationFailure({ ...lockTimeout, tableLockHolders: [] }),
      ).toContain(
        'It waited for lockTimeoutSeconds (2 s) for a table lock that no other session holds any more; run the target again.',
      );
    });

    it('should point at pg_locks when the holders could not be read', () => {
      expect(describeMigrationFailure(lockTimeout)).toContain(
        'It waited for lockTimeoutSeconds (2 s) for a table lock another session holds (see pg_locks).',
      );
    });
  });
});
