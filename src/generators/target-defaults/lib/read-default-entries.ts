import type { TargetConfiguration } from '@nx/devkit';

/** A `filter` of the array form (Nx 23.1 and later). */
export interface DefaultFilter {
  executor?: string;
  projects?: string[];
  plugin?: string;
}

/** One entry of a target default, with where it sits in nx.json. */
export interface DefaultEntry {
  config: Partial<TargetConfiguration> & { filter?: DefaultFilter };
  /** Its index in the array form; undefined in the object form. */
  index?: number;
}

/**
 * The entries of one `targetDefaults` value, whichever form it has. Nx 23.1
 * lets a value be an ordered array of entries, each with an optional
 * `filter` ({ executor, projects, plugin }); entries apply in document order
 * and the last match wins. See TargetDefaultValue and
 * TargetDefaultArrayEntry in nx/src/config/nx-json.d.ts (Nx 24.0.0), and
 * https://nx.dev/docs/reference/devkit/TargetDefaultValue. The object form
 * is one entry without a filter.
 */
export function readDefaultEntries(value: unknown): DefaultEntry[] {
  if (Array.isArray(value))
    return value
      .map((config, index) => ({ config, index }))
      .filter((entry) => isObject(entry.config));
  return isObject(value) ? [{ config: value }] : [];
}

function isObject(value: unknown): value is DefaultEntry['config'] {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
