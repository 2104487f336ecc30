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
export function findJestCacheDirectories(folder: string): string[] {
  const found: string[] = [];
  for (const name of CONFIG_NAMES) {
    const text = readText(join(folder, name));
    for (const match of text?.matchAll(LITERAL) ?? []) {
      found.push(toAbsolute(folder, match[1] ?? match[2] ?? match[3]));
    }
  }
  const manifest = readText(join(folder, 'package.json'));
  const fromManifest = manifest && readJestKey(manifest);
  if (fromManifest) found.push(toAbsolute(folder, fromManifest));
  return [...new Set(found)];
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
