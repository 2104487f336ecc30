import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNearestTsConfig } from './find-nearest-tsconfig';
import { makeTempDir } from '../testing/make-temp-dir';

describe('findNearestTsConfig', () => {
  it('should find the tsconfig.json of the closest folder above', () => {
    const root = makeTempDir('nearest-tsconfig-');
    mkdirSync(join(root, 'apps/api/src/db'), { recursive: true });
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    writeFileSync(join(root, 'apps/api/tsconfig.json'), '{}');

    expect(findNearestTsConfig(join(root, 'apps/api/src/db'))).toBe(
      join(root, 'apps/api/tsconfig.json'),
    );
  });
});
