import { spawnSync } from 'node:child_process';

/**
 * Why the Docker-dependent tests cannot run here, or undefined when they
 * can. With DEVOPS_REQUIRE_DOCKER=1 (as in CI) a missing engine is an error
 * instead of a reason to skip.
 */
export function findDockerSkipReason(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const info = spawnSync(
    'docker',
    ['version', '--format', '{{.Server.Version}}'],
    {
      encoding: 'utf8',
      env,
    },
  );
  if (info.status === 0) return undefined;

  const cause = (info.stderr || info.error?.message || 'no answer').trim();
  const reason = `no reachable Docker engine (docker version: ${cause.split('\n')[0]})`;
  if (env.DEVOPS_REQUIRE_DOCKER === '1') {
    throw new Error(
      `DEVOPS_REQUIRE_DOCKER=1 but there is ${reason}. Start the engine (bash .ci/run does this on a fresh machine), or unset DEVOPS_REQUIRE_DOCKER to skip these tests.`,
    );
  }
  return reason;
}
