import { DevopsError } from '../errors/devops-error';
import { createFakeRunner } from '../testing/create-fake-runner';
import { detectComposeCli } from './detect-compose-cli';

describe('detectComposeCli', () => {
  it('should prefer docker compose v2 when the plugin answers', async () => {
    const fake = createFakeRunner([
      ['docker compose version', { stdout: '2.29.1\n' }],
    ]);
    await expect(detectComposeCli(fake.run)).resolves.toEqual({
      version: 2,
      command: 'docker',
      baseArgs: ['compose'],
      versionText: '2.29.1',
    });
    expect(fake.calls).toEqual(['docker compose version --short']);
  });

  it('should fall back to docker-compose v1 when the plugin is missing', async () => {
    const fake = createFakeRunner([
      [
        'docker compose',
        { exitCode: 1, stderr: "'compose' is not a docker command" },
      ],
      ['docker-compose version', { stdout: '1.29.2\n' }],
    ]);
    const cli = await detectComposeCli(fake.run);
    expect(cli).toMatchObject({
      version: 1,
      command: 'docker-compose',
      baseArgs: [],
    });
  });

  it('should treat a Go docker-compose binary as v2', async () => {
    const fake = createFakeRunner([
      ['docker compose', { exitCode: 1 }],
      ['docker-compose version', { stdout: 'v2.27.0\n' }],
    ]);
    await expect(detectComposeCli(fake.run)).resolves.toMatchObject({
      version: 2,
      command: 'docker-compose',
    });
  });

  it('should fail saying how to install compose when neither answers', async () => {
    const fake = createFakeRunner([[/compose/, { exitCode: 127 }]]);
    const error = await detectComposeCli(fake.run).catch((e) => e);
    expect(error).toBeInstanceOf(DevopsError);
    expect(error.message).toContain('No compose command found');
    expect(error.hint).toContain('docker compose version');
  });
});
