import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { listContentsToClear } from './list-contents-to-clear';
import { realPathOrSelf } from './real-path-or-self';

function makeFolder() {
  const folder = realPathOrSelf(makeTempDir('contents-to-clear-'));
  for (const path of ['a/inner/kept/x', 'a/inner/other', 'a/side', 'b']) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), 'x');
  }
  return folder;
}

describe('listContentsToClear', () => {
  it('should list the children when nothing below is kept', () => {
    const folder = makeFolder();

    expect(listContentsToClear(folder, []).sort()).toEqual([
      join(folder, 'a'),
      join(folder, 'b'),
    ]);
  });

  it('should leave out a kept folder and list around it', () => {
    const folder = makeFolder();
    const kept = [join(folder, 'a', 'inner', 'kept')];

    expect(listContentsToClear(folder, kept).sort()).toEqual([
      join(folder, 'a', 'inner', 'other'),
      join(folder, 'a', 'side'),
      join(folder, 'b'),
    ]);
  });

  it('should apply the name filter to the direct children only', () => {
    const folder = makeFolder();

    expect(listContentsToClear(folder, [], (name) => name !== 'b')).toEqual([
      join(folder, 'a'),
    ]);
  });

  it('should return a link as it is, even one leading to a kept folder', () => {
    const folder = makeFolder();
    const kept = join(folder, 'a', 'inner', 'kept');
    symlinkSync(join(folder, 'a'), join(folder, 'link'));

    expect(listContentsToClear(folder, [kept])).toContain(join(folder, 'link'));
  });
});
