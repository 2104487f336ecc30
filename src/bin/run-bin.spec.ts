import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import {
  readIndexedHashes,
  writeNxCacheFixture,
} from '../testing/write-nx-cache-fixture';
import { runBin } from './run-bin';

describe('twenty-devops bin', () => {
  beforeEach(() => {
    for (const method of ['info', 'warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation(() => undefined);
    }
  });
  afterEach(() => jest.restoreAllMocks());

  it('should reset a workspace whose nx.json is broken, from a folder inside it', async () => {
    const root = makeTempDir('twenty-devops-bin-');
    writeFileSync(join(root, 'nx.json'), '{ "targetDefaults": ');
    const cache = join(root, '.nx', 'cache');
    const database = writeNxCacheFixture(
      cache,
      join(root, '.nx', 'workspace-data'),
      [{ hash: '7', bytes: 10, accessedAt: '2026-12-01 10:00:00' }],
    );
    mkdirSync(join(root, 'packages', 'app'), { recursive: true });

    const code = await runBin(['cache-reset'], join(root, 'packages', 'app'));

    expect(code).toBe(0);
    expect(readdirSync(cache)).toEqual(['terminalOutputs']);
    expect(readIndexedHashes(database)).toEqual([]);
  });

  it('should print its usage and exit 1 for an unknown command', async () => {
    expect(await runBin(['clean'])).toBe(1);
    expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('Unknown command "clean".'),
    );
  });

  it('should print its usage and exit 0 for --help', async () => {
    expect(await runBin(['--help'])).toBe(0);
    expect(await runBin(['cache-reset', '--help'])).toBe(0);
    expect(console.info).toHaveBeenCalledWith(
      expect.stringContaining('Usage: twenty-devops cache-reset'),
    );
  });
});
