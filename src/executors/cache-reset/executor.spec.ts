import type { ExecutorContext } from '@nx/devkit';
import {
  existsSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  cacheResetProjects,
  createCacheResetWorkspace as createWorkspace,
} from '../../testing/create-cache-reset-workspace';
import { makeTempDir } from '../../testing/make-temp-dir';
import { readIndexedHashes } from '../../testing/write-nx-cache-fixture';
import cacheResetExecutor from './executor';
import type { CacheResetExecutorOptions } from './schema';

async function runCacheReset(
  root: string,
  options: CacheResetExecutorOptions = {},
) {
  const projects = Object.fromEntries(
    [...cacheResetProjects].map(([name, projectRoot]) => [
      name,
      { root: projectRoot },
    ]),
  );
  const context = {
    root,
    projectName: 'server',
    projectsConfigurations: { version: 2, projects },
  } as unknown as ExecutorContext;
  return cacheResetExecutor(options, context);
}

describe('cache-reset executor', () => {
  let output: string[];
  beforeEach(() => {
    output = [];
    const record = (...args: unknown[]) => void output.push(String(args[0]));
    jest.spyOn(console, 'info').mockImplementation(record);
    jest.spyOn(console, 'warn').mockImplementation(record);
    jest.spyOn(console, 'error').mockImplementation(record);
  });
  afterEach(() => jest.restoreAllMocks());

  it('should empty the cache with every index row but keep the folders a parent nx run writes to', async () => {
    const { root, cache, database } = createWorkspace();

    const result = await runCacheReset(root);

    expect(result).toEqual({ success: true });
    expect(readdirSync(cache)).toEqual(['terminalOutputs']);
    expect(readdirSync(join(cache, 'terminalOutputs'))).toEqual([]);
    expect(readIndexedHashes(database)).toEqual([]);
  });

  it('should clear workspace data, our inference cache included, but keep the database and locks', async () => {
    const { root, data } = createWorkspace();

    await runCacheReset(root);

    const left = readdirSync(data).filter(
      (name) => !/\.db-(wal|shm)$/.test(name),
    );
    expect(left.sort()).toEqual([
      '3d1219c7c4c5404aaa1f6d2a48adfda4-v2.db',
      'project-graph.lock',
    ]);
  });

  it('should end with one summary line naming what was cleared and the bytes freed', async () => {
    const { root } = createWorkspace();

    await runCacheReset(root);

    expect(output.at(-1)).toMatch(
      /^Cache reset: cleared task cache \(3 entries, 3 index rows\), workspace data \(2 paths\); freed [\d.]+ KB \(\d+ bytes\)\.$/,
    );
  });

  it('should list paths with sizes and a total and delete nothing on a dry run', async () => {
    const { root, cache, database } = createWorkspace();

    await runCacheReset(root, { dryRun: true, toolCaches: true });

    expect(readdirSync(cache).sort()).toEqual([
      '111',
      '222',
      '333',
      'run.json',
      'terminalOutputs',
    ]);
    expect(readIndexedHashes(database)).toEqual(['111', '222', '333']);
    expect(output).toContainEqual(
      expect.stringMatching(
        /^\s+2\.9 KB {2}\.nx\/cache\/222 {2}\(task cache\)$/,
      ),
    );
    expect(output).toContainEqual(
      expect.stringMatching(/^\s+[\d.]+ KB {2}in total$/),
    );
    expect(output.at(-1)).toMatch(/^Dry run, nothing deleted: would clear /);
  });

  it('should drop only entries unused for olderThanDays, with their rows', async () => {
    const { root, cache, database } = createWorkspace();

    await runCacheReset(root, { olderThanDays: 30 });

    expect(readIndexedHashes(database)).toEqual(['222', '333']);
    expect(existsSync(join(cache, '111'))).toBe(false);
    expect(existsSync(join(cache, 'terminalOutputs', '111'))).toBe(false);
    expect(existsSync(join(cache, '222'))).toBe(true);
  });

  it('should evict the least recently used entries until maxSize fits, leaving workspace data alone', async () => {
    const { root, cache, data, database } = createWorkspace();

    await runCacheReset(root, { maxSize: '4KB' });

    expect(readIndexedHashes(database)).toEqual(['333']);
    expect(readdirSync(cache).sort()).toEqual([
      '333',
      'run.json',
      'terminalOutputs',
    ]);
    expect(existsSync(join(data, 'project-graph.json'))).toBe(true);
  });

  it('should clear tool caches of the named projects only', async () => {
    const { root } = createWorkspace();

    await runCacheReset(root, {
      skipTaskCache: true,
      skipWorkspaceData: true,
      toolCaches: true,
      projects: ['server'],
    });

    for (const path of [
      'packages/server/node_modules/.cache',
      'packages/server/.eslintcache',
      'packages/server/tsconfig.tsbuildinfo',
      'packages/server/dist/out-tsc/lib.tsbuildinfo',
      'packages/server/.jest-cache',
    ]) {
      expect(existsSync(join(root, path))).toBe(false);
    }
    expect(existsSync(join(root, 'packages/shared/.swc'))).toBe(true);
    expect(existsSync(join(root, 'node_modules/.cache'))).toBe(true);
  });

  it('should fail naming an unknown project', async () => {
    const { root } = createWorkspace();

    const result = await runCacheReset(root, {
      toolCaches: true,
      projects: ['web'],
    });

    expect(result).toEqual({ success: false });
    expect(output.join('\n')).toContain(
      'The projects option names "web", which the workspace does not have (known projects: server, shared).',
    );
  });

  it('should keep a link in place of a cache entry that points outside, and its target', async () => {
    const { root, cache } = createWorkspace();
    const outside = makeTempDir('cache-reset-outside-');
    writeFileSync(join(outside, 'precious.txt'), 'keep me');
    symlinkSync(outside, join(cache, '4242'));

    await runCacheReset(root);

    expect(readFileSync(join(cache, '4242', 'precious.txt'), 'utf8')).toBe(
      'keep me',
    );
    expect(output.join('\n')).toContain(
      `Kept the symbolic link ${join(cache, '4242')}`,
    );
  });

  it('should refuse a cacheDirectory that is the workspace root, deleting nothing', async () => {
    const { root, cache } = createWorkspace();
    writeFileSync(join(root, 'nx.json'), '{"cacheDirectory": "."}');

    const result = await runCacheReset(root);

    expect(result).toEqual({ success: false });
    expect(output.join('\n')).toContain(
      `Refusing to clear ${root} (from "cacheDirectory": "." in ${join(root, 'nx.json')}): it is the workspace root ${root}`,
    );
    expect(existsSync(join(cache, '111'))).toBe(true);
  });

  it('should refuse a cacheDirectory ".." that holds the workspace, naming the setting and the fix', async () => {
    const { root, cache } = createWorkspace();
    const parent = dirname(root);
    writeFileSync(join(parent, 'precious.txt'), 'keep me');
    writeFileSync(join(root, 'nx.json'), '{"cacheDirectory": ".."}');

    const result = await runCacheReset(root);

    expect(result).toEqual({ success: false });
    expect(output.join('\n')).toContain(
      `Refusing to clear ${join(root, '..')} (from "cacheDirectory": ".." in ${join(root, 'nx.json')}): it contains the workspace root ${root}, and cache-reset clears only folders that hold nothing but a cache.\nSet cacheDirectory in ${join(root, 'nx.json')} to a folder that holds only the Nx cache, such as ".nx/cache", then run cache-reset again.`,
    );
    expect(readdirSync(parent).sort()).toEqual(['precious.txt', 'workspace']);
    expect(existsSync(join(cache, '111'))).toBe(true);
  });

  describe('with NX_CACHE_DIRECTORY set', () => {
    const saved = process.env.NX_CACHE_DIRECTORY;
    afterEach(() => {
      if (saved === undefined) delete process.env.NX_CACHE_DIRECTORY;
      else process.env.NX_CACHE_DIRECTORY = saved;
    });

    // A dry run, so that even a broken check could delete nothing of /tmp.
    it('should refuse the system temp folder, naming the variable', async () => {
      const { root } = createWorkspace();
      process.env.NX_CACHE_DIRECTORY = tmpdir();

      const result = await runCacheReset(root, { dryRun: true });

      expect(result).toEqual({ success: false });
      expect(output.join('\n')).toMatch(
        `Refusing to clear ${tmpdir()} (from NX_CACHE_DIRECTORY=${tmpdir()}): it contains the workspace root ${root}`,
      );
      expect(output.join('\n')).toContain(
        'Unset NX_CACHE_DIRECTORY, or point it at a folder that holds only the Nx cache, such as .nx/cache, then run cache-reset again.',
      );
    });

    it('should refuse a parent of the workspace given as an absolute path', async () => {
      const { root, cache } = createWorkspace();
      process.env.NX_CACHE_DIRECTORY = dirname(root);

      const result = await runCacheReset(root);

      expect(result).toEqual({ success: false });
      expect(output.join('\n')).toContain(
        `(from NX_CACHE_DIRECTORY=${dirname(root)}): it contains the workspace root ${root}`,
      );
      expect(existsSync(join(cache, '111'))).toBe(true);
      expect(existsSync(join(root, 'nx.json'))).toBe(true);
    });
  });

  it('should refuse a cacheDirectory that holds a project folder', async () => {
    const { root, cache } = createWorkspace();
    writeFileSync(join(root, 'nx.json'), '{"cacheDirectory": "packages"}');

    const result = await runCacheReset(root);

    expect(result).toEqual({ success: false });
    expect(output.join('\n')).toContain(
      'it contains the project folder packages/server',
    );
    expect(existsSync(join(root, 'packages/server/jest.config.ts'))).toBe(true);
    expect(existsSync(join(cache, '111'))).toBe(true);
  });
});
