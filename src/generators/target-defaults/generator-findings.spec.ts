import type { Tree } from '@nx/devkit';
import type { GraphExtras } from '../../testing/create-graph-from-tree';
import {
  addProject,
  createTree,
  nxJsonOf,
  run,
  tsc,
} from '../../testing/target-defaults-tree';

describe('target-defaults generator', () => {
  describe('traps', () => {
    const findingFor = async (
      tree: Tree,
      target: string,
      extras?: GraphExtras,
    ) => {
      const { findings } = await run(tree, { check: false }, extras);
      return findings.filter((finding) => finding.target === target);
    };

    it('should report an output token that resolves to nothing', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        build: {
          ...tsc('twenty-shared'),
          cache: true,
          inputs: ['production'],
          outputs: ['{options.outputPath}'],
        },
      });

      const [finding] = await findingFor(tree, 'twenty-shared:build');

      expect(finding.problem).toContain(
        '"{options.outputPath}" resolves to nothing',
      );
      expect(finding.fix).toContain('{projectRoot}/dist');
      expect(finding.status).toBe('open');
    });

    it('should report a cached target without inputs, fixed by the new default', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        lint: { command: 'eslint .', cache: true },
      });

      const [finding] = await findingFor(tree, 'twenty-shared:lint');

      expect(finding.problem).toContain('cached without inputs');
      expect(finding.status).toBe('fixed');
      expect(nxJsonOf(tree).targetDefaults.lint.inputs).toEqual(['default']);
    });

    it('should suggest default inputs for a test target and production for a build', async () => {
      const tree = createTree();
      addProject(tree, 'twenty-shared', {
        test: { command: 'node --test', cache: true },
        build: { ...tsc('twenty-shared'), cache: true },
      });

      const { findings } = await run(tree);

      const fixFor = (target: string) =>
        findings.find((f) => f.target === target)?.fix;
      expect(fixFor('twenty-shared:test')).toContain(
        'such as ["default", "^production"]',
      );
      expect(fixFor('twenty-shared:build')).toContain(
        'such as ["production", "^production"]',
      );
    });

    it('should report an envFile option whose file the inputs leave out', async () => {
      const tree = createTree(
        JSON.stringify({
          namedInputs: {
            default: ['{projectRoot}/**/*'],
            production: ['default', '!{projectRoot}/.env*'],
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        build: {
          ...tsc('twenty-server'),
          options: {
            ...tsc('twenty-server').options,
            envFile: 'packages/twenty-server/.env',
          },
          cache: true,
          inputs: ['production'],
        },
      });

      const findings = await findingFor(tree, 'twenty-server:build');

      expect(findings).toContainEqual(
        expect.objectContaining({
          problem: expect.stringContaining(
            'reads packages/twenty-server/.env,',
          ),
          fix: expect.stringContaining('"{projectRoot}/.env"'),
          status: 'open',
        }),
      );
    });

    it('should report a .env file the target reads but does not hash', async () => {
      const tree = createTree(
        JSON.stringify({
          namedInputs: {
            default: ['{projectRoot}/**/*'],
            production: ['default', '!{projectRoot}/.env*'],
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        'reset:env': {
          command: 'cp .env.example .env && node seed-check.js .env',
          options: { cwd: 'packages/twenty-server' },
          cache: true,
          inputs: ['production'],
        },
      });

      const findings = await findingFor(tree, 'twenty-server:reset:env');
      const finding = findings.find((f) => f.problem.includes('.env,'));

      expect(finding?.problem).toContain('reads packages/twenty-server/.env,');
      expect(finding?.fix).toContain('"{projectRoot}/.env"');
    });

    it('should report a dependsOn naming a target no project has', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            lint: { dependsOn: ['^build', 'twenty-oxlint-rules:build'] },
          },
        }),
      );
      addProject(tree, 'twenty-server', {
        'test:integration': { command: 'jest', dependsOn: ['database:reset'] },
      });

      const { findings } = await run(tree);

      expect(findings).toContainEqual(
        expect.objectContaining({
          target: 'targetDefaults["lint"]',
          problem: expect.stringContaining('twenty-oxlint-rules:build'),
        }),
      );
      expect(findings).toContainEqual(
        expect.objectContaining({
          target: 'twenty-server:test:integration',
          problem: expect.stringContaining('database:reset'),
        }),
      );
      expect(findings.some((f) => f.problem.includes('names build'))).toBe(
        false,
      );
    });

    it('should turn off cache: true on a side-effect target in targetDefaults, and report one in a project', async () => {
      const nxJson = JSON.stringify({
        targetDefaults: { 'storybook:serve:dev': { cache: true } },
      });
      const tree = createTree(nxJson);
      addProject(tree, 'twenty-server', {
        'docker-up': { executor: '@twenty/devops:docker-up', cache: true },
      });

      const first = await findingFor(
        tree,
        'targetDefaults["storybook:serve:dev"]',
      );
      expect(first[0]).toMatchObject({
        status: 'fixed',
        problem: expect.stringContaining('side-effect'),
      });
      expect(nxJsonOf(tree).targetDefaults['storybook:serve:dev'].cache).toBe(
        false,
      );
      const project = await findingFor(tree, 'twenty-server:docker-up');
      expect(project[0].status).toBe('open');
      expect(project[0].fix).toContain('"cache": false');
    });

    it('should report an executor key that no target reaches because they run nx:run-commands', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            '@nx/jest:jest': { cache: true, inputs: ['default'] },
          },
        }),
      );

      const [finding] = await findingFor(
        tree,
        'targetDefaults["@nx/jest:jest"]',
      );

      expect(finding.problem).toContain('applies to no target');
      expect(finding.problem).toContain('nx:run-commands');
      expect(finding.fix).toContain('targetDefaults["test"]');
    });

    it('should report an executor key that inferred targets never reach, and not one they do', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: {
            '@nx/vite:build': { cache: true, inputs: ['production'] },
            '@nx/eslint:lint': { cache: true, inputs: ['default'] },
          },
        }),
      );
      addProject(tree, 'twenty-front', {});
      addProject(tree, 'twenty-ui', {});
      // @nx/vite/plugin infers `vite build` as a command; @nx/eslint's
      // older inference kept its executor.
      const inferred = {
        inferredTargets: {
          'twenty-front': {
            build: {
              executor: 'nx:run-commands',
              options: { command: 'vite build', cwd: 'packages/twenty-front' },
            },
          },
          'twenty-ui': { lint: { executor: '@nx/eslint:lint' } },
        },
      };

      const { findings } = await run(tree, {}, inferred);

      const about = (key: string) =>
        findings.filter((f) => f.target === `targetDefaults["${key}"]`);
      expect(about('@nx/vite:build')).toEqual([
        expect.objectContaining({
          problem: expect.stringContaining(
            'no target resolves through the executor @nx/vite:build; the build targets run nx:run-commands',
          ),
          fix: expect.stringContaining('targetDefaults["build"]'),
          status: 'open',
        }),
      ]);
      expect(about('@nx/eslint:lint')).toEqual([]);
    });

    it('should report a target that an executor key shadows', async () => {
      const tree = createTree(
        JSON.stringify({
          targetDefaults: { '@nx/jest:jest': { cache: true } },
        }),
      );
      addProject(tree, 'twenty-front', { test: { executor: '@nx/jest:jest' } });

      const findings = await findingFor(tree, 'twenty-front:test');

      expect(findings).toContainEqual(
        expect.objectContaining({
          problem: expect.stringContaining(
            'takes its defaults from targetDefaults["@nx/jest:jest"]',
          ),
        }),
      );
    });
  });
});
