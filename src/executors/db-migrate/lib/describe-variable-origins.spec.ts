import { describeVariableOrigins } from './describe-variable-origins';

describe('describeVariableOrigins', () => {
  const options = {
    databaseUrlEnv: ['PG_DATABASE_URL', 'DATABASE_URL'],
    envFilePath: '/w/apps/api/.env.ci',
    root: '/w',
  };

  it('should name the envFile, a .env file Nx loaded, and leave the environment unnamed', () => {
    const origins = describeVariableOrigins(
      options,
      {
        PG_DATABASE_URL: 'postgres://file/db',
        DATABASE_URL: 'postgres://nx/db',
      },
      new Map([['DATABASE_URL', new Set(['postgres://nx/db'])]]),
      ['PG_DATABASE_URL'],
    );
    expect(Object.fromEntries(origins)).toEqual({
      PG_DATABASE_URL: 'the PG_DATABASE_URL variable of apps/api/.env.ci',
      DATABASE_URL: 'the DATABASE_URL variable of a .env file Nx loaded',
    });
  });

  it('should not credit the envFile with a value the shell set and it left alone', () => {
    const origins = describeVariableOrigins(
      options,
      { PG_DATABASE_URL: 'postgres://shell/db' },
      new Map(),
      [],
    );
    expect(origins.size).toBe(0);
  });
});
