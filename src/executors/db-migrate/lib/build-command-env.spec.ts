import { buildCommandEnv } from './build-command-env';

const base = {
  databaseUrlVariable: 'PG_DATABASE_URL',
  databaseUrl: 'postgres://u:p@h:5432/db',
  statementTimeoutSeconds: 0,
  lockTimeoutSeconds: 0,
};

describe('buildCommandEnv', () => {
  it('should add the database URL and leave PGOPTIONS alone without timeouts', () => {
    expect(buildCommandEnv({ PATH: '/bin' }, base)).toEqual({
      PATH: '/bin',
      PG_DATABASE_URL: 'postgres://u:p@h:5432/db',
    });
  });

  it('should pass the timeouts in milliseconds after the PGOPTIONS already set', () => {
    const env = buildCommandEnv(
      { PGOPTIONS: '-c search_path=core' },
      { ...base, statementTimeoutSeconds: 30, lockTimeoutSeconds: 2.5 },
    );

    expect(env.PGOPTIONS).toBe(
      '-c search_path=core -c statement_timeout=30000 -c lock_timeout=2500',
    );
  });
});
