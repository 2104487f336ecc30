import { createServer, type Server } from 'node:net';
import {
  listComposeContainers,
  removeComposeProject,
} from './support/compose-containers';
import { expectSuccess, runNx } from './support/run-nx';
import {
  createTwentyWorkspace,
  describeWithDocker,
  removeWorkspace,
  writeFiles,
} from './support/workspace';

const project = 'packages/infra-checks';
const composeProject = 'devops-e2e-checks';

/** A compose file of one redis:7 service, with the given extra lines. */
// `port` may be written with a variable, as "${NAME:-6379}".
function redisService(extra: string, port?: number | string): string {
  const ports = port ? `\n    ports: ["${port}:6379"]` : '';
  return `services:\n  cache:\n    image: redis:7${ports}\n${extra}`;
}

function target(options: Record<string, unknown>) {
  return {
    executor: '@twenty/devops:docker-up',
    cache: false,
    options: { projectName: composeProject, ...options },
  };
}

function holdPort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '0.0.0.0', () => resolve(server));
  });
}

describeWithDocker('docker-up with bad input', () => {
  let workspace: string;
  let heldPort: Server;

  beforeAll(async () => {
    workspace = createTwentyWorkspace();
    heldPort = await holdPort();
    const port = (heldPort.address() as { port: number }).port;
    writeFiles(workspace, {
      [`${project}/malformed.yml`]:
        'services:\n  cache:\n    image: redis:7\n   ports: [\n',
      [`${project}/port-taken.yml`]: redisService('', port),
      [`${project}/port-variable.yml`]: redisService(
        '',
        `\${DEVOPS_E2E_CACHE_PORT:-${port}}`,
      ),
      [`${project}/unset-variable.yml`]: redisService(
        '',
        '${DEVOPS_E2E_UNSET_PORT:?a free port}',
      ),
      [`${project}/unhealthy.yml`]: redisService(
        '    healthcheck:\n      test: ["CMD", "false"]\n      interval: 1s\n      retries: 2\n',
      ),
      [`${project}/slow.yml`]: redisService(
        '    healthcheck:\n      test: ["CMD-SHELL", "sleep 60"]\n      interval: 1s\n      timeout: 120s\n',
      ),
      [`${project}/crashing.yml`]: redisService(
        '    command: ["--port", "not-a-port"]\n',
      ),
      [`${project}/missing-image.yml`]: `${redisService('')}  ghost:\n    image: devops-e2e-no-such-image:0\n`,
      [`${project}/one-shot.yml`]: `${redisService('')}  migrate:\n    image: redis:7\n    entrypoint: ["true"]\n`,
      [`${project}/project.json`]: JSON.stringify({
        name: 'infra-checks',
        root: project,
        targets: {
          'missing-file': target({ composeFiles: [`${project}/nope.yml`] }),
          malformed: target({ composeFiles: [`${project}/malformed.yml`] }),
          'unknown-service': target({
            composeFiles: [`${project}/one-shot.yml`],
            services: ['postgres'],
          }),
          'port-taken': target({ composeFiles: [`${project}/port-taken.yml`] }),
          'port-variable': target({
            composeFiles: [`${project}/port-variable.yml`],
          }),
          'unset-variable': target({
            composeFiles: [`${project}/unset-variable.yml`],
          }),
          unhealthy: target({ composeFiles: [`${project}/unhealthy.yml`] }),
          slow: target({
            composeFiles: [`${project}/slow.yml`],
            waitTimeoutSeconds: 4,
          }),
          crashing: target({ composeFiles: [`${project}/crashing.yml`] }),
          'one-shot': target({ composeFiles: [`${project}/one-shot.yml`] }),
          'missing-image': target({
            composeFiles: [`${project}/missing-image.yml`],
          }),
          down: {
            executor: '@twenty/devops:docker-down',
            options: {
              projectName: composeProject,
              composeFiles: [`${project}/one-shot.yml`],
              volumes: true,
            },
          },
        },
      }),
    });
  });

  afterAll(() => {
    heldPort?.close();
    removeComposeProject(composeProject);
    removeWorkspace(workspace);
  });

  afterEach(() => {
    expect(listComposeContainers(composeProject)).toEqual([]);
  });

  it('should name the missing compose file and start nothing', () => {
    const run = runNx(workspace, ['run', 'infra-checks:missing-file']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `The file "${project}/nope.yml" given in option composeFiles does not exist`,
    );
  });

  it('should give the file and line of malformed YAML', () => {
    const run = runNx(workspace, ['run', 'infra-checks:malformed']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `Malformed YAML in compose file ${project}/malformed.yml:4:`,
    );
  });

  it('should name the unknown service and the ones the file defines', () => {
    const run = runNx(workspace, ['run', 'infra-checks:unknown-service']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Unknown service "postgres" in option services',
    );
    expect(run.output).toContain('one-shot.yml defines cache, migrate.');
  });

  it('should name the service and port when the host port is taken', () => {
    const port = (heldPort.address() as { port: number }).port;
    const run = runNx(workspace, ['run', 'infra-checks:port-taken']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `host port ${port} of service "cache" is in use by another process. Nothing was started.`,
    );
  });

  it('should name the variable to set when the taken host port comes from one', () => {
    const port = (heldPort.address() as { port: number }).port;
    const run = runNx(workspace, ['run', 'infra-checks:port-variable']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `host port ${port} of service "cache" is in use by another process. Nothing was started.`,
    );
    expect(run.output).toContain(
      'or set DEVOPS_E2E_CACHE_PORT to a free host port',
    );
  });

  it('should name the variable the compose file needs and how to repeat the check', () => {
    const run = runNx(workspace, ['run', 'infra-checks:unset-variable']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `Compose rejected ${project}/unset-variable.yml:`,
    );
    expect(run.output).toContain(
      'Set DEVOPS_E2E_UNSET_PORT (in the environment, ' +
        "the compose project's .env file or the envFiles option)",
    );
    expect(run.output).toContain(`-f ${project}/unset-variable.yml config\``);
  });

  it('should say how to reach the engine when it cannot be reached', () => {
    const run = runNx(workspace, ['run', 'infra-checks:one-shot'], {
      DOCKER_HOST: 'unix:///nonexistent/docker.sock',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'The Docker engine at unix:///nonexistent/docker.sock cannot be reached',
    );
    expect(run.output).toContain('docker version');
  });

  it('should say what to check when an image cannot be pulled, and leave nothing started', () => {
    const run = runNx(workspace, ['run', 'infra-checks:missing-image']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      `\`compose up\` failed for compose project ${composeProject}`,
    );
    expect(run.output).toContain(
      'An image could not be pulled: check the image names and tags in the compose files',
    );
  });

  it('should fail as soon as a service turns unhealthy, show its logs and take the project down', () => {
    const run = runNx(workspace, ['run', 'infra-checks:unhealthy']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Service cache (unhealthy) failed before becoming ready.',
    );
    expect(run.output).toMatch(
      /Last log lines of cache \(container [\w-]+, unhealthy\):\n.*Ready to accept connections/s,
    );
  });

  it('should fail at once when a container exits, without sitting out the timeout', () => {
    const run = runNx(workspace, ['run', 'infra-checks:crashing']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Service cache (exited with code 1) failed before becoming ready.',
    );
  });

  it('should stop waiting at the timeout, naming the service, its state and its logs', () => {
    const run = runNx(workspace, ['run', 'infra-checks:slow']);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain(
      'Timed out after 4 s (waitTimeoutSeconds) waiting for cache (running, health starting).',
    );
    expect(run.output).toContain('Last log lines of cache');
  });

  it('should count a one-shot service that exits 0 as done', () => {
    const up = runNx(workspace, ['run', 'infra-checks:one-shot']);
    expectSuccess(up);
    expect(up.output).toMatch(/migrate\s+done \(exited 0\)/);
    expect(up.output).toMatch(/cache\s+running/);

    const down = runNx(workspace, ['run', 'infra-checks:down']);
    expectSuccess(down);
  });
});
