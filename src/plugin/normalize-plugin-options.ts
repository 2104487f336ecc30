import type {
  DevopsPluginOptions,
  NormalizedPluginOptions,
} from './plugin-options';
import { normalizeWorkspacePath } from './normalize-workspace-path';

/** The target names the plugin uses unless told otherwise. */
export const DEFAULT_TARGET_NAMES = {
  dockerUpTargetName: 'docker-up',
  dockerDownTargetName: 'docker-down',
  dbMigrateTargetName: 'db-migrate',
} as const;

/** Applies the defaults and writes every path the way Nx writes them. */
export function normalizePluginOptions(
  options: DevopsPluginOptions | undefined,
): NormalizedPluginOptions {
  return {
    dockerUpTargetName:
      options?.dockerUpTargetName ?? DEFAULT_TARGET_NAMES.dockerUpTargetName,
    dockerDownTargetName:
      options?.dockerDownTargetName ??
      DEFAULT_TARGET_NAMES.dockerDownTargetName,
    dbMigrateTargetName:
      options?.dbMigrateTargetName ?? DEFAULT_TARGET_NAMES.dbMigrateTargetName,
    composeFileNames: options?.composeFileNames ?? [],
    servicesFrom: normalizePathMap(options?.servicesFrom),
    dataSources: normalizePathMap(options?.dataSources),
    migrationsDirectories: normalizePathMap(options?.migrationsDirectories),
    envFile: normalizePathMap(options?.envFile),
  };
}

function normalizePathMap(
  map: Record<string, string> | undefined,
): Record<string, string> {
  const entries = Object.entries(map ?? {}).map(([key, value]) => [
    normalizeWorkspacePath(key),
    normalizeWorkspacePath(value),
  ]);
  return Object.fromEntries(entries);
}
