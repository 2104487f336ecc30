import { createFakeRunner } from '../testing/create-fake-runner';
import { checkHostPorts } from './check-host-ports';
import type { ContainerState } from './compose-types';

const ports = [
  {
    service: 'db',
    hostIp: '',
    hostPort: 5432,
    containerPort: '5432',
    protocol: 'tcp',
  },
  {
    service: 'redis',
    hostIp: '',
    hostPort: 6379,
    containerPort: '6379',
    protocol: 'tcp',
  },
];
const takenOnly = (taken: number[]) => async (port: number) =>
  !taken.includes(port);
const plainFile = (shown: string) => [
  { shown, text: 'services:\n  db:\n    ports: ["5432:5432"]\n' },
];

describe('checkHostPorts', () => {
  it('should pass when every port is free', async () => {
    const fake = createFakeRunner();
    await expect(
      checkHostPorts(fake.run, ports, [], takenOnly([]), plainFile('c.yml')),
    ).resolves.toBeUndefined();
  });

  it('should fail naming the port and the service when 5432 is taken', async () => {
    const fake = createFakeRunner();
    await expect(
      checkHostPorts(
        fake.run,
        ports,
        [],
        takenOnly([5432]),
        plainFile('docker/c.yml'),
      ),
    ).rejects.toThrow(
      'Cannot start: host port 5432 of service "db" is in use by another process. Nothing was started.',
    );
    await expect(
      checkHostPorts(
        fake.run,
        ports,
        [],
        takenOnly([5432]),
        plainFile('docker/c.yml'),
      ),
    ).rejects.toMatchObject({
      hint: expect.stringContaining(
        'publish another host port in docker/c.yml (for example "15432:5432")',
      ),
    });
  });

  it('should name the container of another compose project that holds the port', async () => {
    const fake = createFakeRunner([
      ['publish=6379', { stdout: 'old_redis_1|old\n' }],
    ]);
    await expect(
      checkHostPorts(
        fake.run,
        ports,
        [],
        takenOnly([6379]),
        plainFile('c.yml'),
      ),
    ).rejects.toThrow(
      'in use by container old_redis_1 of compose project "old"',
    );
  });

  it('should accept a port that this project already publishes', async () => {
    const own: ContainerState = {
      id: 'a',
      name: 'db',
      service: 'db',
      status: 'running',
      exitCode: 0,
      restartCount: 0,
      hostPorts: { '5432/tcp': ['0.0.0.0:5432'] },
    };
    const fake = createFakeRunner();
    await expect(
      checkHostPorts(
        fake.run,
        ports,
        [own],
        takenOnly([5432]),
        plainFile('c.yml'),
      ),
    ).resolves.toBeUndefined();
  });

  it("should name the variable that sets the host port, as in Twenty's compose file", async () => {
    const fake = createFakeRunner();
    const files = [
      {
        shown: 'docker-compose.dev.yml',
        text: "services:\n  db:\n    ports:\n      - '${TWENTY_PG_PORT:-5432}:5432'\n  redis:\n    ports: ['${TWENTY_REDIS_PORT:-6379}:6379']\n",
      },
    ];
    await expect(
      checkHostPorts(fake.run, ports, [], takenOnly([5432]), files),
    ).rejects.toMatchObject({
      hint: expect.stringContaining(
        'or set TWENTY_PG_PORT to a free host port (for example TWENTY_PG_PORT=15432,',
      ),
    });
  });

  it('should not take a variable of the host address for the host port', async () => {
    const fake = createFakeRunner();
    const files = [
      {
        shown: 'c.yml',
        text: 'services:\n  db:\n    ports: ["${BIND_IP}:5432:5432"]\n',
      },
    ];
    await expect(
      checkHostPorts(fake.run, ports, [], takenOnly([5432]), files),
    ).rejects.toMatchObject({
      hint: expect.stringContaining('publish another host port in c.yml'),
    });
  });
});
