import {
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { realPathOrSelf } from './real-path-or-self';
import { RemovalFailure, removeTree } from './remove-tree';

function makeLayout() {
  const root = realPathOrSelf(makeTempDir('remove-tree-'));
  const outside = realPathOrSelf(makeTempDir('remove-tree-outside-'));
  writeFileSync(join(outside, 'precious.txt'), 'keep me');
  mkdirSync(join(root, 'cache', 'entry'), { recursive: true });
  writeFileSync(join(root, 'cache', 'entry', 'out.txt'), '12345');
  return { root, outside };
}

describe('removeTree', () => {
  it('should delete a folder and count its bytes', async () => {
    const { root } = makeLayout();

    const result = await removeTree(join(root, 'cache', 'entry'), [root]);

    expect(existsSync(join(root, 'cache', 'entry'))).toBe(false);
    expect(result.freedBytes).toBeGreaterThanOrEqual(5);
  });

  it('should keep a link that points outside, with its folder and its target', async () => {
    const { root, outside } = makeLayout();
    const link = join(root, 'cache', 'entry', 'linked');
    symlinkSync(outside, link);

    const result = await removeTree(join(root, 'cache', 'entry'), [root]);

    expect(result.keptLinks).toEqual([link]);
    expect(existsSync(join(root, 'cache', 'entry', 'out.txt'))).toBe(false);
    expect(readFileSync(join(link, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('should delete a link that points inside as a link, not its target', async () => {
    const { root } = makeLayout();
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'file.txt'), 'still here');
    symlinkSync(join(root, 'elsewhere'), join(root, 'cache', 'entry', 'link'));

    await removeTree(join(root, 'cache', 'entry'), [root]);

    expect(readFileSync(join(root, 'elsewhere', 'file.txt'), 'utf8')).toBe(
      'still here',
    );
  });

  it('should refuse a path whose folder is a link leading outside', async () => {
    const { root, outside } = makeLayout();
    symlinkSync(outside, join(root, 'cache', 'out'));

    await expect(
      removeTree(join(root, 'cache', 'out', 'precious.txt'), [root]),
    ).rejects.toThrow(RemovalFailure);
    expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
  });
});
