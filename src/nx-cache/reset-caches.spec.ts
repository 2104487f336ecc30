import {
  existsSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { openInferenceCache } from '../plugin/open-inference-cache';
import {
  cacheResetProjects as projects,
  createCacheResetWorkspace,
  writeFiles,
} from '../testing/create-cache-reset-workspace';
import { makeTempDir } from '../testing/make-temp-dir';
import {
  readIndexedHashes,
  writeNxCacheFixture,
} from '../testing/write-nx-cache-fixture';
import { realPathOrSelf } from './real-path-or-self';
import { nodeFileSystem, type TreeFileSystem } from './remove-tree';
import { resetCaches } from './reset-caches';

/**
 * The real file system, except that unlinking `locked` fails with EPERM,
 * as it does for a file held by another program on Windows or marked
 * immutable (chattr +i) on Linux, whoever runs the tests.
 */
function lockFile(locked: string): TreeFileSystem {
  return {
    ...nodeFileSystem,
    unlink: async (path) => {
      if (path !== locked) return nodeFileSystem.unlink(path);
      const error: NodeJS.ErrnoException = new Error(
        `EPERM: operation not permitted, unlink '${path}'`,
      );
      error.code = 'EPERM';
      throw error;
    },
  };
}

/** A Lerna workspace: no nx.json, so Nx keeps both folders in node_modules/.cache. */
function createLernaWorkspace() {
  const root = makeTempDir('cache-reset-lerna-');
  const modulesCache = join(root, 'node_modules', '.cache');
  const cache = join(modulesCache, 'nx');
  const data = join(modulesCache, 'nx-workspace-data');
  const database = writeNxCacheFixture(cache, data, [
    { hash: '111', bytes: 100, accessedAt: '2026-12-01 10:00:00' },
  ]);
  writeFiles(root, {
    'lerna.json': '{}',
    'node_modules/.cache/nx-workspace-data/project-graph.json': '{}',
    'node_modules/.cache/babel-loader/x': 'x',
    'node_modules/.cache/nx-thing': 'x',
  });
  return { root, cache, data, database };
}

describe('resetCaches', () => {
  let output: string[];
  beforeEach(() => {
    output = [];
    // Without the colors the logger adds when FORCE_COLOR is set, as in CI.
    const record = (...args: unknown[]) =>
      void output.push(String(args[0]).replace(/\u001b\[[\d;]*m/g, ''));
    jest.spyOn(console, 'info').mockImplementation(record);
    jest.spyOn(console, 'warn').mockImplementation(record);
    jest.spyOn(console, 'error').mockImplementation(record);
  });
  afterEach(() => jest.restoreAllMocks());

  const freedBytes = () =>
    Number(/\((\d+) bytes\)/.exec(output.at(-1) ?? '')?.[1]);

  describe('when a file cannot be deleted', () => {
    it('should name it, delete the rest and count only what went', async () => {
      const complete = createCacheResetWorkspace();
      await resetCaches({}, complete.root, projects);
      const freedWhenComplete = freedBytes();
      const { root, cache } = createCacheResetWorkspace();
      const locked = join(cache, '222', 'app', 'dist', 'out.txt');

      const success = await resetCaches({}, root, projects, lockFile(locked));

      expect(success).toBe(false);
      expect(output).toContain(
        `Could not delete ${locked} (EPERM). A process may hold it open: stop the Nx daemon (npx nx daemon --stop), close Nx Console and other editors or watchers using it, check its permissions, then run cache-reset again.`,
      );
      expect(output.at(-1)).toMatch(
        /^Cache reset: cleared task cache \(2 of 3 entries, 3 index rows\), workspace data \(2 paths\); freed [\d.]+ KB \(\d+ bytes\); 1 path could not be deleted\.$/,
      );
      expect(freedWhenComplete - freedBytes()).toBe(3000);
      expect(readdirSync(cache).sort()).toEqual(['222', 'terminalOutputs']);
      expect(existsSync(locked)).toBe(true);
    });

    it('should count the paths of workspace data that went', async () => {
      const { root, data } = createCacheResetWorkspace();
      const locked = join(data, 'project-graph.json');

      await resetCaches({}, root, projects, lockFile(locked));

      expect(output.at(-1)).toMatch(
        /cleared task cache \(3 entries, 3 index rows\), workspace data \(1 of 2 paths\);.*; 1 path could not be deleted\.$/,
      );
    });
  });

  it('should give a path it left outside its own message, not the locked-file hint', async () => {
    const { root } = createCacheResetWorkspace();
    const outside = realPathOrSelf(makeTempDir('cache-reset-linked-modules-'));
    writeFiles(outside, { '.cache/babel/x': 'x' });
    const modules = join(root, 'packages', 'server', 'node_modules');
    rmSync(modules, { recursive: true });
    symlinkSync(outside, modules);

    const success = await resetCaches(
      { skipTaskCache: true, skipWorkspaceData: true, toolCaches: true },
      root,
      projects,
    );

    expect(success).toBe(false);
    const text = output.join('\n');
    expect(text).toContain(
      `Did not delete ${join(modules, '.cache')}: its folder resolves to ${outside}, outside the workspace and the cache directories, through a symbolic link on the way to it. Replace that link with a plain folder, or delete the path by hand if it should go, then run cache-reset again.`,
    );
    expect(text).not.toContain('A process may hold it open');
    expect(existsSync(join(outside, '.cache', 'babel', 'x'))).toBe(true);
  });

  describe('with Nx folders inside node_modules/.cache', () => {
    it('should clear the other tool caches there but not the Nx cache and data asked to stay', async () => {
      const { root, cache, data, database } = createLernaWorkspace();

      await resetCaches(
        { skipTaskCache: true, skipWorkspaceData: true, toolCaches: true },
        root,
        new Map(),
      );

      expect(readdirSync(join(root, 'node_modules', '.cache')).sort()).toEqual([
        'nx',
        'nx-workspace-data',
      ]);
      expect(existsSync(join(cache, '111'))).toBe(true);
      expect(existsSync(join(data, 'project-graph.json'))).toBe(true);
      expect(readIndexedHashes(database)).toEqual(['111']);
    });

    it('should keep the folders a parent nx run needs when every scope is cleared', async () => {
      const { root, cache, data, database } = createLernaWorkspace();

      await resetCaches({ toolCaches: true }, root, new Map());

      expect(readdirSync(cache)).toEqual(['terminalOutputs']);
      expect(readdirSync(data).filter((name) => name.endsWith('.db'))).toEqual([
        database.slice(data.length + 1),
      ]);
      expect(readIndexedHashes(database)).toEqual([]);
      expect(existsSync(join(root, 'node_modules/.cache/babel-loader'))).toBe(
        false,
      );
    });

    it('should list each path once on a dry run', async () => {
      const { root } = createLernaWorkspace();

      await resetCaches({ toolCaches: true, dryRun: true }, root, new Map());

      const listed = output
        .map((line) => /^\s+[\d.]+ [KMG]?B {2}(\S+) {2}\(/.exec(line)?.[1])
        .filter((path): path is string => path !== undefined);
      expect(listed.sort()).toEqual([
        'node_modules/.cache/babel-loader',
        'node_modules/.cache/nx-thing',
        'node_modules/.cache/nx-workspace-data/project-graph.json',
        'node_modules/.cache/nx/111',
        'node_modules/.cache/nx/terminalOutputs/111',
      ]);
    });
  });

  it('should keep the workspace data folder when the cache folder holds it', async () => {
    const root = makeTempDir('cache-reset-nested-');
    writeFileSync(join(root, 'nx.json'), '{"cacheDirectory": ".nx"}');
    const cache = join(root, '.nx');
    const data = join(cache, 'workspace-data');
    const database = writeNxCacheFixture(cache, data, [
      { hash: '111', bytes: 100, accessedAt: '2026-12-01 10:00:00' },
    ]);
    writeFileSync(join(data, 'project-graph.json'), '{}');

    await resetCaches({}, root, new Map());

    expect(readdirSync(cache).sort()).toEqual([
      'terminalOutputs',
      'workspace-data',
    ]);
    expect(existsSync(database)).toBe(true);
    expect(existsSync(join(data, 'project-graph.json'))).toBe(false);
    expect(readIndexedHashes(database)).toEqual([]);
    expect(output.at(-1)).toMatch(
      /cleared task cache \(1 entry, 1 index row\), workspace data \(1 path\);/,
    );
  });

  it('should count a jest cache inside node_modules/.cache once', async () => {
    const { root } = createCacheResetWorkspace();
    writeFiles(root, {
      'packages/server/jest.config.ts':
        "export default { cacheDirectory: '<rootDir>/node_modules/.cache/jest' };",
      'packages/server/node_modules/.cache/jest/haste': 'x',
    });

    await resetCaches(
      {
        skipTaskCache: true,
        skipWorkspaceData: true,
        toolCaches: true,
        projects: ['server'],
      },
      root,
      projects,
    );

    // node_modules/.cache (2 bytes), .eslintcache and two *.tsbuildinfo.
    expect(output.at(-1)).toMatch(/cleared tool caches \(4 paths\);/);
    expect(freedBytes()).toBe(5);
  });

  it.each([
    ['<rootDir>', 'is the project folder packages/server'],
    ['<rootDir>/..', 'contains the project folder packages/server'],
    ['../..', 'is the workspace root'],
  ])(
    'should refuse a jest cacheDirectory "%s", deleting nothing',
    async (value, reason) => {
      const { root, cache } = createCacheResetWorkspace();
      const config = join(root, 'packages', 'server', 'jest.config.ts');
      writeFileSync(config, `export default { cacheDirectory: '${value}' };`);

      const success = await resetCaches(
        { toolCaches: true },
        root,
        projects,
      ).catch((error: Error) => error);

      expect(success).toBeInstanceOf(Error);
      expect((success as Error).message).toMatch(
        `(from cacheDirectory "${value}" in ${config}): it ${reason}`,
      );
      expect(existsSync(join(root, 'packages/server/.eslintcache'))).toBe(true);
      expect(existsSync(join(cache, '111'))).toBe(true);
    },
  );

  describe('with NX_PROJECT_GRAPH_CACHE_DIRECTORY set', () => {
    const saved = process.env.NX_PROJECT_GRAPH_CACHE_DIRECTORY;
    afterEach(() => {
      if (saved === undefined)
        delete process.env.NX_PROJECT_GRAPH_CACHE_DIRECTORY;
      else process.env.NX_PROJECT_GRAPH_CACHE_DIRECTORY = saved;
    });

    it('should clear the inference cache the plugin wrote there', async () => {
      const { root } = createCacheResetWorkspace();
      process.env.NX_PROJECT_GRAPH_CACHE_DIRECTORY = 'graph-cache';
      writeFileSync(join(root, 'docker-compose.yml'), 'services: {}\n');
      const inference = openInferenceCache(root, 'abc123');
      inference.set('docker-compose.yml', 'key', { projects: {} });
      inference.save();
      const file = join(
        root,
        'graph-cache',
        'twenty-devops-inference.abc123.json',
      );
      expect(existsSync(file)).toBe(true);

      await resetCaches({}, root, projects);

      expect(existsSync(file)).toBe(false);
    });
  });

  describe('with NX_CACHE_DIRECTORY naming a folder of other files', () => {
    const saved = process.env.NX_CACHE_DIRECTORY;
    afterEach(() => {
      if (saved === undefined) delete process.env.NX_CACHE_DIRECTORY;
      else process.env.NX_CACHE_DIRECTORY = saved;
    });

    const refusal = async (root: string, setting: string, dryRun = false) => {
      process.env.NX_CACHE_DIRECTORY = setting;
      const reset = resetCaches(
        { skipWorkspaceData: true, dryRun },
        root,
        projects,
      );
      await expect(reset).rejects.toThrow(
        `Refusing to clear ${join(root, setting)} (from NX_CACHE_DIRECTORY=${setting})`,
      );
      return reset.catch((error: { hint?: string }) => error.hint);
    };

    it('should refuse .git, deleting nothing', async () => {
      const { root } = createCacheResetWorkspace();
      writeFiles(root, { '.git/HEAD': 'ref: refs/heads/main\n' });

      expect(await refusal(root, '.git')).toBe(
        'Unset NX_CACHE_DIRECTORY, or point it at a folder that holds only the Nx cache, such as .nx/cache, then run cache-reset again.',
      );
      expect(readdirSync(join(root, '.git'))).toEqual(['HEAD']);
    });

    it('should refuse node_modules even on a dry run', async () => {
      const { root } = createCacheResetWorkspace();

      await refusal(root, 'node_modules', true);

      expect(existsSync(join(root, 'node_modules/.cache/nx-thing'))).toBe(true);
    });

    it("should refuse a project's migrations folder, deleting nothing", async () => {
      const { root } = createCacheResetWorkspace();
      writeFiles(root, {
        'packages/server/migrations/1700000000000-init.sql': 'CREATE TABLE a;',
      });

      await refusal(root, 'packages/server/migrations');

      expect(readdirSync(join(root, 'packages/server/migrations'))).toEqual([
        '1700000000000-init.sql',
      ]);
    });

    it('should delete only the hash folder and name what it left', async () => {
      const { root } = createCacheResetWorkspace();
      const shared = join(root, '..', 'shared');
      writeFiles(shared, {
        'important.txt': 'keep me',
        'photos/2019.jpg': 'jpg',
        '12345/out.txt': 'x'.repeat(100),
      });
      process.env.NX_CACHE_DIRECTORY = shared;

      await resetCaches({ skipWorkspaceData: true }, root, projects);

      expect(readdirSync(shared).sort()).toEqual(['important.txt', 'photos']);
      expect(readdirSync(join(shared, 'photos'))).toEqual(['2019.jpg']);
      expect(output).toContain(
        `Left 2 paths in the task cache folder ${shared} (from NX_CACHE_DIRECTORY=${shared}) that Nx did not write there: important.txt, photos. cache-reset deletes only Nx's own cache files from that folder; move these elsewhere, or point the setting at a folder that holds only the Nx cache.`,
      );
      expect(output.at(-1)).toMatch(
        /^Cache reset: cleared task cache \(1 entry, 3 index rows\); freed 100 B \(100 bytes\); left 2 paths that are not Nx cache entries \(important\.txt, photos\)\.$/,
      );
    });

    it('should list what a dry run would leave', async () => {
      const { root } = createCacheResetWorkspace();
      const shared = join(root, '..', 'shared');
      writeFiles(shared, {
        'a.txt': 'a',
        'b.txt': 'b',
        'c.txt': 'c',
        'd.txt': 'd',
        '12345/out.txt': 'x',
      });
      process.env.NX_CACHE_DIRECTORY = shared;

      await resetCaches({ dryRun: true }, root, projects);

      expect(output).toContain(
        `  left       ${join(shared, 'd.txt')}  (not an Nx cache entry)`,
      );
      expect(output.at(-1)).toMatch(
        /; would leave 4 paths that are not Nx cache entries \(a\.txt, b\.txt, c\.txt, …\)\.$/,
      );
      expect(readdirSync(shared)).toHaveLength(5);
    });
  });
});
