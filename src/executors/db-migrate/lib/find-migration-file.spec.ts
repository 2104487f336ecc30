import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { makeTempDir } from '../../../testing/make-temp-dir';
import { findMigrationFile } from './find-migration-file';

// Loads a file with Node's own require, as TypeORM loads a migrations glob.
function load(path: string, source: string): Record<string, unknown> {
  writeFileSync(path, source);
  return createRequire(path)(path);
}

describe('findMigrationFile', () => {
  it('should find the file that exports the class of a migration', () => {
    const path = join(makeTempDir('migration-file-'), '1700-add-users.js');
    const exported = load(
      path,
      'class AddUsers1700 {}\nexports.helper = 1;\nexports.AddUsers1700 = AddUsers1700;\n',
    );
    const Migration = exported.AddUsers1700 as new () => object;

    expect(findMigrationFile(new Migration())).toBe(path);
  });

  it('should find a class exported as the whole module', () => {
    const path = join(makeTempDir('migration-file-'), '1800-default.js');
    const Migration = load(
      path,
      'module.exports = class Default1800 {};\n',
    ) as unknown as new () => object;

    expect(findMigrationFile(new Migration())).toBe(path);
  });

  it('should find nothing for a class no loaded file exports', () => {
    class Inline1900 {}

    expect(findMigrationFile(new Inline1900())).toBeUndefined();
  });

  it('should skip a module whose export throws when read', () => {
    const dir = makeTempDir('migration-file-');
    load(
      join(dir, 'broken.js'),
      "Object.defineProperty(exports, 'x', { enumerable: true, get() { throw new Error('not yet'); } });\n",
    );
    const path = join(dir, '2000-after.js');
    const Migration = load(path, 'module.exports = class After2000 {};\n');

    expect(
      findMigrationFile(new (Migration as unknown as new () => object)()),
    ).toBe(path);
  });
});
