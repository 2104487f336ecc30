import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  removeWorkspace,
  twentyFixtures,
} from './support/workspace';

// target-defaults reads nx.json and the project graph, and these tests run
// only builds and `nx show`: no container starts, so they run without a
// Docker engine too, unlike the suites that use describeWithDocker.

describe('target-defaults through nx g', () => {
  let workspace: string;
  const nx = (...args: string[]) => runNx(workspace, args);
  const readNxJson = () => readFileSync(join(workspace, 'nx.json'), 'utf8');

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    // nx.json may hold comments; the generator must keep them.
    const text = readNxJson().replace(
      '"targetDefaults": {',
      '// Tuned by hand before @twenty/devops.\n  "targetDefaults": {',
    );
    writeFileSync(join(workspace, 'nx.json'), text);
  });

  afterAll(() => removeWorkspace(workspace));

  it('should fail --check, changing nothing, while nx.json is not tuned', () => {
    const before = readNxJson();

    const run = nx(
      'g',
      '@twenty/devops:target-defaults',
      '--check',
      '--no-interactive',
    );

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'nx.json: would set targetDefaults.build.cache = true (a build target)',
    );
    expect(run.output).toContain(
      'nx.json: would set targetDefaults.build.outputs = ["{projectRoot}/dist"] (a build target)',
    );
    expect(run.output).toContain('nx.json is not tuned');
    expect(readNxJson()).toBe(before);
  });

  it('should tune nx.json from the project graph and keep its comment', () => {
    const run = nx('g', '@twenty/devops:target-defaults', '--no-interactive');

    expect(run.exitCode).toBe(0);
    expect(run.output).toMatch(
      /target-defaults: \d+ change\(s\) to nx.json written/,
    );
    const text = readNxJson();
    expect(text).toContain('// Tuned by hand before @twenty/devops.');
    const nxJson = JSON.parse(text.replace(/^\s*\/\/.*$/m, ''));
    expect(nxJson.targetDefaults.build).toMatchObject({
      cache: true,
      dependsOn: ['^build'],
      outputs: ['{projectRoot}/dist'],
    });
    expect(nxJson.targetDefaults.test.cache).toBe(true);
    expect(nxJson.targetDefaults['db-migrate']).toEqual({ parallelism: false });
  });

  it('should pass --check once tuned, and leave a second run without changes', () => {
    const tuned = readNxJson();

    expect(
      nx('g', '@twenty/devops:target-defaults', '--check', '--no-interactive')
        .exitCode,
    ).toBe(0);
    expect(
      nx('g', '@twenty/devops:target-defaults', '--no-interactive').exitCode,
    ).toBe(0);
    expect(readNxJson()).toBe(tuned);
  });

  it('should replay every build from the cache on a second run', () => {
    expect(nx('run-many', '-t', 'build').exitCode).toBe(0);

    const again = nx('run-many', '-t', 'build');

    expect(again.exitCode).toBe(0);
    expect(again.output).toMatch(
      /from the cache instead of running the command for 4 out of 4 tasks/,
    );
  });
});

// The array form with `filter` is read by Nx 23.1 and later only.
describe('target-defaults on the array form, Nx 24', () => {
  let workspace: string;
  const nx = (...args: string[]) => runNx(workspace, args);
  const readNxJson = () =>
    JSON.parse(readFileSync(join(workspace, 'nx.json'), 'utf8'));
  const serverOnly = {
    filter: { projects: ['twenty-server'] },
    inputs: ['default', '{workspaceRoot}/tsconfig.base.json'],
  };

  beforeAll(() => {
    workspace = createTwentyWorkspace('24.0.0');
    const nxJson = readNxJson();
    nxJson.targetDefaults = {
      typecheck: [{ cache: true }, { ...serverOnly }],
      test: [{ ...serverOnly }],
    };
    writeFileSync(join(workspace, 'nx.json'), JSON.stringify(nxJson, null, 2));
  });

  afterAll(() => removeWorkspace(workspace));

  it('should fill the unfiltered entries, keep the filtered ones, and leave a graph Nx 24 accepts', () => {
    const run = nx('g', '@twenty/devops:target-defaults', '--no-interactive');
    expect(run.exitCode).toBe(0);

    const { targetDefaults } = readNxJson();
    expect(targetDefaults.typecheck[0]).toMatchObject({
      cache: true,
      inputs: expect.arrayContaining(['default', '^production']),
    });
    expect(targetDefaults.typecheck[1]).toEqual(serverOnly);
    expect(targetDefaults.test[0]).toMatchObject({ cache: true });
    expect(targetDefaults.test[1]).toEqual(serverOnly);

    const shown = nx('show', 'project', 'twenty-server', '--json');
    expect(shown.exitCode).toBe(0);
    const server = JSON.parse(shown.output.replace(/^[^{]*/s, ''));
    expect(server.targets.test.inputs).toEqual(serverOnly.inputs);
    expect(server.targets.test.cache).toBe(true);
  });

  it('should pass --check afterwards', () => {
    const check = nx(
      'g',
      '@twenty/devops:target-defaults',
      '--check',
      '--no-interactive',
    );
    expect(check.exitCode).toBe(0);
  });
});

// Twenty's real nx.json and twenty-server project.json, read from the
// fixtures folder (never copied into the repository), on the real graph.
describe("target-defaults on Twenty's real nx.json", () => {
  let workspace: string;
  const nx = (...args: string[]) => runNx(workspace, args);
  const original = JSON.parse(
    readFileSync(join(twentyFixtures, 'nx.json'), 'utf8'),
  );

  beforeAll(() => {
    workspace = createTwentyWorkspace();
    copyFileSync(join(twentyFixtures, 'nx.json'), join(workspace, 'nx.json'));
    copyFileSync(
      join(twentyFixtures, 'packages/twenty-server/project.json'),
      join(workspace, 'packages/twenty-server/project.json'),
    );
  });

  afterAll(() => removeWorkspace(workspace));

  it('should write a valid nx.json that keeps their named inputs and lists the findings', () => {
    const run = nx('g', '@twenty/devops:target-defaults', '--no-interactive');

    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(
      '[fixed] targetDefaults["storybook:serve:dev"]: is a side-effect target with cache: true',
    );
    expect(run.output).toMatch(
      /\[open\] targetDefaults\["lint"\]: dependsOn names twenty-oxlint-rules:build/,
    );
    // nest build names no output folder the generator can read.
    expect(run.output).toContain(
      '[open] targetDefaults["build"]: no outputs are known for twenty-server:build: nothing in the executor\'s options says where the build writes',
    );
    expect(run.output).toMatch(
      /target-defaults: \d+ change\(s\) to nx.json written/,
    );
    const tuned = JSON.parse(readFileSync(join(workspace, 'nx.json'), 'utf8'));
    for (const [name, inputs] of Object.entries(original.namedInputs))
      expect(tuned.namedInputs[name]).toEqual(inputs);
    expect(nx('show', 'project', 'twenty-server', '--json').exitCode).toBe(0);
  });

  it('should report that the lint defaults never reach twenty-server, and nx show should agree', () => {
    const check = nx(
      'g',
      '@twenty/devops:target-defaults',
      '--check',
      '--no-interactive',
    );

    expect(check.exitCode).not.toBe(0);
    for (const key of ['lint', 'lint:diff-with-main'])
      expect(check.output).toContain(
        `[open] targetDefaults["${key}"]: never reaches twenty-server:${key}: it sets nx:run-commands with its own command`,
      );
    // Values only the defaults set are missing from Nx's own view.
    const shown = nx('show', 'project', 'twenty-server', '--json');
    const { targets } = JSON.parse(shown.output.replace(/^[^{]*/s, ''));
    expect(original.targetDefaults.lint.dependsOn).toContain('^build');
    expect(targets.lint.dependsOn).toEqual(['twenty-oxlint-rules:build']);
    const diff = original.targetDefaults['lint:diff-with-main'];
    expect(diff.options.pattern).toBeDefined();
    expect(targets['lint:diff-with-main'].options.pattern).toBeUndefined();
    expect(targets['lint:diff-with-main'].options.command).not.toBe(
      diff.options.command,
    );
  });

  it('should leave no side-effect target of twenty-server cached', () => {
    const shown = nx('show', 'project', 'twenty-server', '--json');
    const { targets } = JSON.parse(shown.output.replace(/^[^{]*/s, ''));

    const cached = Object.keys(targets).filter(
      (name) => targets[name].cache === true,
    );

    // Deterministic targets only: builds, lint, tests, typecheck, and the
    // reset:env targets, which copy a file and declare it as their output.
    expect(cached.sort()).toEqual([
      'build',
      'build:packageJson',
      'lint',
      'reset:env',
      'reset:env:e2e-testing-server',
      'test',
      'typecheck',
    ]);
  });

  it('should have taken the side-effect keys out of the cache without --force', () => {
    const tuned = JSON.parse(readFileSync(join(workspace, 'nx.json'), 'utf8'));
    expect(tuned.targetDefaults['storybook:serve:dev'].cache).toBe(false);
  });

  it('should run the database targets one at a time', () => {
    const shown = nx('show', 'project', 'twenty-server', '--json');
    const { targets } = JSON.parse(shown.output.replace(/^[^{]*/s, ''));

    for (const name of ['database:migrate', 'database:reset', 'command'])
      expect([name, targets[name].parallelism]).toEqual([name, false]);
  });

  it('should keep lint:diff-with-main uncached even with --force', () => {
    const run = nx(
      'g',
      '@twenty/devops:target-defaults',
      '--force',
      '--no-interactive',
    );
    expect(run.exitCode).toBe(0);

    const tuned = JSON.parse(readFileSync(join(workspace, 'nx.json'), 'utf8'));
    expect(tuned.targetDefaults['lint:diff-with-main'].cache).toBe(false);
    // twenty-server's own command differs from the default's, so Nx 22
    // does not merge the default into it; left unset, cache means off.
    const shown = nx('show', 'project', 'twenty-server', '--json');
    const { targets } = JSON.parse(shown.output.replace(/^[^{]*/s, ''));
    expect(targets['lint:diff-with-main'].cache ?? false).toBe(false);
  });

  it('should fail --check on the open findings alone, saying the generator would write nothing', () => {
    const check = nx(
      'g',
      '@twenty/devops:target-defaults',
      '--check',
      '--no-interactive',
    );

    expect(check.exitCode).not.toBe(0);
    expect(check.output).toMatch(
      /nx.json needs no change, but \d+ open finding\(s\) remain/,
    );
    expect(check.output).toContain('would write nothing');
    expect(check.output).not.toContain('nx.json: would set');
  });
});
