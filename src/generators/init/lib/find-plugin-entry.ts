import type { NxJsonConfiguration, PluginConfiguration } from '@nx/devkit';

/** The name nx.json's `plugins` uses for the inference plugin. */
export const PLUGIN_NAME = '@twenty/devops/plugin';

/**
 * The plugin's entry in nx.json, written as a string or as
 * `{ plugin, options }`; the first one when there are several.
 */
export function findPluginEntry(
  nxJson: NxJsonConfiguration,
): PluginConfiguration | undefined {
  return (nxJson.plugins ?? []).find((entry) =>
    typeof entry === 'string'
      ? entry === PLUGIN_NAME
      : entry.plugin === PLUGIN_NAME,
  );
}
