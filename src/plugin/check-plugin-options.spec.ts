import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../testing/make-temp-dir';
import { checkPluginOptions } from './check-plugin-options';
import { normalizePluginOptions } from './normalize-plugin-options';
import type { DevopsPluginOptions } from './plugin-options';

describe('checkPluginOptions', () => {
  const root = makeTempDir('plugin-options-');
  mkdirSync(join(root, 'packages', 'api'), { recursive: true });

  function check(raw: Record<string, unknown>): void {
    const options = raw as DevopsPluginOptions;
    checkPluginOptions(options, normalizePluginOptions(options), root);
  }

  it('should accept known options whose project roots exist', () => {
    expect(() =>
      check({
        dockerUpTargetName: 'up',
        servicesFrom: { 'packages/api': 'packages/api' },
        // An env file may be missing, as a git-ignored one is in CI.
        envFile: { 'packages/api': 'packages/api/.env.ci' },
      }),
    ).not.toThrow();
  });

  it('should name a misspelled option and the option it resembles', () => {
    expect(() => check({ dockerUpTarget: 'up' })).toThrow(
      expect.objectContaining({
        message:
          'Unknown option "dockerUpTarget" in the @twenty/devops/plugin entry of nx.json.',
        hint: 'Did you mean "dockerUpTargetName"? Rename it in nx.json.',
      }),
    );
  });

  it('should list the options for an unknown one that resembles none', () => {
    expect(() => check({ ports: 5432 })).toThrow(
      expect.objectContaining({
        hint: expect.stringContaining(
          "the plugin's options are dockerUpTargetName, dockerDownTargetName",
        ),
      }),
    );
  });

  it('should name the map and the key of a project root that does not exist', () => {
    expect(() =>
      check({ servicesFrom: { 'packages/nope': 'packages/api' } }),
    ).toThrow(
      'Option servicesFrom of the @twenty/devops/plugin entry in nx.json has the key "packages/nope", which is not a folder of the workspace.',
    );
  });
});
