import { explainComposeFailure } from './explain-compose-failure';

describe('explainComposeFailure', () => {
  it.each([
    [
      'Compose v1 without a reachable registry',
      'Pulling db (postgres:15)...\nGet "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host\n',
    ],
    [
      'Compose v2 on a repository that does not exist',
      " db Error pull access denied for acme/db, repository does not exist or may require 'docker login'\n",
    ],
    [
      'a tag that does not exist',
      'Error response from daemon: manifest for postgres:99 not found: manifest unknown: manifest unknown\n',
    ],
    [
      'an absent image with --pull never',
      'Error response from daemon: No such image: postgres:15\n',
    ],
  ])('should point at the images for %s', (_case, output) => {
    expect(explainComposeFailure(output)).toMatch(
      /^An image could not be pulled: check the image names and tags/,
    );
  });

  it('should not blame the images for any other failure', () => {
    const output =
      'Creating devops_db_1 ... error\nERROR: for db  Cannot start service db: driver failed programming external connectivity: Bind for 0.0.0.0:5432 failed: port is already allocated\n';
    expect(explainComposeFailure(output)).toBe(
      'Fix what compose reports, then run docker-up again.',
    );
  });
});
