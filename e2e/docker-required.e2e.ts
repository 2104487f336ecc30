import { findDockerSkipReason } from './support/docker-availability';

const noEngine = {
  ...process.env,
  DOCKER_HOST: 'unix:///nonexistent/docker.sock',
};

describe('DEVOPS_REQUIRE_DOCKER', () => {
  it('should turn a missing engine into an error that says how to fix it', () => {
    expect(() =>
      findDockerSkipReason({ ...noEngine, DEVOPS_REQUIRE_DOCKER: '1' }),
    ).toThrow(
      /DEVOPS_REQUIRE_DOCKER=1 but there is no reachable Docker engine \(docker version: .*nonexistent.*\)\. Start the engine/,
    );
  });

  it('should give a reason to skip when Docker is not required', () => {
    expect(
      findDockerSkipReason({ ...noEngine, DEVOPS_REQUIRE_DOCKER: '' }),
    ).toMatch(/^no reachable Docker engine/);
  });
});
