import type { NxJsonConfiguration, PluginConfiguration } from '@nx/devkit';

/** The name nx.json's `plugins` uses for the inference plugin. */
export const PLUGIN_NAME = '@twenty/devops/plugin';

// The package root exports the same createNodes and createDependencies,
// so an entry naming it registers the plugin as well.
const NAMES_OF_OURS = [PLUGIN_NAME, '@twenty/devops'];

/**
 * The plugin's entry in nx.json, written as a string or as
 * `{ plugin, options }`, naming `@twenty/devops/plugin` or the package
 * root; the first one when there are several.
 */
export function findPluginEntry(
  nxJson: NxJsonConfiguration,
): PluginConfiguration | undefined {
  return (nxJson.plugins ?? []).find((entry) =>
    NAMES_OF_OURS.includes(typeof entry === 'string' ? entry : entry.plugin),
  );
}
