import { writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ciWorkflowGenerator } from './generator';

it('smoke', async () => {
  const tree = createTreeWithEmptyWorkspace();
  const ex = join(__dirname, '../../../examples/twenty');
  for (const p of [
    'packages/twenty-server/project.json',
    'packages/twenty-shared/project.json',
    'packages/twenty-docker/project.json',
    'packages/twenty-docker/docker-compose.dev.yml',
  ])
    tree.write(p, readFileSync(join(ex, p), 'utf8'));
  writeJson(tree, 'package.json', {
    name: 'x',
    packageManager: 'yarn@4.13.0',
    engines: { node: '^24.5.0' },
  });
  await ciWorkflowGenerator(tree, {
    skipFormat: true,
    targets: ['lint', 'typecheck', 'e2e'],
    deploy: true,
    pinActions: true,
    actionShas: { 'nrwl/nx-set-shas@v4': 'a'.repeat(40) },
  });
  console.log(tree.read('.github/workflows/ci.yml', 'utf8'));
  await ciWorkflowGenerator(tree, {
    skipFormat: true,
    serviceContainers: true,
    shards: 3,
    force: false,
  });
  console.log(tree.read('.github/workflows/ci.yml', 'utf8'));
  await ciWorkflowGenerator(tree, {
    skipFormat: true,
    provider: 'gitlab',
    shards: 2,
  });
  console.log(tree.read('.gitlab-ci.yml', 'utf8'));
});
