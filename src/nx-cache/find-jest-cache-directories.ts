import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CONFIG_NAMES = [
  'jest.config.ts',
  'jest.config.js',
  'jest.config.cjs',
  'jest.config.mjs',
  'jest.config.cts',
  'jest.config.mts',
  'jest.config.json',
  'jest.preset.js',
];

export interface JestCacheDirectory {
  /** The folder, absolute. */
  path: string;
  /** The value as written, such as `<rootDir>/.jest-cache`. */
  value: string;
  /** The jest config or package.json that sets it. */
  configFile: string;
}

/** `cacheDirectory: '<path>'` written as a string literal in a jest config. */
const LITERAL =
  /["']?cacheDirectory["']?\s*:\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)/g;

/**
 * The `cacheDirectory` that a folder's jest config sets, as absolute
 * paths: from a jest.config file (read as text, so only a string literal
 * counts; `<rootDir>` is the config's folder) or the `jest` key of
 * package.json. Jest's default, a folder under the system temp folder, is
 * outside the workspace and so left alone.
 */
export function findJestCacheDirectories(folder: string): JestCacheDirectory[] {
  const found: JestCacheDirectory[] = [];
  const add = (configFile: string, value: string) =>
    found.push({ path: toAbsolute(folder, value), value, configFile });
  for (const name of CONFIG_NAMES) {
    const configFile = join(folder, name);
    const text = readText(configFile);
    for (const match of text?.matchAll(LITERAL) ?? []) {
      add(configFile, match[1] ?? match[2] ?? match[3]);
    }
  }
  const manifest = join(folder, 'package.json');
  const text = readText(manifest);
  const fromManifest = text && readJestKey(text);
  if (fromManifest) add(manifest, fromManifest);
  return found;
}

function readJestKey(text: string): string | undefined {
  try {
    const value = JSON.parse(text)?.jest?.cacheDirectory;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function toAbsolute(folder: string, path: string): string {
  return resolve(
    folder,
    path.replace(/<rootDir>/g, dirname(join(folder, 'x'))),
  );
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
