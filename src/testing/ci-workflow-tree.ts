import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowGenerator } from '../generators/ci-workflow/generator';
import type { CiWorkflowGeneratorOptions } from '../generators/ci-workflow/schema';

const example = join(__dirname, '..', '..', 'examples', 'twenty');

/**
 * Helpers of the ci-workflow specs: the example's three projects and its
 * compose file in an empty tree, an npm preset workspace, and the generator
 * run on them.
 */
export const ciWorkflowTree = {
  example,

  workflowPath: '.github/workflows/ci.yml',

  create(): Tree {
    const tree = createTreeWithEmptyWorkspace();
    for (const path of [
      'packages/twenty-server/project.json',
      'packages/twenty-shared/project.json',
      'packages/twenty-docker/project.json',
      'packages/twenty-docker/docker-compose.dev.yml',
    ])
      tree.write(path, readFileSync(join(example, path), 'utf8'));
    ciWorkflowTree.addTargets(tree, 'packages/twenty-shared/project.json', [
      'lint',
      'test',
    ]);
    return tree;
  },

  /** A tree shaped like `create-nx-workspace --preset=npm` makes it. */
  createNpmWorkspace(workspaces = ['packages/*']): Tree {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'package.json', {
      name: '@demo/source',
      private: true,
      workspaces,
    });
    return tree;
  },

  addTargets(tree: Tree, path: string, names: string[]): void {
    const project = JSON.parse(tree.read(path, 'utf8') as string);
    for (const name of names)
      project.targets[name] = { command: `echo ${name}` };
    writeJson(tree, path, project);
  },

  /** Runs the generator unformatted and returns the parsed pipeline. */
  async generate(
    tree: Tree,
    options: CiWorkflowGeneratorOptions = {},
  ): Promise<any> {
    await ciWorkflowGenerator(tree, { skipFormat: true, ...options });
    const path =
      options.provider === 'gitlab'
        ? '.gitlab-ci.yml'
        : '.github/workflows/ci.yml';
    return parse(tree.read(path, 'utf8') as string);
  },

  runsOf: (job: any): string[] =>
    job.steps.filter((step: any) => step.run).map((step: any) => step.run),

  usesOf: (job: any): string[] =>
    job.steps.filter((step: any) => step.uses).map((step: any) => step.uses),
};
