import type { ExecutorContext } from '@nx/devkit';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../testing/make-temp-dir';
import {
  readIndexedHashes,
  writeNxCacheFixture,
} from '../../testing/write-nx-cache-fixture';
import cacheResetExecutor from './executor';
import type { CacheResetExecutorOptions } from './schema';

/** A time as SQLite's CURRENT_TIMESTAMP writes it, `hoursAgo` before now. */
const sqliteTime = (hoursAgo: number) =>
  new Date(Date.now() - hoursAgo * 3600 * 1000)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ');

/** A workspace after some cached runs, with our inference cache and tool caches. */
function createWorkspace() {
  const root = makeTempDir('cache-reset-spec-');
  const cache = join(root, '.nx', 'cache');
  const data = join(root, '.nx', 'workspace-data');
  writeFileSync(join(root, 'nx.json'), '{}');
  const database = writeNxCacheFixture(cache, data, [
    { hash: '111', bytes: 4000, accessedAt: sqliteTime(24 * 60) },
    { hash: '222', bytes: 3000, accessedAt: sqliteTime(2) },
    { hash: '333', bytes: 2000, accessedAt: sqliteTime(1) },
  ]);
  writeFileSync(join(cache, 'run.json'), '{}');
  writeFileSync(join(data, 'project-graph.json'), '{}');
  writeFileSync(join(data, 'twenty-devops-inference.abc.json'), '{}');
  writeFileSync(join(data, 'project-graph.lock'), '');
  const files: Record<string, string> = {
    'packages/server/node_modules/.cache/swc/x': 'x',
    'packages/server/.eslintcache': 'x',
    'packages/server/tsconfig.tsbuildinfo': 'x',
    'packages/server/dist/out-tsc/lib.tsbuildinfo': 'x',
    'packages/server/jest.config.ts':
      "export default { cacheDirectory: '<rootDir>/.jest-cache' };",
    'packages/server/.jest-cache/haste': 'x',
    'packages/shared/.swc/plugins': 'x',
    'node_modules/.cache/nx-thing': 'x',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, cache, data, database };
}

async function runCacheReset(
  root: string,
  options: CacheResetExecutorOptions = {},
) {
  const context = {
    root,
    projectName: 'server',
    projectsConfigurations: {
      version: 2,
      projects: {
        server: { root: 'packages/server' },
        shared: { root: 'packages/shared' },
      },
    },
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

  it('should keep a link in the cache that points outside, and its target', async () => {
    const { root, cache } = createWorkspace();
    const outside = makeTempDir('cache-reset-outside-');
    writeFileSync(join(outside, 'precious.txt'), 'keep me');
    symlinkSync(outside, join(cache, 'linked'));

    await runCacheReset(root);

    expect(readFileSync(join(cache, 'linked', 'precious.txt'), 'utf8')).toBe(
      'keep me',
    );
    expect(output.join('\n')).toContain(
      `Kept the symbolic link ${join(cache, 'linked')}`,
    );
  });

  it('should refuse a cacheDirectory that is the workspace root, deleting nothing', async () => {
    const { root, cache } = createWorkspace();
    writeFileSync(join(root, 'nx.json'), '{"cacheDirectory": "."}');

    const result = await runCacheReset(root);

    expect(result).toEqual({ success: false });
    expect(output.join('\n')).toContain('it is the workspace root itself');
    expect(existsSync(join(cache, '111'))).toBe(true);
  });

  it('should name a file it cannot delete and report what it removed', async () => {
    const { root, cache } = createWorkspace();
    const locked = join(cache, '222', 'app', 'dist', 'out.txt');
    execFileSync('chattr', ['+i', locked]);
    try {
      const result = await runCacheReset(root);

      expect(result).toEqual({ success: false });
      expect(output.join('\n')).toContain(`Could not delete ${locked} (EPERM)`);
      expect(output.at(-1)).toMatch(/freed .*; 1 path could not be deleted\.$/);
      expect(existsSync(join(cache, '111'))).toBe(false);
    } finally {
      execFileSync('chattr', ['-i', locked]);
    }
  });
});
