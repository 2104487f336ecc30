import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../../testing/make-temp-dir';
import { describeVariableOrigins } from './describe-variable-origins';

describe('describeVariableOrigins', () => {
  const root = makeTempDir('variable-origins-spec-');
  const envFilePath = join(root, 'api.env');
  writeFileSync(envFilePath, 'PG_DATABASE_URL=postgres://file/db\n');
  const databaseUrlEnv = ['PG_DATABASE_URL', 'DATABASE_URL'];

  it('should name the envFile, a .env file Nx loaded, and leave the environment unnamed', () => {
    const origins = describeVariableOrigins(
      { databaseUrlEnv, envFilePath, root },
      {
        PG_DATABASE_URL: 'postgres://file/db',
        DATABASE_URL: 'postgres://nx/db',
      },
      new Map([['DATABASE_URL', new Set(['postgres://nx/db'])]]),
    );
    expect(Object.fromEntries(origins)).toEqual({
      PG_DATABASE_URL: 'the PG_DATABASE_URL variable of api.env',
      DATABASE_URL: 'the DATABASE_URL variable of a .env file Nx loaded',
    });
  });

  it('should not credit the envFile with a value the shell set differently', () => {
    const origins = describeVariableOrigins(
      { databaseUrlEnv, envFilePath, root },
      { PG_DATABASE_URL: 'postgres://shell/db' },
      new Map(),
    );
    expect(origins.size).toBe(0);
  });
});
