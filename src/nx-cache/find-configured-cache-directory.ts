import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheSetting } from './cache-location';

export interface ConfiguredCacheDirectory {
  /** The value as written, relative to the workspace root or absolute. */
  value: string;
  setting: CacheSetting;
}

const KEEP_IT_APART = 'a folder that holds only the Nx cache';

/**
 * The task cache directory the workspace sets, and where: as Nx 21 to 24
 * read it, `NX_CACHE_DIRECTORY` first, then `cacheDirectory` in nx.json,
 * then the older `tasksRunnerOptions.default.options.cacheDirectory`.
 * Undefined when none is set, or nx.json is missing or broken (Nx then
 * uses its default too).
 */
export function findConfiguredCacheDirectory(
  root: string,
  env: NodeJS.ProcessEnv,
): ConfiguredCacheDirectory | undefined {
  const fromEnv = env.NX_CACHE_DIRECTORY;
  if (fromEnv) {
    return {
      value: fromEnv,
      setting: {
        source: `NX_CACHE_DIRECTORY=${fromEnv}`,
        fix: `Unset NX_CACHE_DIRECTORY, or point it at ${KEEP_IT_APART}, such as .nx/cache`,
      },
    };
  }
  const path = join(root, 'nx.json');
  const nxJson = readJson(path);
  const current = nxJson?.cacheDirectory;
  const key =
    current != null
      ? 'cacheDirectory'
      : 'tasksRunnerOptions.default.options.cacheDirectory';
  const value =
    current ?? nxJson?.tasksRunnerOptions?.default?.options?.cacheDirectory;
  if (typeof value !== 'string' || value === '') return undefined;
  return {
    value,
    setting: {
      source: `"${key}": "${value}" in ${path}`,
      fix: `Set cacheDirectory in ${path} to ${KEEP_IT_APART}, such as ".nx/cache"`,
    },
  };
}

interface NxJsonCacheFields {
  cacheDirectory?: unknown;
  tasksRunnerOptions?: {
    default?: { options?: { cacheDirectory?: unknown } };
  };
}

function readJson(path: string): NxJsonCacheFields | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
