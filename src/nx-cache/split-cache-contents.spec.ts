import { join } from 'node:path';
import { writeFiles } from '../testing/create-cache-reset-workspace';
import { makeTempDir } from '../testing/make-temp-dir';
import { realPathOrSelf } from './real-path-or-self';
import { splitCacheContents } from './split-cache-contents';

function makeCache(files: Record<string, string>): string {
  const cache = realPathOrSelf(makeTempDir('split-cache-'));
  writeFiles(cache, files);
  return cache;
}

describe('splitCacheContents', () => {
  it("should take every file of Nx 22's layout and leave nothing", () => {
    const cache = makeCache({
      '18061618473473245553/packages/app/dist/out.txt': 'x',
      'terminalOutputs/18061618473473245553': 'built',
      'terminalOutputs/9522274954804929598': 'ran',
      'run.json': '{}',
    });

    const contents = splitCacheContents(cache, []);

    expect(contents.nx.sort()).toEqual([
      join(cache, '18061618473473245553'),
      join(cache, 'run.json'),
      join(cache, 'terminalOutputs', '18061618473473245553'),
      join(cache, 'terminalOutputs', '9522274954804929598'),
    ]);
    expect(contents.foreign).toEqual([]);
  });

  it("should take Nx 24's batch logs, the Nx Cloud client and commit markers", () => {
    const cache = makeCache({
      '123/code': '0',
      '123.commit': 'true',
      'batchOutputs/worker-1.log': 'log',
      'cloud/lib/index.js': 'x',
    });

    expect(splitCacheContents(cache, []).nx.sort()).toEqual([
      join(cache, '123'),
      join(cache, '123.commit'),
      join(cache, 'batchOutputs', 'worker-1.log'),
      join(cache, 'cloud'),
    ]);
  });

  it('should take only the hash folder from a folder of foreign files, naming the rest', () => {
    const cache = makeCache({
      'important.txt': 'keep me',
      'photos/2019.jpg': 'jpg',
      '12345/out.txt': 'x',
      'terminalOutputs/notes.md': 'mine',
    });

    const contents = splitCacheContents(cache, []);

    expect(contents.nx).toEqual([join(cache, '12345')]);
    expect(contents.foreign).toEqual([
      'important.txt',
      'photos',
      'terminalOutputs/notes.md',
    ]);
  });

  it('should neither take nor name the folder of another scope kept inside', () => {
    const cache = makeCache({
      'workspace-data/project-graph.json': '{}',
      '111/out.txt': 'x',
    });

    const contents = splitCacheContents(cache, [join(cache, 'workspace-data')]);

    expect(contents).toEqual({ nx: [join(cache, '111')], foreign: [] });
  });
});
