import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DevopsError } from '../errors/devops-error';
import type {
  DevopsPluginOptions,
  NormalizedPluginOptions,
} from './plugin-options';

const KNOWN_OPTIONS: (keyof DevopsPluginOptions)[] = [
  'dockerUpTargetName',
  'dockerDownTargetName',
  'dbMigrateTargetName',
  'composeFileNames',
  'servicesFrom',
  'dataSources',
  'migrationsDirectories',
  'envFile',
];

const PATH_MAPS = [
  'servicesFrom',
  'dataSources',
  'migrationsDirectories',
  'envFile',
] as const;

/**
 * Refuses what the plugin would otherwise ignore without a word: an option
 * it does not know (a misspelling), and a project root in one of the maps
 * that is not in the workspace (the paths they map to are checked where
 * they are used). Every nx command loads the plugin, so the message
 * names the nx.json entry and the fix.
 */
export function checkPluginOptions(
  raw: DevopsPluginOptions | undefined,
  options: NormalizedPluginOptions,
  workspaceRoot: string,
): void {
  for (const name of Object.keys(raw ?? {})) {
    if ((KNOWN_OPTIONS as string[]).includes(name)) continue;
    const near = KNOWN_OPTIONS.find((known) => isNear(name, known));
    throw new DevopsError(
      `Unknown option "${name}" in the @twenty/devops/plugin entry of nx.json.`,
      near
        ? `Did you mean "${near}"? Rename it in nx.json.`
        : `Remove it from nx.json; the plugin's options are ${KNOWN_OPTIONS.join(', ')}.`,
    );
  }
  for (const map of PATH_MAPS) {
    for (const projectRoot of Object.keys(options[map])) {
      if (existsSync(join(workspaceRoot, projectRoot))) continue;
      throw new DevopsError(
        `Option ${map} of the @twenty/devops/plugin entry in nx.json has the key "${projectRoot}", which is not a folder of the workspace.`,
        'Keys are project roots relative to the workspace root, such as "packages/twenty-server": fix the key in nx.json.',
      );
    }
  }
}

// A misspelling: one name contains the other, or they differ only in case.
function isNear(name: string, known: string): boolean {
  const a = name.toLowerCase();
  const b = known.toLowerCase();
  return a.length >= 4 && (b.includes(a) || a.includes(b));
}
