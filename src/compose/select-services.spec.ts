import { selectServices } from './select-services';

const services = {
  db: {},
  redis: {},
  server: { depends_on: { db: { condition: 'service_healthy' }, redis: {} } },
  worker: { depends_on: ['server'], profiles: ['workers'] },
};

describe('selectServices', () => {
  it('should take every service without a profile by default', () => {
    expect(selectServices(services, [], [], ['c.yml'])).toEqual([
      'db',
      'redis',
      'server',
    ]);
  });

  it('should add the services of active profiles', () => {
    expect(selectServices(services, [], ['workers'], ['c.yml'])).toContain(
      'worker',
    );
  });

  it('should add what a requested service depends on, transitively', () => {
    expect(selectServices(services, ['worker'], [], ['c.yml'])).toEqual([
      'worker',
      'server',
      'db',
      'redis',
    ]);
  });

  it('should fail naming the unknown service and the known ones', () => {
    expect(() =>
      selectServices(services, ['postgres'], [], ['docker/c.yml']),
    ).toThrow(
      'Unknown service "postgres" in option services: docker/c.yml defines db, redis, server, worker.',
    );
  });
});
