import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './make-temp-dir';
import { writeNxCacheFixture } from './write-nx-cache-fixture';

/** A time as SQLite's CURRENT_TIMESTAMP writes it, `hoursAgo` before now. */
export const sqliteTime = (hoursAgo: number) =>
  new Date(Date.now() - hoursAgo * 3600 * 1000)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ');

/** The projects of the workspace below, by name. */
export const cacheResetProjects = new Map([
  ['server', 'packages/server'],
  ['shared', 'packages/shared'],
]);

/**
 * A workspace after some cached runs (three entries of 4000, 3000 and
 * 2000 bytes, last used 60 days, 2 hours and 1 hour ago), with our
 * inference cache and tool caches, alone in a folder of its own (what a
 * `..` setting would name).
 */
export function createCacheResetWorkspace() {
  const root = join(makeTempDir('cache-reset-spec-'), 'workspace');
  const cache = join(root, '.nx', 'cache');
  const data = join(root, '.nx', 'workspace-data');
  mkdirSync(root);
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
  writeFiles(root, {
    'packages/server/node_modules/.cache/swc/x': 'x',
    'packages/server/.eslintcache': 'x',
    'packages/server/tsconfig.tsbuildinfo': 'x',
    'packages/server/dist/out-tsc/lib.tsbuildinfo': 'x',
    'packages/server/jest.config.ts':
      "export default { cacheDirectory: '<rootDir>/.jest-cache' };",
    'packages/server/.jest-cache/haste': 'x',
    'packages/shared/.swc/plugins': 'x',
    'node_modules/.cache/nx-thing': 'x',
  });
  return { root, cache, data, database };
}

/** Writes files below `root`, creating their folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
