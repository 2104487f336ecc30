import type { ContainerState } from './compose-types';
import { decideReadiness } from './decide-readiness';

function container(overrides: Partial<ContainerState>): ContainerState {
  return {
    id: 'abc',
    name: 'twenty-dev_db_1',
    service: 'db',
    status: 'running',
    exitCode: 0,
    restartCount: 0,
    hostPorts: {},
    ...overrides,
  };
}

describe('decideReadiness', () => {
  it.each([
    ['a healthy container', {}, 'healthy', 'ready'],
    ['a container without healthcheck that runs', {}, undefined, 'ready'],
    ['a container whose health is starting', {}, 'starting', 'waiting'],
    ['a container that turned unhealthy', {}, 'unhealthy', 'failed'],
    [
      'a one-shot container that exited 0',
      { status: 'exited' },
      undefined,
      'ready',
    ],
    [
      'a container that exited 1',
      { status: 'exited', exitCode: 1 },
      undefined,
      'failed',
    ],
    [
      'a container that is restarting',
      { status: 'restarting' },
      undefined,
      'failed',
    ],
    [
      'a container that restarted since waiting began',
      { restartCount: 2 },
      'healthy',
      'failed',
    ],
    [
      'a container that was only created',
      { status: 'created' },
      undefined,
      'waiting',
    ],
    ['a dead container', { status: 'dead' }, undefined, 'failed'],
  ])('should call %s %p', (_, overrides, health, kind) => {
    const state = container({ ...overrides, health });
    expect(decideReadiness(state, 0).kind).toBe(kind);
  });

  it('should not count restarts from before waiting began', () => {
    const state = container({ restartCount: 3, health: 'healthy' });
    expect(decideReadiness(state, 3)).toEqual({
      kind: 'ready',
      detail: 'healthy',
    });
  });

  it('should name the exit code of a failed container', () => {
    const state = container({ status: 'exited', exitCode: 137 });
    expect(decideReadiness(state, 0).detail).toBe('exited with code 137');
  });
});
