import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashParts } from './hash-parts';
import type { NormalizedPluginOptions } from './plugin-options';

let ownVersion: string | undefined;

/**
 * Hashes the options together with this plugin's version, so that a new
 * version, which may infer different targets, starts a new cache file.
 */
export function hashPluginOptions(options: NormalizedPluginOptions): string {
  ownVersion ??= readOwnVersion();
  return hashParts([ownVersion, JSON.stringify(options)]);
}

function readOwnVersion(): string {
  try {
    const path = join(__dirname, '..', '..', 'package.json');
    return JSON.parse(readFileSync(path, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}
