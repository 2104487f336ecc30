import { collectPublishedPorts } from './collect-published-ports';

describe('collectPublishedPorts', () => {
  it.each([
    [
      'v2 long syntax',
      { published: '5432', target: 5432, protocol: 'tcp' },
      [['', 5432, 'tcp']],
    ],
    ['v1 long syntax', { published: 6379, target: 6379 }, [['', 6379, 'tcp']]],
    ['short syntax', '8080:80', [['', 8080, 'tcp']]],
    [
      'short syntax with an address and udp',
      '127.0.0.1:53:53/udp',
      [['127.0.0.1', 53, 'udp']],
    ],
    [
      'a range',
      '9000-9002:9000-9002',
      [
        ['', 9000, 'tcp'],
        ['', 9001, 'tcp'],
        ['', 9002, 'tcp'],
      ],
    ],
    ['a port left to the engine', '5432', []],
    ['an empty published port', { target: 80 }, []],
  ])('should read %s', (_, entry, expected) => {
    const ports = collectPublishedPorts({ db: { ports: [entry] } }, ['db']);
    expect(ports.map((p) => [p.hostIp, p.hostPort, p.protocol])).toEqual(
      expected,
    );
  });

  it('should pair each port of a range with its container port', () => {
    const ports = collectPublishedPorts(
      { web: { ports: ['8000-8001:3000-3001'] } },
      ['web'],
    );
    expect(ports.map((p) => [p.hostPort, p.containerPort])).toEqual([
      [8000, '3000'],
      [8001, '3001'],
    ]);
  });

  it('should only read the given services', () => {
    const services = {
      db: { ports: ['5432:5432'] },
      redis: { ports: ['6379:6379'] },
    };
    expect(collectPublishedPorts(services, ['redis'])).toEqual([
      {
        service: 'redis',
        hostIp: '',
        hostPort: 6379,
        containerPort: '6379',
        protocol: 'tcp',
      },
    ]);
  });
});
