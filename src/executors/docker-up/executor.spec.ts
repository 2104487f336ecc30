import type { ExecutorContext } from '@nx/devkit';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeRunner } from '../../testing/create-fake-runner';
import { createDockerUpExecutor } from './executor';
import { makeTempDir } from '../../testing/make-temp-dir';

const compose = `name: twenty-dev
services:
  db:
    image: postgres:16
    ports: ["5432:5432"]
`;
const resolved = JSON.stringify({
  services: {
    db: { image: 'postgres:16', ports: [{ target: 5432, published: '5432' }] },
  },
});
const healthyDb = JSON.stringify([
  {
    Id: 'c1',
    Name: '/twenty-dev-db-1',
    State: { Status: 'running', ExitCode: 0, Health: { Status: 'healthy' } },
    Config: { Labels: { 'com.docker.compose.service': 'db' } },
    NetworkSettings: {
      Ports: { '5432/tcp': [{ HostIp: '0.0.0.0', HostPort: '5432' }] },
    },
  },
]);

function makeWorkspace(): ExecutorContext {
  const root = makeTempDir('docker-up-spec-');
  mkdirSync(join(root, 'apps/server'), { recursive: true });
  writeFileSync(join(root, 'apps/server/compose.yaml'), compose);
  return {
    root,
    cwd: root,
    isVerbose: false,
    projectName: 'server',
    projectsConfigurations: {
      version: 2,
      projects: { server: { root: 'apps/server' } },
    },
  } as unknown as ExecutorContext;
}

const v2Answers = (extra: [string, object][] = []) =>
  [
    ...extra,
    ['compose version', { stdout: '2.29.1' }],
    ['version --format', { stdout: '28.2.2' }],
    ['config --format json', { stdout: resolved }],
  ] as [string, object][];

describe('docker-up executor', () => {
  it('should start nothing when a host port is taken', async () => {
    const fake = createFakeRunner(v2Answers());
    const executor = createDockerUpExecutor({
      run: fake.run,
      isPortFree: async () => false,
    });

    await expect(executor({}, makeWorkspace())).resolves.toEqual({
      success: false,
    });
    expect(fake.calls.some((call) => call.includes(' up '))).toBe(false);
  });

  it('should start nothing when the engine cannot be reached', async () => {
    const fake = createFakeRunner(
      v2Answers([
        [
          'version --format',
          { exitCode: 1, stderr: 'Cannot connect to the Docker daemon' },
        ],
      ]),
    );
    const executor = createDockerUpExecutor({
      run: fake.run,
      isPortFree: async () => true,
    });

    await expect(executor({}, makeWorkspace())).resolves.toEqual({
      success: false,
    });
    expect(fake.calls).toEqual([
      'docker compose version --short',
      'docker version --format {{.Server.Version}}',
    ]);
  });

  it('should bring the project up under its file name, then answer a repeat with one inspect', async () => {
    const fake = createFakeRunner(
      v2Answers([
        ['ps --all', { stdout: 'c1\n' }],
        ['docker inspect', { stdout: healthyDb }],
      ]),
    );
    const executor = createDockerUpExecutor({
      run: fake.run,
      isPortFree: async () => true,
    });
    const context = makeWorkspace();

    await expect(executor({ waitTimeoutSeconds: 5 }, context)).resolves.toEqual(
      { success: true },
    );
    expect(fake.calls).toContain(
      `docker compose --project-name twenty-dev --project-directory ${context.root}/apps/server --file ${context.root}/apps/server/compose.yaml up --detach`,
    );

    fake.calls.length = 0;
    await expect(executor({ waitTimeoutSeconds: 5 }, context)).resolves.toEqual(
      { success: true },
    );
    expect(fake.calls).toEqual(['docker inspect c1']);
  });

  it('should not take a service stopped since the last run for a finished one-shot', async () => {
    let stopped = false;
    const stoppedDb = healthyDb
      .replace('"running"', '"exited"')
      .replace(',"Health":{"Status":"healthy"}', '');
    const fake = createFakeRunner(
      v2Answers([
        ['ps --all', { stdout: 'c1\n' }],
        ['docker inspect', () => ({ stdout: stopped ? stoppedDb : healthyDb })],
      ]),
    );
    const executor = createDockerUpExecutor({
      run: fake.run,
      isPortFree: async () => true,
    });
    const context = makeWorkspace();
    await executor({ waitTimeoutSeconds: 5 }, context);

    stopped = true;
    fake.calls.length = 0;
    await executor({ waitTimeoutSeconds: 5 }, context);
    expect(fake.calls.some((call) => call.includes(' up --detach'))).toBe(true);
  });

  it('should fail at once and take the new project down when a container exits', async () => {
    const exited = healthyDb
      .replace('"running"', '"exited"')
      .replace('"ExitCode":0', '"ExitCode":1');
    const fake = createFakeRunner(
      v2Answers([
        [
          'ps --all',
          () => ({
            stdout: fake.calls.some((c) => c.includes(' up ')) ? 'c1' : '',
          }),
        ],
        ['docker inspect', { stdout: exited }],
      ]),
    );
    const executor = createDockerUpExecutor({
      run: fake.run,
      isPortFree: async () => true,
    });

    await expect(
      executor({ waitTimeoutSeconds: 60 }, makeWorkspace()),
    ).resolves.toEqual({ success: false });
    expect(fake.calls.some((call) => call.endsWith(' down'))).toBe(true);
    expect(fake.calls).toContain('docker logs --tail 30 c1');
  });
});
