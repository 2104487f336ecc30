import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { probe, probeFiles } from './support/cache-probe';
import { createWorkspaceIn } from './support/create-workspace-in';
import { git } from './support/git-repository';
import {
  emptyCache,
  listCacheHashes,
  listTree,
  readIndex,
  readNxLocations,
} from './support/nx-cache-files';
import { runNx } from './support/run-nx';
import { writeFiles } from './support/workspace';

/** Twenty's Nx (22) and the newest supported (24), which keeps the cache in ~/.nx. */
const nxVersions = ['22.7.12', '24.0.0'];

/** The root project's cache-reset target, as the init generator writes it. */
const cacheResetTarget = {
  executor: '@twenty/devops:cache-reset',
  cache: false,
};

for (const nxVersion of nxVersions) {
  describe(`cache-reset on Nx ${nxVersion}`, () => {
    let parent: string;
    let workspace: string;
    let locations: { cache: string; data: string };
    const nx = (...args: string[]) => runNx(workspace, args);
    const build = () => nx('run', 'cache-probe:build');
    const runs = () =>
      readFileSync(join(workspace, probe, 'runs.log'), 'utf8')
        .trim()
        .split('\n');
    // Nx keeps a file's hash until its modification time changes, to the
    // second: two writes within one second would leave the first one's
    // hash. Each write therefore gets a modification time of its own.
    let sourceWrites = 0;
    const setSource = (version: string) => {
      const path = join(workspace, probe, 'src/version.txt');
      writeFileSync(path, `${version}\n`);
      const time = Math.floor(Date.now() / 1000) + 2 * ++sourceWrites;
      utimesSync(path, time, time);
    };
    const readOutput = () =>
      readFileSync(join(workspace, probe, 'dist/out.txt'), 'utf8').split(
        '\n',
      )[0];
    const manifestPath = () => join(workspace, 'package.json');
    const readManifest = () => JSON.parse(readFileSync(manifestPath(), 'utf8'));

    beforeAll(() => {
      parent = realpathSync(mkdtempSync(join(tmpdir(), 'cache-reset-e2e-')));
      workspace = createWorkspaceIn(parent, nxVersion);
      writeFiles(workspace, probeFiles);
      // A root project, as Twenty's package.json has one, with the target
      // init gives it (the init test removes it and checks init restores it).
      writeFileSync(
        manifestPath(),
        JSON.stringify({
          ...readManifest(),
          nx: { targets: { 'cache-reset': cacheResetTarget } },
        }),
      );
      // A git repository with a commit gives Nx 24 an identity, and so the
      // shared cache under ~/.nx/<id> instead of .nx/cache.
      git(workspace, 'init', '-q', '-b', 'main');
      git(workspace, 'add', '-A');
      git(
        workspace,
        ...['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com'],
        ...['commit', '-qm', 'workspace'],
      );
      locations = readNxLocations(workspace);
    });

    beforeEach(() => {
      emptyCache(locations);
      rmSync(join(workspace, probe, 'runs.log'), { force: true });
      rmSync(join(workspace, probe, 'dist'), { recursive: true, force: true });
      setSource('v1');
    });

    afterAll(() => {
      // Nx 24's shared folder is ~/.nx/<16 hex digits>/cache; remove the
      // whole per-repository folder, and nothing else.
      const shared = dirname(locations.cache);
      if (
        dirname(shared) === join(homedir(), '.nx') &&
        /^[0-9a-f]{16}$/.test(basename(shared))
      ) {
        rmSync(shared, { recursive: true, force: true });
      }
      if (parent) rmSync(parent, { recursive: true, force: true });
    });

    it('should give the root project a cache-reset target through init', () => {
      const nxJsonPath = join(workspace, 'nx.json');
      const saved = [manifestPath(), nxJsonPath].map((path) => ({
        path,
        text: readFileSync(path, 'utf8'),
      }));
      writeFileSync(
        manifestPath(),
        JSON.stringify({ ...readManifest(), nx: { targets: {} } }),
      );
      try {
        const init = nx('g', '@twenty/devops:init', '--no-interactive');

        expect(init.exitCode).toBe(0);
        expect(readManifest().nx.targets['cache-reset']).toEqual(
          cacheResetTarget,
        );
      } finally {
        // What init adds (the plugin in nx.json too) stays out of the
        // other tests, which run the target written in beforeAll.
        for (const { path, text } of saved) writeFileSync(path, text);
      }
    });

    it('should find the cache where this Nx version keeps it', () => {
      if (nxVersion.startsWith('24')) {
        expect(locations.cache).toMatch(
          new RegExp(`^${join(homedir(), '.nx')}/[0-9a-f]{16}/cache$`),
        );
      } else {
        expect(locations.cache).toBe(join(workspace, '.nx', 'cache'));
      }
    });

    it('should clear the cache from inside nx run so that the next run is a real miss', () => {
      expect(build().exitCode).toBe(0);
      const hit = build();
      expect(hit.output).toContain('local cache');
      expect(runs()).toEqual(['v1']);
      expect(listCacheHashes(locations.cache)).toHaveLength(1);

      const reset = nx('run', 'twenty-example:cache-reset');

      expect(reset.exitCode).toBe(0);
      expect(reset.output).not.toContain('ENOENT');
      expect(reset.output).toMatch(
        /Cache reset: cleared task cache \(\d+ entr(y|ies), \d+ index rows?\)/,
      );
      expect(listCacheHashes(locations.cache)).toEqual([]);
      expect(readIndex(locations.data)).toEqual([]);

      rmSync(join(workspace, probe, 'dist'), { recursive: true });
      const miss = build();
      expect(miss.exitCode).toBe(0);
      expect(miss.output).not.toContain('local cache');
      expect(runs()).toEqual(['v1', 'v1']);
      expect(readOutput()).toBe('v1');
    });

    it('should delete nothing on a dry run, and list what it would', () => {
      build();
      const before = listTree(locations.cache);
      const indexBefore = readIndex(locations.data);

      const dryRun = nx('run', 'twenty-example:cache-reset', '--dryRun');

      expect(dryRun.exitCode).toBe(0);
      expect(dryRun.output).toMatch(/[\d.]+ KB {2}in total/);
      expect(dryRun.output).toContain('Dry run, nothing deleted: would clear');
      // Only additions: the parent nx run writes the task's own terminal output.
      expect(listTree(locations.cache)).toEqual(expect.arrayContaining(before));
      expect(readIndex(locations.data)).toEqual(indexBefore);
      expect(build().output).toContain('local cache');
    });

    it('should keep later runs correct after maxSize pruning', () => {
      for (const version of ['v1', 'v2', 'v3']) {
        setSource(version);
        expect(build().exitCode).toBe(0);
      }
      const runsBefore = runs().length;

      // Each entry holds 64 KB of output: 100 KB keeps only the newest.
      const prune = nx('run', 'twenty-example:cache-reset', '--maxSize=100KB');
      expect(prune.exitCode).toBe(0);
      expect(listCacheHashes(locations.cache)).toHaveLength(1);

      rmSync(join(workspace, probe, 'dist'), { recursive: true });
      setSource('v1');
      const evicted = build();
      expect(evicted.exitCode).toBe(0);
      expect(evicted.output).not.toContain('local cache');
      expect(runs()).toHaveLength(runsBefore + 1);
      expect(readOutput()).toBe('v1');

      rmSync(join(workspace, probe, 'dist'), { recursive: true });
      setSource('v3');
      const kept = build();
      expect(kept.exitCode).toBe(0);
      expect(kept.output).toContain('local cache');
      expect(runs()).toHaveLength(runsBefore + 1);
      expect(readOutput()).toBe('v3');
    });

    it('should leave a link in place of an entry that points outside, and its target, untouched', () => {
      expect(build().exitCode).toBe(0);
      const outside = mkdtempSync(join(tmpdir(), 'cache-reset-outside-'));
      writeFileSync(join(outside, 'precious.txt'), 'keep me');
      // Named like an entry: any other name is left without a look inside.
      const link = join(locations.cache, '4242');
      symlinkSync(outside, link);
      try {
        const reset = nx('run', 'twenty-example:cache-reset');

        expect(reset.exitCode).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe(
          'keep me',
        );
        expect(reset.output).toContain(`Kept the symbolic link ${link}`);
      } finally {
        rmSync(link, { force: true });
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('should reset with the bin a workspace whose nx.json is broken', () => {
      setSource('v4');
      build();
      expect(listCacheHashes(locations.cache)).not.toEqual([]);
      const nxJsonPath = join(workspace, 'nx.json');
      const nxJson = readFileSync(nxJsonPath, 'utf8');
      writeFileSync(nxJsonPath, nxJson.slice(0, 40));
      try {
        expect(nx('show', 'projects').exitCode).not.toBe(0);

        const bin = spawnSync(
          join(workspace, 'node_modules', '.bin', 'twenty-devops'),
          ['cache-reset'],
          { cwd: join(workspace, probe), encoding: 'utf8' },
        );

        expect(bin.status).toBe(0);
        expect(bin.stdout).toMatch(/Cache reset: cleared task cache/);
        expect(listCacheHashes(locations.cache)).toEqual([]);
        expect(readIndex(locations.data)).toEqual([]);
      } finally {
        writeFileSync(nxJsonPath, nxJson);
      }
      rmSync(join(workspace, probe, 'dist'), { recursive: true });
      const miss = build();
      expect(miss.output).not.toContain('local cache');
      expect(existsSync(join(workspace, probe, 'dist/out.txt'))).toBe(true);
    });

    it('should clear the real entry from an NX_CACHE_DIRECTORY of other files, leaving and naming them', () => {
      const shared = join(parent, 'shared-cache');
      writeFiles(shared, {
        'important.txt': 'keep me',
        'photos/2019.jpg': 'jpg',
      });
      const env = { NX_CACHE_DIRECTORY: shared };
      const run = (...args: string[]) => runNx(workspace, args, env);
      try {
        expect(run('run', 'cache-probe:build').exitCode).toBe(0);
        expect(run('run', 'cache-probe:build').output).toContain('local cache');
        expect(listCacheHashes(shared)).toHaveLength(1);

        const reset = run('run', 'twenty-example:cache-reset');

        expect(reset.exitCode).toBe(0);
        expect(reset.output).toContain(
          `Left 2 paths in the task cache folder ${shared} (from NX_CACHE_DIRECTORY=${shared}) that Nx did not write there: important.txt, photos.`,
        );
        expect(reset.output).toMatch(
          /Cache reset: cleared task cache \(1 entry, \d+ index rows?\).*; left 2 paths that are not Nx cache entries \(important\.txt, photos\)\./,
        );
        expect(readFileSync(join(shared, 'important.txt'), 'utf8')).toBe(
          'keep me',
        );
        expect(listTree(join(shared, 'photos'))).toEqual(['2019.jpg']);
        expect(listCacheHashes(shared)).toEqual([]);

        rmSync(join(workspace, probe, 'dist'), { recursive: true });
        const miss = run('run', 'cache-probe:build');
        expect(miss.exitCode).toBe(0);
        expect(miss.output).not.toContain('local cache');
        expect(runs()).toEqual(['v1', 'v1']);
      } finally {
        rmSync(shared, { recursive: true, force: true });
      }
    });

    it('should refuse NX_CACHE_DIRECTORY naming a parent of the workspace, deleting nothing', () => {
      expect(build().exitCode).toBe(0);
      const cachedBefore = listCacheHashes(locations.cache);
      writeFileSync(join(parent, 'precious.txt'), 'keep me');
      const sources = listTree(join(workspace, probe, 'src'));

      const reset = runNx(workspace, ['run', 'twenty-example:cache-reset'], {
        NX_CACHE_DIRECTORY: parent,
      });

      expect(reset.exitCode).not.toBe(0);
      expect(reset.output).toContain(
        `Refusing to clear ${parent} (from NX_CACHE_DIRECTORY=${parent}): it contains the workspace root ${workspace}, and cache-reset clears only folders that hold nothing but a cache.`,
      );
      expect(reset.output).toContain(
        'Unset NX_CACHE_DIRECTORY, or point it at a folder that holds only the Nx cache, such as .nx/cache, then run cache-reset again.',
      );
      expect(readFileSync(join(parent, 'precious.txt'), 'utf8')).toBe(
        'keep me',
      );
      expect(listTree(join(workspace, probe, 'src'))).toEqual(sources);
      expect(existsSync(join(workspace, 'nx.json'))).toBe(true);
      expect(listCacheHashes(locations.cache)).toEqual(cachedBefore);
    });
  });
}
