import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import {
  checkDeletionTarget,
  type GuardedFolders,
} from './check-deletion-target';

const setting = {
  source: 'NX_CACHE_DIRECTORY=x',
  fix: 'Unset NX_CACHE_DIRECTORY',
};

describe('checkDeletionTarget', () => {
  const parent = makeTempDir('deletion-target-');
  const root = join(parent, 'workspace');
  const home = join(parent, 'users', 'me');
  const projects = [join(root, 'packages', 'server')];
  mkdirSync(projects[0], { recursive: true });
  mkdirSync(home, { recursive: true });

  const reasonFor = (
    path: string,
    guarded: GuardedFolders = { workspaceRoot: root, projectFolders: projects },
  ) => {
    try {
      checkDeletionTarget(path, setting, { homeFolder: home, ...guarded });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    ['the file system root', '/', 'it is the file system root'],
    ['the home folder', home, `it is the home folder ${home}`],
    ['the workspace root', root, `it is the workspace root ${root}`],
    [
      'a parent of the workspace root',
      parent,
      `it contains the workspace root ${root}`,
    ],
    [
      'a relative ".." out of the workspace',
      join(root, '..'),
      `it contains the workspace root ${root}`,
    ],
    [
      'a parent of the home folder',
      join(parent, 'users'),
      `it contains the home folder ${home}`,
    ],
    [
      'a project folder',
      projects[0],
      'it is the project folder packages/server',
    ],
    [
      'a folder holding a project folder',
      join(root, 'packages'),
      'it contains the project folder packages/server',
    ],
  ])('should refuse %s', (_, path, reason) => {
    expect(reasonFor(path)).toBe(
      `Refusing to clear ${path} (from NX_CACHE_DIRECTORY=x): ${reason}, and cache-reset clears only folders that hold nothing but a cache.`,
    );
  });

  it.each([
    ['the Git folder', '.git', 'it is the Git folder of a repository'],
    [
      'a folder inside the Git folder',
      join('.git', 'objects'),
      `it is inside the Git folder ${join(root, '.git')}`,
    ],
    [
      'node_modules itself',
      'node_modules',
      'it is a node_modules folder of installed packages',
    ],
    [
      'an installed package',
      join('node_modules', 'nx'),
      `it is inside ${join(root, 'node_modules')} but not in a cache folder there (such as ${join(root, 'node_modules', '.cache')}), so it may be an installed package`,
    ],
    [
      "a project's source folder",
      join('packages', 'server', 'migrations'),
      "it is inside the project folder packages/server but not in a cache folder there (such as packages/server/.cache), so it may hold the project's files",
    ],
    [
      'a folder named cache among the sources of a project',
      join('packages', 'server', 'src', 'cache'),
      'it is inside the project folder packages/server but not',
    ],
  ])('should refuse %s', (_, path, reason) => {
    expect(reasonFor(join(root, path))).toContain(
      `Refusing to clear ${join(root, path)} (from NX_CACHE_DIRECTORY=x): ${reason}`,
    );
  });

  // Guarding folders elsewhere, so that the system folder is the reason.
  const elsewhere = {
    workspaceRoot: '/nonexistent/ws',
    homeFolder: '/nonexistent/home',
  };

  it.each(['/tmp', '/var', '/usr', '/etc', '/var/tmp'])(
    'should refuse the system folder %s itself',
    (path) => {
      expect(reasonFor(path, elsewhere)).toMatch(
        `it is the system folder ${path}, `,
      );
    },
  );

  it('should tell what to change in the setting', () => {
    expect(() =>
      checkDeletionTarget('/', setting, { workspaceRoot: root }),
    ).toThrow(
      expect.objectContaining({
        hint: 'Unset NX_CACHE_DIRECTORY, then run cache-reset again.',
      }),
    );
  });

  it('should refuse a link that resolves to the workspace root', () => {
    const link = join(makeTempDir('deletion-link-'), 'cache');
    symlinkSync(root, link);

    expect(reasonFor(link)).toMatch(/it is the workspace root /);
  });

  it.each([
    ['a folder of its own inside the workspace', join('.nx', 'cache')],
    ['a folder beside the project folders', join('packages', '.cache')],
    ["Lerna's cache in node_modules", join('node_modules', '.cache', 'nx')],
    ['a cache folder of a project', join('packages', 'server', '.cache', 'nx')],
    [
      'the node_modules cache of a project',
      join('packages', 'server', 'node_modules', '.cache', 'nx'),
    ],
  ])('should accept %s', (_, path) => {
    expect(reasonFor(join(root, path))).toBeUndefined();
  });

  it('should accept .nx/cache when the root folder is a project too', () => {
    const guarded = { workspaceRoot: root, projectFolders: [root] };

    expect(reasonFor(join(root, '.nx', 'cache'), guarded)).toBeUndefined();
  });

  it('should accept .nx/cache of a workspace kept inside node_modules', () => {
    const inside = join(parent, 'node_modules', 'ws');
    mkdirSync(inside, { recursive: true });

    expect(
      reasonFor(join(inside, '.nx', 'cache'), { workspaceRoot: inside }),
    ).toBeUndefined();
  });

  it('should accept a folder of its own inside a system folder', () => {
    expect(reasonFor('/tmp/nx-cache', elsewhere)).toBeUndefined();
  });
});
