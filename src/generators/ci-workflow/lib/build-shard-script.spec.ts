import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../../testing/make-temp-dir';
import { buildShardScript } from './build-shard-script';

// A stand-in nx that lists five affected projects in a shuffled order and
// prints each run-many it is asked for.
const fakeNx = `#!/bin/sh
if [ "$1" = show ]; then echo '["web","api","auth","docs","cli"]'; else echo "run-many $*"; fi
`;

function runShard(shard: number, shards: number): string {
  const dir = makeTempDir('shard-');
  const nx = join(dir, 'nx');
  writeFileSync(nx, fakeNx);
  chmodSync(nx, 0o755);
  const result = spawnSync(
    'bash',
    ['-e', '-c', buildShardScript(nx, ['test'])],
    {
      encoding: 'utf8',
      env: { ...process.env, SHARD: String(shard), SHARDS: String(shards) },
    },
  );
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('buildShardScript', () => {
  it('should deal the sorted projects round-robin so each lands on one shard', () => {
    const outputs = [1, 2, 3].map((shard) => runShard(shard, 3));

    expect(outputs.map((out) => /-p (\S+)/.exec(out)?.[1])).toEqual([
      'api,docs',
      'auth,web',
      'cli',
    ]);
  });

  it('should give the same split on every run', () => {
    expect(runShard(2, 3)).toBe(runShard(2, 3));
  });

  it('should say so when a shard gets no project', () => {
    expect(runShard(6, 6)).toContain(
      'Shard 6/6: no affected project has test.',
    );
  });
});
