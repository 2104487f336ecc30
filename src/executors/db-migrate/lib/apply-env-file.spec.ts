import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEnvFile } from './apply-env-file';
import { makeTempDir } from '../../../testing/make-temp-dir';

function writeEnvFile(content: string): string {
  const path = join(makeTempDir('env-file-'), '.env');
  writeFileSync(path, content);
  return path;
}

describe('applyEnvFile', () => {
  it('should add the variables that are not set and keep those that are', () => {
    const env: NodeJS.ProcessEnv = { PG_DATABASE_URL: 'postgres://from-shell' };
    applyEnvFile(
      writeEnvFile('PG_DATABASE_URL=postgres://from-file\nSCHEMA=core\n'),
      env,
    );

    expect(env).toEqual({
      PG_DATABASE_URL: 'postgres://from-shell',
      SCHEMA: 'core',
    });
  });

  it('should remove only what it added when restoring', () => {
    const env: NodeJS.ProcessEnv = { KEEP: 'mine' };
    const { applied, restore } = applyEnvFile(
      writeEnvFile('KEEP=theirs\nADDED=1\n'),
      env,
    );
    expect(applied).toEqual(['ADDED']);
    restore();

    expect(env).toEqual({ KEEP: 'mine' });
  });

  it('should override a value that came from a dotenv file Nx loaded, and restore it', () => {
    const env: NodeJS.ProcessEnv = { PG_DATABASE_URL: 'postgres://dev' };
    const nxValues = new Map([
      ['PG_DATABASE_URL', new Set(['postgres://dev'])],
    ]);

    const { restore } = applyEnvFile(
      writeEnvFile('PG_DATABASE_URL=postgres://test\n'),
      env,
      nxValues,
    );
    expect(env.PG_DATABASE_URL).toBe('postgres://test');

    restore();
    expect(env.PG_DATABASE_URL).toBe('postgres://dev');
  });
});
