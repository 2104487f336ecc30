import { readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import type { DevopsPluginOptions } from '../../../plugin/plugin-options';
import { findPluginEntry, PLUGIN_NAME } from './find-plugin-entry';

/**
 * Adds the plugin to nx.json's `plugins` with its options. Returns false,
 * changing nothing, when it is there already, as a string or as
 * `{ plugin, options }`: the options there are the user's.
 */
export function registerPlugin(
  tree: Tree,
  options: DevopsPluginOptions,
): boolean {
  const nxJson = readNxJson(tree) ?? {};
  if (findPluginEntry(nxJson)) return false;

  nxJson.plugins = [
    ...(nxJson.plugins ?? []),
    { plugin: PLUGIN_NAME, options },
  ];
  updateNxJson(tree, nxJson);
  return true;
}
