import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../../testing/make-temp-dir';
import { readNxDotenvValues } from './read-nx-dotenv-values';

describe('readNxDotenvValues', () => {
  it('should collect the values of the files Nx loads for the task, and no others', () => {
    const root = makeTempDir('nx-dotenv-');
    mkdirSync(join(root, 'apps/api'), { recursive: true });
    const files: Record<string, string> = {
      'apps/api/.env': 'URL=project\n',
      'apps/api/.env.test': 'URL=configuration\n',
      'apps/api/.env.db-migrate': 'URL=target\n',
      'apps/api/.env.other': 'URL=other-configuration\n',
      '.env.local': 'URL=workspace-local\nONLY_HERE=1\n',
    };
    for (const [path, text] of Object.entries(files))
      writeFileSync(join(root, path), text);

    const values = readNxDotenvValues({
      root,
      projectRoot: 'apps/api',
      targetName: 'db-migrate',
      configurationName: 'test',
    });

    expect([...(values.get('URL') ?? [])].sort()).toEqual([
      'configuration',
      'project',
      'target',
      'workspace-local',
    ]);
    expect(values.get('ONLY_HERE')).toEqual(new Set(['1']));
  });
});
