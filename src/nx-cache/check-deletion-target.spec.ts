import { mkdirSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { checkDeletionTarget } from './check-deletion-target';

describe('checkDeletionTarget', () => {
  const root = makeTempDir('deletion-target-');

  it.each([
    ['the file system root', '/', 'the file system root'],
    ['the home folder', homedir(), 'the home folder'],
    ['the workspace root', root, 'the workspace root'],
  ])('should refuse %s', (_, path, what) => {
    expect(() => checkDeletionTarget(path, root, 'cacheDirectory')).toThrow(
      `Refusing to clear ${path} (from cacheDirectory): it is ${what} itself.`,
    );
  });

  it('should refuse a link that resolves to the workspace root', () => {
    const link = join(makeTempDir('deletion-link-'), 'cache');
    symlinkSync(root, link);

    expect(() => checkDeletionTarget(link, root, 'cacheDirectory')).toThrow(
      /it is the workspace root itself/,
    );
  });

  it('should accept a folder of its own inside the workspace', () => {
    mkdirSync(join(root, '.nx', 'cache'), { recursive: true });

    expect(() =>
      checkDeletionTarget(join(root, '.nx', 'cache'), root, 'cacheDirectory'),
    ).not.toThrow();
  });
});
