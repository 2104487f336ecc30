import { dirname } from 'node:path';
import { CONFIG_FILES_GLOB } from './create-nodes';

// The matcher Nx itself applies to the files its glob found, from the
// installed nx rather than a copy of our own.
const { minimatch } = require(
  require.resolve('minimatch', {
    paths: [dirname(require.resolve('nx/package.json'))],
  }),
) as typeof import('minimatch');

const matches = (file: string) =>
  minimatch(file, CONFIG_FILES_GLOB, { dot: true });

describe('CONFIG_FILES_GLOB', () => {
  it.each([
    'compose.yaml',
    'docker-compose.yml',
    'packages/twenty-docker/docker-compose.dev.yml',
    'packages/a/deep/compose.override.yaml',
    'data-source.datasource.ts',
    'packages/twenty-server/src/database/core.datasource.ts',
    'migrations/0001_create-users.sql',
    'packages/billing/migrations/0002_add-email.sql',
  ])('should match %s, at the root or in any folder', (file) => {
    expect(matches(file)).toBe(true);
  });

  it.each([
    'packages/a/src/index.ts',
    'packages/a/schema.sql',
    'packages/a/migrations/0001.ts',
    'packages/a/README.md',
  ])('should leave out %s', (file) => {
    expect(matches(file)).toBe(false);
  });
});
