import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('schema.d.ts files', () => {
  it('should match what json-schema-to-typescript makes of each schema.json', () => {
    const script = join(
      __dirname,
      '..',
      'scripts',
      'generate-schema-types.mjs',
    );
    const result = spawnSync(process.execPath, [script, '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
