import type { ExecutorContext } from '@nx/devkit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeRunner } from '../../testing/create-fake-runner';
import { buildDownArgs, createDockerDownExecutor } from './executor';
import { makeTempDir } from '../../testing/make-temp-dir';

describe('buildDownArgs', () => {
  it.each([
    ['keep volumes by default', {}, ['down', '--timeout', '10']],
    [
      'remove volumes only when asked',
      { volumes: true },
      ['down', '--volumes', '--timeout', '10'],
    ],
    [
      'remove orphans with a short stop timeout',
      { removeOrphans: true, timeoutSeconds: 2 },
      ['down', '--remove-orphans', '--timeout', '2'],
    ],
  ])('should %s', (_, options, expected) => {
    expect(buildDownArgs(options)).toEqual(expected);
  });
});

describe('docker-down executor', () => {
  it('should give Compose v1 a copy without the top-level name, under that name', async () => {
    const root = makeTempDir('docker-down-spec-');
    writeFileSync(
      join(root, 'docker-compose.yml'),
      'name: twenty-dev\nservices:\n  db:\n    image: postgres:16\n',
    );
    const fake = createFakeRunner([
      ['docker compose', { exitCode: 1 }],
      ['docker-compose version', { stdout: '1.29.2' }],
      ['version --format', { stdout: '20.10.24' }],
    ]);
    const context = {
      root,
      projectName: 'ws',
      projectsConfigurations: { projects: { ws: { root: '' } } },
    };

    const result = await createDockerDownExecutor(fake.run)(
      {},
      context as unknown as ExecutorContext,
    );

    expect(result).toEqual({ success: true });
    const down = fake.calls.find((call) => call.includes(' down '));
    expect(down).toMatch(
      /^docker-compose --project-name twenty-dev --project-directory \S+ --file \S+twenty-devops-compose-\S+docker-compose\.yml down --timeout 10$/,
    );
  });
});
