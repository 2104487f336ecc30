import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { resolveLocalLocations } from './resolve-local-locations';

function workspaceWith(files: Record<string, string>): string {
  const root = makeTempDir('cache-locations-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('resolveLocalLocations', () => {
  it.each([
    ['.nx/cache by default', { 'nx.json': '{}' }, {}, '.nx/cache'],
    [
      "nx.json's cacheDirectory, relative to the root",
      { 'nx.json': '{"cacheDirectory":"tmp/nx-cache"}' },
      {},
      'tmp/nx-cache',
    ],
    [
      'the older tasksRunnerOptions cacheDirectory',
      {
        'nx.json':
          '{"tasksRunnerOptions":{"default":{"options":{"cacheDirectory":"old-cache"}}}}',
      },
      {},
      'old-cache',
    ],
    [
      'NX_CACHE_DIRECTORY over nx.json',
      { 'nx.json': '{"cacheDirectory":"tmp/nx-cache"}' },
      { NX_CACHE_DIRECTORY: 'env-cache' },
      'env-cache',
    ],
    [
      '.nx/cache when nx.json is broken',
      { 'nx.json': '{ "cacheDirectory": ' },
      {},
      '.nx/cache',
    ],
    [
      'node_modules/.cache/nx in a Lerna repository without nx.json',
      { 'lerna.json': '{}' },
      {},
      'node_modules/.cache/nx',
    ],
  ])('should use %s', (_, files, env, expected) => {
    const root = workspaceWith(files);

    const location = resolveLocalLocations(root, env);

    expect(location.cacheDirectory).toBe(join(root, expected));
  });

  it('should keep an absolute cacheDirectory as it is', () => {
    const root = workspaceWith({ 'nx.json': '{"cacheDirectory":"/var/nx"}' });

    expect(resolveLocalLocations(root, {}).cacheDirectory).toBe('/var/nx');
  });

  it.each([
    ['.nx/workspace-data by default', {}, '.nx/workspace-data'],
    [
      'NX_WORKSPACE_DATA_DIRECTORY',
      { NX_WORKSPACE_DATA_DIRECTORY: 'data' },
      'data',
    ],
    [
      'NX_PROJECT_GRAPH_CACHE_DIRECTORY',
      { NX_PROJECT_GRAPH_CACHE_DIRECTORY: 'graph' },
      'graph',
    ],
    [
      'NX_WORKSPACE_DATA_DIRECTORY over NX_PROJECT_GRAPH_CACHE_DIRECTORY',
      {
        NX_WORKSPACE_DATA_DIRECTORY: 'data',
        NX_PROJECT_GRAPH_CACHE_DIRECTORY: 'graph',
      },
      'data',
    ],
    [
      'the root, as Nx does, for an empty variable',
      { NX_WORKSPACE_DATA_DIRECTORY: '' },
      '',
    ],
  ])('should find workspace data in %s', (_, env, expected) => {
    const root = workspaceWith({ 'nx.json': '{}' });

    expect(resolveLocalLocations(root, env).dataDirectory).toBe(
      join(root, expected),
    );
  });

  it('should keep workspace data in node_modules/.cache in a Lerna repository without nx.json', () => {
    const root = workspaceWith({ 'lerna.json': '{}' });

    expect(resolveLocalLocations(root, {}).dataDirectory).toBe(
      join(root, 'node_modules', '.cache', 'nx-workspace-data'),
    );
  });

  it.each([
    [
      'NX_CACHE_DIRECTORY',
      { 'nx.json': '{"cacheDirectory":"a"}' },
      { NX_CACHE_DIRECTORY: '/tmp' },
      'NX_CACHE_DIRECTORY=/tmp',
    ],
    [
      "nx.json's cacheDirectory",
      { 'nx.json': '{"cacheDirectory":".."}' },
      {},
      '"cacheDirectory": ".." in <root>/nx.json',
    ],
    [
      'the older tasksRunnerOptions',
      {
        'nx.json':
          '{"tasksRunnerOptions":{"default":{"options":{"cacheDirectory":"old"}}}}',
      },
      {},
      '"tasksRunnerOptions.default.options.cacheDirectory": "old" in <root>/nx.json',
    ],
    [
      "Nx's default",
      { 'nx.json': '{}' },
      {},
      "Nx's default cache folder .nx/cache",
    ],
  ])('should name %s as the cache setting', (_, files, env, source) => {
    const root = workspaceWith(files);

    expect(resolveLocalLocations(root, env).cacheSetting.source).toBe(
      source.replace('<root>', root),
    );
  });

  it.each([
    [
      'NX_PROJECT_GRAPH_CACHE_DIRECTORY',
      { NX_PROJECT_GRAPH_CACHE_DIRECTORY: '..' },
      'NX_PROJECT_GRAPH_CACHE_DIRECTORY=..',
    ],
    [
      'NX_WORKSPACE_DATA_DIRECTORY',
      { NX_WORKSPACE_DATA_DIRECTORY: '/' },
      'NX_WORKSPACE_DATA_DIRECTORY=/',
    ],
    [
      "Nx's default",
      {},
      "Nx's default workspace data folder .nx/workspace-data",
    ],
  ])('should name %s as the workspace data setting', (_, env, source) => {
    const root = workspaceWith({ 'nx.json': '{}' });

    expect(resolveLocalLocations(root, env).dataSetting.source).toBe(source);
  });
});
