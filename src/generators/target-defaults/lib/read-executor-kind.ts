import type { TargetKind } from './target-defaults-types';

const kindsByExecutor: Record<string, TargetKind | undefined> = {
  '@twenty/devops:db-migrate': 'db-migrate',
  '@nx/js:tsc': 'build',
  '@nx/js:swc': 'build',
  '@nx/esbuild:esbuild': 'build',
  '@nx/rollup:rollup': 'build',
  '@nx/vite:build': 'build',
  '@nx/webpack:webpack': 'build',
  '@nx/jest:jest': 'test',
  '@nx/vite:test': 'test',
  '@nx/vitest:test': 'test',
  '@nx/eslint:lint': 'lint',
};

/** The kind of target an executor known to us runs, if it is one. */
export function readExecutorKind(executor: string): TargetKind | undefined {
  return kindsByExecutor[executor];
}
